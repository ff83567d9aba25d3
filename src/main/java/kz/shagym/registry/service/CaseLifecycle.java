package kz.shagym.registry.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import kz.shagym.kernel.model.AuditDetail;
import kz.shagym.deadlines.service.DeadlineWatch;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.model.StaffMember;
import kz.shagym.kernel.service.AuditTrail;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.StaffDirectory;
import kz.shagym.registry.model.CaseEvent;
import kz.shagym.registry.model.CaseStep;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.ComplaintState;
import kz.shagym.registry.model.EventKind;

/**
 * Moves a registered complaint along its life: the complaint itself refuses a step its
 * state does not allow ({@link CaseStep}); each move it takes is one timeline entry (who,
 * when, the comment) and one audit record, and keeps the watched deadline in step (the
 * executor hears of it once assigned; it stops when the answer leaves or the complaint is
 * withdrawn). Who may take a step is the review module's rule; it calls this in its own
 * transaction, with a complaint of the caller's provider.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
@RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.EXECUTOR})
public class CaseLifecycle {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private StaffDirectory staff;

    @EJB
    private AuditTrail audit;

    @EJB
    private DeadlineWatch deadlines;

    @Inject
    private BusinessClock clock;

    public void assign(Complaint complaint, String executorLogin, String comment) {
        record(complaint, () -> complaint.assign(executorLogin), comment);
        deadlines.assignExecutor(Registry.DEADLINE_SUBJECT, String.valueOf(complaint.getId()), executorLogin);
    }

    public void answerLeft(Complaint complaint, LocalDate on, String comment) {
        record(complaint, () -> complaint.answerLeft(on), comment);
    }

    /** A step that needs nothing but the state (draft, approve, return, withdraw). */
    public void take(Complaint complaint, CaseStep step, String comment) {
        record(complaint, () -> complaint.take(step), comment);
    }

    /**
     * Records on the timeline of a case the caller reads (their own, or one linked to it by an
     * appeal) what happened to it that is not a move: an appeal, an instruction, a court case.
     */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.EXECUTOR})
    public void note(Complaint complaint, EventKind kind, String comment) {
        StaffMember actor = staff.caller().orElseThrow();
        em.persist(CaseEvent.note(complaint.getId(), clock.now(), actor.getLogin(), actor.getSurnameAndInitials(),
                complaint.getState(), kind, comment));
        audit.record("COMPLAINT_" + kind, Registry.ENTITY, complaint.getId(), complaint.getIncomingNumber()
                + (comment == null || comment.isBlank() ? "" : ": " + comment));
    }

    /** Lets the complaint take the step (it refuses what its state does not allow), then records the move. */
    private void record(Complaint complaint, Runnable step, String comment) {
        if (complaint.getOrganisationId() != staff.callerOrganisation().getId()) {
            throw new IllegalStateException("a move of another provider's case reached the registry");
        }
        StaffMember actor = staff.caller().orElseThrow();
        ComplaintState previous = complaint.getState();
        step.run();
        ComplaintState next = complaint.getState();
        em.persist(new CaseEvent(complaint.getId(), clock.now(), actor.getLogin(), actor.getSurnameAndInitials(),
                previous, next, comment));
        if (!next.isOpen()) {
            deadlines.close(Registry.DEADLINE_SUBJECT, String.valueOf(complaint.getId()));
        }
        boolean said = comment != null && !comment.isBlank();
        audit.record("COMPLAINT_" + next, Registry.ENTITY, complaint.getId(), AuditDetail.of(said ? "caseMoveSaid" : "caseMove",
                complaint.getIncomingNumber(), AuditDetail.term("state." + previous), AuditDetail.term("state." + next),
                said ? comment : null));
        // Flushed here so that a concurrent change of the same case fails now, as a stale version.
        em.flush();
    }
}
