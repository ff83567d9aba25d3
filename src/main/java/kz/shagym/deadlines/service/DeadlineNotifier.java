package kz.shagym.deadlines.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import kz.shagym.kernel.model.AuditDetail;
import kz.shagym.deadlines.model.DeadlineNotice;
import kz.shagym.deadlines.model.NoticeKind;
import kz.shagym.deadlines.model.WatchedDeadline;
import kz.shagym.kernel.model.WorkingCalendar;
import kz.shagym.kernel.service.AuditTrail;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.WorkingDays;

/** Sends the notice due for one deadline, in a transaction of its own. */
@Stateless
@PermitAll
public class DeadlineNotifier {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private WorkingDays workingDays;

    @EJB
    private AuditTrail audit;

    @Inject
    private BusinessClock clock;

    @Inject
    private Event<DeadlineNotice> notices;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean notifyIfDue(long id, LocalDate today) {
        WatchedDeadline deadline = em.find(WatchedDeadline.class, id);
        if (deadline == null) {
            return false;
        }
        WorkingCalendar calendar = workingDays.calendar();
        var kind = deadline.noticeDue(today, calendar);
        if (kind.isEmpty()) {
            deadline.reschedule(calendar);
            return false;
        }
        deadline.noticeSent(kind.get(), clock.now(), calendar);
        em.flush(); // the optimistic lock decides here which of two concurrent runs sends it
        audit.record(kind.get() == NoticeKind.OVERDUE ? "DEADLINE_OVERDUE" : "DEADLINE_DUE_SOON",
                DeadlineWatch.ENTITY, id,
                AuditDetail.of("deadlineDue", deadline.subjectTerm(), deadline.getSubjectLabel(), deadline.getDueDate()));
        List<String> recipients = Stream.of(deadline.getHeadLogin(), deadline.getExecutorLogin())
                .filter(Objects::nonNull).distinct().toList();
        notices.fire(new DeadlineNotice(kind.get(), id, deadline.getSubjectType(), deadline.getSubjectId(),
                deadline.getSubjectLabel(), deadline.getOrganisationId(), deadline.getDueDate(), recipients));
        return true;
    }
}
