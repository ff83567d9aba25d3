package kz.shagym.deadlines.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.shagym.kernel.model.AuditDetail;
import kz.shagym.deadlines.model.WatchedDeadline;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.service.AuditTrail;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.StaffDirectory;
import kz.shagym.kernel.service.WorkingDays;

/**
 * The deadline watch's API for the other modules: they register a deadline when a term
 * starts and close it when the answer leaves. Called by their services, which check the
 * caller's role; this API is local only.
 */
@Stateless
@PermitAll
public class DeadlineWatch {

    static final String ENTITY = "WatchedDeadline";
    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private WorkingDays workingDays;

    @EJB
    private DeadlineNotifier notifier;

    @EJB
    private StaffDirectory staff;

    @Inject
    private BusinessClock clock;

    /**
     * Starts watching a term of {@code workingDays} working days that began on {@code startedOn};
     * the deadline is counted on the calendar in force now and returned with the record.
     */
    public WatchedDeadline register(String subjectType, String subjectId, String subjectLabel, long organisationId,
                                    LocalDate startedOn, int workingDays, String headLogin) {
        WatchedDeadline deadline = new WatchedDeadline(subjectType, subjectId, subjectLabel, organisationId, startedOn,
                workingDays, headLogin, clock.now(), this.workingDays.calendar());
        em.persist(deadline);
        em.flush();
        audit.record("DEADLINE_REGISTERED", ENTITY, deadline.getId(),
                AuditDetail.of("deadlineDue", deadline.subjectTerm(), subjectLabel, deadline.getDueDate()));
        return deadline;
    }

    /** Open deadlines that the calendar would now set on another day, for an administrator to review. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<WatchedDeadline> toReview() {
        var calendar = workingDays.calendar();
        return em.createNamedQuery("WatchedDeadline.open", WatchedDeadline.class).getResultStream()
                .filter(d -> d.recomputedDueDate(calendar).isPresent()).toList();
    }

    public void assignExecutor(String subjectType, String subjectId, String executorLogin) {
        find(subjectType, subjectId).ifPresent(d -> {
            d.assignExecutor(executorLogin);
            audit.record("DEADLINE_EXECUTOR_ASSIGNED", ENTITY, d.getId(), executorLogin);
        });
    }

    public void close(String subjectType, String subjectId) {
        find(subjectType, subjectId).ifPresent(d -> {
            d.close(clock.now());
            audit.record("DEADLINE_CLOSED", ENTITY, d.getId(), AuditDetail.of("deadline", d.subjectTerm(), d.getSubjectLabel()));
        });
    }

    public Optional<WatchedDeadline> find(String subjectType, String subjectId) {
        return em.createNamedQuery("WatchedDeadline.bySubject", WatchedDeadline.class)
                .setParameter("type", subjectType).setParameter("id", subjectId).getResultStream().findFirst();
    }

    /**
     * One run of the watch: sends every notice due today, each in a transaction of its own.
     * A deadline another run has just handled fails its optimistic lock here and is skipped,
     * so a notice never goes twice. Returns the number of notices sent.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run() {
        LocalDate today = clock.today();
        List<Long> due;
        try {
            due = em.createNamedQuery("WatchedDeadline.due", Long.class).setParameter("today", today).getResultList();
        } catch (PersistenceException lockedOut) {
            // Another run holds the rows (Derby may even report a deadlock): it does the work, or the next run will.
            LOG.log(Level.FINE, "Deadline watch run skipped", lockedOut);
            return 0;
        }
        int sent = 0;
        for (long id : due) {
            try {
                if (notifier.notifyIfDue(id, today)) {
                    sent++;
                }
            } catch (EJBException concurrentOrFailed) {
                LOG.log(Level.FINE, "Deadline " + id + " left to the next run", concurrentOrFailed);
            }
        }
        int notices = sent;
        LOG.fine(() -> "Deadline watch: " + due.size() + " to look at, " + notices + " notices sent");
        return sent;
    }

    /** The open deadlines of the caller's organisation that have passed, most overdue first. */
    @RolesAllowed({Role.Names.HEAD, Role.Names.EXECUTOR, Role.Names.REGISTRAR})
    public List<WatchedDeadline> overdueBoard() {
        long organisation = staff.caller().map(m -> m.getOrganisation().getId())
                .orElseThrow(() -> new IllegalStateException("caller has no organisation"));
        return em.createNamedQuery("WatchedDeadline.overdueOf", WatchedDeadline.class)
                .setParameter("organisation", organisation).setParameter("today", clock.today()).getResultList();
    }
}
