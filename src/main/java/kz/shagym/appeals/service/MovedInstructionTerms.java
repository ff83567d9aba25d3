package kz.shagym.appeals.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.shagym.appeals.model.ProviderInstruction;
import kz.shagym.deadlines.model.DeadlineMoved;
import kz.shagym.registry.service.MovedDeadlines;

/** An instruction's term that an administrator moved after a calendar change, noted on the appeal's timeline. */
@ApplicationScoped
public class MovedInstructionTerms {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MovedDeadlines timeline;

    void moved(@Observes DeadlineMoved move) {
        if (!Instructions.DEADLINE_SUBJECT.equals(move.subjectType())) {
            return;
        }
        long appealId = Long.parseLong(move.subjectId());
        em.find(ProviderInstruction.class, appealId).deadlineMoved(move.from(), move.to());
        timeline.note(appealId, move);
    }
}
