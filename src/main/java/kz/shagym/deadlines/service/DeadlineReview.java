package kz.shagym.deadlines.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import kz.shagym.kernel.model.AuditDetail;
import kz.shagym.deadlines.model.DeadlineMoved;
import kz.shagym.deadlines.model.DeadlineNotice;
import kz.shagym.deadlines.model.NoticeKind;
import kz.shagym.deadlines.model.WatchedDeadline;
import kz.shagym.kernel.model.InvalidInput;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.model.WorkingCalendar;
import kz.shagym.kernel.service.AuditTrail;
import kz.shagym.kernel.service.WorkingDays;

/**
 * The administrator's decision on each open deadline a calendar change would move: apply the
 * new date (the case's own date moves, its timeline says so, the watch counts from it and the
 * head and the executor are told) or keep the old one. Either with a reason, audited. Nothing
 * moves without this decision.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class DeadlineReview {

    /** A reason fits the audit record with what it says the decision was about. */
    public static final int REASON_LIMIT = 500;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DeadlineWatch watch;

    @EJB
    private WorkingDays workingDays;

    @EJB
    private AuditTrail audit;

    @Inject
    private Event<DeadlineMoved> moves;

    @Inject
    private Event<DeadlineNotice> notices;

    /** An open deadline and the date the calendar gives it now. */
    public record Pending(WatchedDeadline deadline, LocalDate recomputed) {
    }

    public List<Pending> pending() {
        WorkingCalendar calendar = workingDays.calendar();
        return watch.toReview().stream()
                .map(d -> new Pending(d, d.recomputedDueDate(calendar).orElseThrow()))
                .toList();
    }

    /** Moves deadline {@code id} to the date the calendar gives now. */
    public LocalDate apply(long id, String reason) {
        WatchedDeadline deadline = pendingDeadline(id, reason);
        LocalDate from = deadline.getDueDate();
        LocalDate to = deadline.moveToRecomputed(workingDays.calendar());
        audit.record("DEADLINE_MOVED", DeadlineWatch.ENTITY, id,
                AuditDetail.of("deadlineMoved", deadline.subjectTerm(), deadline.getSubjectLabel(), from, to, reason.strip()));
        moves.fire(new DeadlineMoved(deadline.getSubjectType(), deadline.getSubjectId(), deadline.getSubjectLabel(),
                from, to, reason.strip()));
        notices.fire(new DeadlineNotice(NoticeKind.MOVED, id, deadline.getSubjectType(), deadline.getSubjectId(),
                deadline.getSubjectLabel(), deadline.getOrganisationId(), to,
                Stream.of(deadline.getHeadLogin(), deadline.getExecutorLogin()).filter(l -> l != null).toList()));
        return to;
    }

    /** Keeps deadline {@code id} as set, against the date the calendar gives now. */
    public void keep(long id, String reason) {
        WatchedDeadline deadline = pendingDeadline(id, reason);
        LocalDate against = deadline.keepAgainstRecomputed(workingDays.calendar());
        audit.record("DEADLINE_KEPT", DeadlineWatch.ENTITY, id, AuditDetail.of("deadlineKept", deadline.subjectTerm(),
                deadline.getSubjectLabel(), deadline.getDueDate(), against, reason.strip()));
    }

    private WatchedDeadline pendingDeadline(long id, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_LIMIT) {
            throw new InvalidInput("reason", "deadlineReview.error.reason", REASON_LIMIT);
        }
        WatchedDeadline deadline = em.find(WatchedDeadline.class, id);
        if (deadline == null || deadline.getClosedAt() != null
                || deadline.recomputedDueDate(workingDays.calendar()).isEmpty()) {
            throw new InvalidInput(null, "deadlineReview.error.notPending");
        }
        return deadline;
    }
}
