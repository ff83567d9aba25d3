package kz.shagym.review.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import kz.shagym.deadlines.model.WatchedDeadline;
import kz.shagym.deadlines.service.DeadlineWatch;
import kz.shagym.intake.model.ComplaintForm;
import kz.shagym.intake.service.Intake;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.registry.model.AnswerDelivery;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.service.Registry;
import kz.shagym.review.model.Dispatch;
import kz.shagym.review.model.Outcome;
import kz.shagym.review.model.ReviewRefused;
import kz.shagym.testing.Letters;
import kz.shagym.testing.SignedInTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: the deadline watch follows the review (the executor hears of the case
 * once assigned; the watch stops when the answer leaves or the complaint is withdrawn), and a
 * refused step rolls back everything it touched.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewIT extends SignedInTest {

    @EJB
    Intake intake;

    @EJB
    Registry registry;

    @EJB
    ProviderReview review;

    @EJB
    DeadlineWatch deadlines;

    String registered() throws Exception {
        signIn("registrar");
        ComplaintForm f = Letters.individual();
        f.setPostmarkDate(LocalDate.now(BusinessClock.ZONE).toString());
        return intake.register(f, List.of()).getIncomingNumber();
    }

    WatchedDeadline watched(String number) {
        Complaint c = registry.find(number).orElseThrow();
        return deadlines.find(Registry.DEADLINE_SUBJECT, String.valueOf(c.getId())).orElseThrow();
    }

    @Test
    void theWatchFollowsTheCaseUntilTheAnswerLeaves() throws Exception {
        String number = registered();
        signIn("head");
        assertNull(watched(number).getExecutorLogin());
        review.assign(number, null, "executor");
        assertEquals("executor", watched(number).getExecutorLogin(), "the executor now hears of the deadline");
        assertEquals("head", watched(number).getHeadLogin());
        signIn("executor");
        review.draft(number, null, Outcome.SATISFIED, "Анықтама берілді.");
        signIn("head");
        review.approve(number, null);
        assertNull(watched(number).getClosedAt(), "watched until the answer leaves");
        signIn("registrar");
        LocalDate today = LocalDate.now(BusinessClock.ZONE);
        review.dispatch(number, null, new Dispatch(AnswerDelivery.IN_PERSON, today, null, "Сейітова Ә."));
        assertNotNull(watched(number).getClosedAt(), "closed once the answer left");
        assertEquals(today, registry.find(number).orElseThrow().getAnswerLeftOn());
        assertEquals("Сейітова Ә.", review.answer(number).orElseThrow().getReceiverName());
    }

    @Test
    void aWithdrawalStopsTheWatch() throws Exception {
        String number = registered();
        review.withdraw(number, null, LocalDate.now(BusinessClock.ZONE), null);
        assertNotNull(watched(number).getClosedAt());
    }

    @Test
    void aRefusedStepLeavesNoAnswerBehind() throws Exception {
        String number = registered();
        signIn("head");
        review.assign(number, null, "executor");
        int version = registry.find(number).orElseThrow().getVersion();
        signIn("executor");
        // Refused after the answer row was made: the whole step rolls back.
        assertThrows(ReviewRefused.class, () -> review.draft(number, version + 1, Outcome.REJECTED, "Негіздеме."));
        assertEquals(version, registry.find(number).orElseThrow().getVersion());
        assertThrows(ReviewRefused.class, () -> review.draft(number, version, null, "Негіздеме."));
        assertEquals(java.util.Optional.empty(), review.answer(number).map(a -> a.getOutcome()));
    }

    /** A case brought to a drafted answer, waiting for the head's approval. */
    String drafted() throws Exception {
        String number = registered();
        signIn("head");
        review.assign(number, null, "executor");
        signIn("executor");
        review.draft(number, null, Outcome.REJECTED, "Анықтама мерзімінде берілді.");
        return number;
    }

    /** Approved letters take consecutive outgoing numbers of the year; a refused approval takes none. */
    @Test
    void approvedLettersAreNumberedWithoutGapsInTheOutgoingRegister() throws Exception {
        String first = drafted();
        String second = drafted();
        String third = drafted();
        signIn("head");
        review.approve(first, null);
        int stale = registry.find(second).orElseThrow().getVersion() + 1;
        assertThrows(ReviewRefused.class, () -> review.approve(second, stale));
        review.approve(third, null);
        review.approve(second, null);
        LocalDate today = LocalDate.now(BusinessClock.ZONE);
        long n = sequence(first);
        assertEquals(n + 1, sequence(third), "the refused approval burnt no number");
        assertEquals(n + 2, sequence(second));
        assertTrue(review.answer(first).orElseThrow().getOutgoingNumber().startsWith("ШЫҒ-" + today.getYear() + "-"));
        assertEquals(today, review.answer(first).orElseThrow().getOutgoingDate());
    }

    private long sequence(String number) {
        String outgoing = review.answer(number).orElseThrow().getOutgoingNumber();
        return Long.parseLong(outgoing.substring(outgoing.lastIndexOf('-') + 1));
    }
}
