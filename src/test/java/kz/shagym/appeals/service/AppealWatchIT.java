package kz.shagym.appeals.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import kz.shagym.deadlines.model.WatchedDeadline;
import kz.shagym.deadlines.service.DeadlineWatch;
import kz.shagym.intake.model.ComplaintForm;
import kz.shagym.intake.service.Intake;
import kz.shagym.kernel.model.AuditFilter;
import kz.shagym.kernel.service.AuditTrail;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.WorkingDays;
import kz.shagym.registry.model.AnswerDelivery;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.service.Registry;
import kz.shagym.review.model.Dispatch;
import kz.shagym.review.model.Outcome;
import kz.shagym.review.service.ProviderReview;
import kz.shagym.testing.Letters;
import kz.shagym.testing.SignedInTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: the terms the appeal stage adds are watched like every term. The
 * provider's term to forward an appeal and the term of an instruction to put right each reach
 * the provider's head, are announced overdue once however often the watch runs, and stop when
 * the appeal is forwarded or the instruction complied with.
 */
@ExtendWith(ArquillianExtension.class)
class AppealWatchIT extends SignedInTest {

    @EJB
    Intake intake;

    @EJB
    Registry registry;

    @EJB
    ProviderReview review;

    @EJB
    Forwarding forwarding;

    @EJB
    Instructions instructions;

    @EJB
    DeadlineWatch watch;

    @EJB
    WorkingDays workingDays;

    @EJB
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    final LocalDate today = LocalDate.now(BusinessClock.ZONE);

    ComplaintForm letter() {
        ComplaintForm f = Letters.individual();
        f.setPostmarkDate(today.toString());
        return f;
    }

    /** A complaint to the demo provider, answered and handed over today. */
    String answered() throws Exception {
        signIn("registrar");
        String number = intake.register(letter(), List.of()).getIncomingNumber();
        signIn("head");
        review.assign(number, null, "executor");
        signIn("executor");
        review.draft(number, null, Outcome.REJECTED, "Анықтама берілді.");
        signIn("head");
        review.approve(number, null);
        signIn("registrar");
        review.dispatch(number, null, new Dispatch(AnswerDelivery.IN_PERSON, today, null, "Сейітова Ә."));
        return number;
    }

    @Test
    void theTermToForwardReachesTheHeadIsAnnouncedOnceAndStopsWhenForwarded() throws Exception {
        String answered = answered();
        ComplaintForm appeal = letter();
        appeal.setGround("ANSWER");
        appeal.setAppealOf(answered);
        Complaint held = intake.register(appeal, List.of());
        WatchedDeadline term = watch.find(Registry.DEADLINE_SUBJECT, String.valueOf(held.getId())).orElseThrow();
        assertEquals(workingDays.calendar().deadline(today, 3), term.getDueDate());
        assertEquals("head", term.getHeadLogin());

        assertOverdueOnce(term.getId());
        forwarding.forward(held.getIncomingNumber(), null, today);
        assertNotNull(watch.find(Registry.DEADLINE_SUBJECT, String.valueOf(held.getId())).orElseThrow().getClosedAt());
    }

    @Test
    void anInstructionsTermReachesTheProvidersHeadIsAnnouncedOnceAndStopsWhenComplied() throws Exception {
        String answered = answered();
        signIn("agency-registrar");
        ComplaintForm form = letter();
        form.setGround("ANSWER");
        form.setProvider("DEMO");
        form.setAppealOf(answered);
        Complaint appeal = intake.register(form, List.of());
        String number = appeal.getIncomingNumber();
        signIn("agency-head");
        review.assign(number, null, "agency-officer");
        signIn("agency-officer");
        review.draft(number, null, Outcome.SATISFIED, "Анықтама кешікті.", "Анықтаманы қайта беру.", 5);
        signIn("agency-head");
        review.approve(number, null);
        signIn("agency-registrar");
        review.dispatch(number, null, new Dispatch(AnswerDelivery.IN_PERSON, today, null, "Сейітова Ә."));

        WatchedDeadline term = watch.find(Instructions.DEADLINE_SUBJECT, String.valueOf(appeal.getId())).orElseThrow();
        assertEquals(workingDays.calendar().deadline(today, 5), term.getDueDate());
        assertEquals("head", term.getHeadLogin(), "the provider's head, not the authorized body's");
        assertEquals(appeal.getAgainstOrganisationId().longValue(), term.getOrganisationId());

        assertOverdueOnce(term.getId());
        signIn("head");
        instructions.comply(answered, today, "Анықтама қайта берілді.");
        assertNotNull(watch.find(Instructions.DEADLINE_SUBJECT, String.valueOf(appeal.getId())).orElseThrow().getClosedAt());
    }

    /** Moves the term into the past, lets the watch run three times: one overdue notice. */
    void assertOverdueOnce(long id) throws Exception {
        tx.begin();
        em.createQuery("update WatchedDeadline d set d.dueDate = :past, d.nextCheck = :past where d.id = :id")
                .setParameter("past", today.minusDays(10)).setParameter("id", id).executeUpdate();
        tx.commit();
        watch.run();
        watch.run();
        watch.run();
        String who = request.getUserPrincipal().getName();
        signIn("admin");
        assertEquals(1, audit.count(new AuditFilter(null, "DEADLINE_OVERDUE", "WatchedDeadline", String.valueOf(id), null, null)));
        signIn(who);
    }
}
