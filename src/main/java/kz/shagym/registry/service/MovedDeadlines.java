package kz.shagym.registry.service;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.shagym.deadlines.model.DeadlineMoved;
import kz.shagym.kernel.model.StaffMember;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.StaffDirectory;
import kz.shagym.registry.model.CaseEvent;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.EventKind;

/**
 * A case's deadline that an administrator moved after a calendar change: the complaint takes
 * the new date and its timeline says who moved it, from when to when, and why. In the
 * administrator's transaction: the watch and the case move together or not at all.
 */
@ApplicationScoped
public class MovedDeadlines {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private StaffDirectory staff;

    @Inject
    private BusinessClock clock;

    void moved(@Observes DeadlineMoved move) {
        if (!Registry.DEADLINE_SUBJECT.equals(move.subjectType())) {
            return;
        }
        Complaint complaint = em.find(Complaint.class, Long.valueOf(move.subjectId()));
        complaint.deadlineMoved(move.from(), move.to());
        note(complaint.getId(), move);
    }

    /** The timeline's line for a moved deadline of case {@code complaintId} (or of what it instructed). */
    public void note(long complaintId, DeadlineMoved move) {
        Complaint complaint = em.find(Complaint.class, complaintId);
        StaffMember actor = staff.caller().orElseThrow();
        em.persist(CaseEvent.note(complaint.getId(), clock.now(), actor.getLogin(), actor.getSurnameAndInitials(),
                complaint.getState(), EventKind.DEADLINE_MOVED, move.from() + " → " + move.to() + ": " + move.reason()));
    }
}
