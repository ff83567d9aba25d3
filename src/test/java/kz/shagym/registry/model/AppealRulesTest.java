package kz.shagym.registry.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import kz.shagym.intake.model.IntakeRules;
import kz.shagym.testing.Letters;
import org.junit.jupiter.api.Test;

/**
 * What can be appealed, and when an appeal is flagged (docs/domain.md, "The appeal stage"):
 * the provider's case registered on 24 November 2026 with its deadline on 1 December.
 */
class AppealRulesTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 1);

    @Test
    void nothingToAppealWhileTheTermRunsWithoutAnAnswer() {
        Complaint c = Letters.registered();
        for (AppealGround ground : AppealGround.values()) {
            assertEquals(Optional.of("appeal.error.nothingYet"), c.appealRefusal(ground, DEADLINE), ground.name());
        }
        assertEquals(Optional.empty(), c.appealRefusal(AppealGround.NO_ANSWER, DEADLINE.plusDays(1)),
                "the day after the deadline, no answer is a ground");
        assertEquals(Optional.of("appeal.error.noAnswer"), c.appealRefusal(AppealGround.ANSWER, DEADLINE.plusDays(1)));
    }

    @Test
    void anAnswerSentOnTimeIsAppealedOnlyAsAnAnswer() {
        Complaint c = answeredOn(LocalDate.of(2026, 11, 30));
        assertEquals(Optional.empty(), c.appealRefusal(AppealGround.ANSWER, LocalDate.of(2026, 12, 2)));
        assertEquals(Optional.empty(), c.appealRefusal(AppealGround.SERVICE_RESULT, LocalDate.of(2026, 12, 2)));
        assertEquals(Optional.of("appeal.error.answeredOnTime"),
                c.appealRefusal(AppealGround.NO_ANSWER, LocalDate.of(2026, 12, 2)));
    }

    @Test
    void aLateAnswerIsAlsoNoAnswerInTime() {
        Complaint c = answeredOn(DEADLINE.plusDays(2));
        assertEquals(Optional.empty(), c.appealRefusal(AppealGround.NO_ANSWER, DEADLINE.plusDays(3)));
    }

    @Test
    void aWithdrawnComplaintAndAnAppealAreNotAppealed() {
        Complaint withdrawn = Letters.registered();
        withdrawn.take(CaseStep.WITHDRAW);
        assertEquals(Optional.of("appeal.error.withdrawn"), withdrawn.appealRefusal(AppealGround.SERVICE_RESULT,
                DEADLINE.plusDays(5)));
        assertEquals(Optional.of("appeal.error.notProviderCase"), Letters.registered(Stage.APPEAL)
                .appealRefusal(AppealGround.SERVICE_RESULT, DEADLINE.plusDays(30)));
    }

    @Test
    void filedMoreThanThreeMonthsAfterTheAnswerIsFlaggedNotRefused() {
        Complaint answered = answeredOn(LocalDate.of(2026, 11, 30));
        assertFalse(appeal(answered, LocalDate.of(2027, 2, 28)).isFiledLate(), "three months to the day");
        assertTrue(appeal(answered, LocalDate.of(2027, 3, 1)).isFiledLate());
        assertFalse(appeal(null, LocalDate.of(2030, 1, 1)).isFiledLate(), "no answer, nothing to be late after");
    }

    @Test
    void anAppealIsNumberedWithTheAuthorizedBodysPrefixAndAHeldOneAsAnyLetter() {
        assertEquals("АП", Letters.registered(Stage.APPEAL).prefixToDraw());
        assertEquals("ЖТ", Letters.registered(Stage.FORWARDING).prefixToDraw());
        assertEquals("ЖТ", Letters.registered().prefixToDraw());
    }

    @Test
    void theAuthorizedBodyRegistersAForwardedAppealAsIs() {
        Complaint held = Letters.registered(Stage.FORWARDING);
        assertThrows(IllegalStateException.class, () -> Complaint.forwardedFrom(held), "not yet forwarded");
        held.take(CaseStep.FORWARD);
        Complaint appeal = Complaint.forwardedFrom(held);
        assertEquals(Stage.APPEAL, appeal.getStage());
        assertEquals(AppealGround.SERVICE_RESULT, appeal.getAppealGround());
        assertEquals(held.getAgainstOrganisationId(), appeal.getAgainstOrganisationId());
        assertEquals(held.getComplainant().getIinBin(), appeal.getComplainant().getIinBin());
        assertEquals(held.getSummary(), appeal.getSummary());
        assertEquals(null, appeal.getState(), "unregistered until the authorized body's office stamps it");
    }

    @Test
    void onlyAnUnregisteredComplaintBecomesAnAppeal() {
        assertThrows(IllegalStateException.class, () -> Letters.registered()
                .appealing(Stage.APPEAL, AppealGround.ANSWER, 1, null, DEADLINE));
        assertThrows(IllegalStateException.class, () -> IntakeRules.toComplaint(Letters.individual(), Letters.SERVICE)
                .appealing(Stage.PROVIDER, AppealGround.ANSWER, 1, null, DEADLINE));
    }

    private static Complaint answeredOn(LocalDate day) {
        Complaint c = Letters.registered();
        c.assign("executor");
        c.take(CaseStep.DRAFT);
        c.take(CaseStep.APPROVE);
        c.answerLeft(day);
        return c;
    }

    private static Complaint appeal(Complaint providerCase, LocalDate today) {
        return IntakeRules.toComplaint(Letters.individual(), Letters.SERVICE)
                .appealing(Stage.APPEAL, AppealGround.ANSWER, 1, providerCase, today);
    }
}
