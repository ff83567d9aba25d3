package kz.shagym.review.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import kz.shagym.registry.model.Stage;
import org.junit.jupiter.api.Test;

/** The decision's instruction: required when an appeal is upheld, refused anywhere else; its term in working days. */
class InstructionTest {

    @Test
    void anUpheldAppealInstructsTheProvider() {
        assertEquals(new Instruction("Re-issue the certificate.", 10),
                Instruction.of(Stage.APPEAL, Outcome.SATISFIED, " Re-issue the certificate. ", 10));
        assertEquals(new Instruction("Re-issue.", 1), Instruction.of(Stage.APPEAL, Outcome.PARTLY_SATISFIED, "Re-issue.", 1));
    }

    @Test
    void anUpheldAppealWithoutInstructionOrTermIsRefusedAtTheField() {
        assertEquals("instruction", assertThrows(ReviewRefused.class,
                () -> Instruction.of(Stage.APPEAL, Outcome.SATISFIED, " ", 10)).getField());
        for (Integer days : new Integer[] {null, 0, 367}) {
            assertEquals("instructionDays", assertThrows(ReviewRefused.class,
                    () -> Instruction.of(Stage.APPEAL, Outcome.SATISFIED, "Re-issue.", days)).getField());
        }
    }

    @Test
    void noInstructionGoesWithARejectionOrAProvidersAnswer() {
        assertNull(Instruction.of(Stage.APPEAL, Outcome.REJECTED, null, null));
        assertNull(Instruction.of(Stage.PROVIDER, Outcome.SATISFIED, null, null));
        assertEquals("review.error.instructionNotHere", assertThrows(ReviewRefused.class,
                () -> Instruction.of(Stage.APPEAL, Outcome.REJECTED, "Re-issue.", 5)).getMessageKey());
        assertEquals("review.error.instructionNotHere", assertThrows(ReviewRefused.class,
                () -> Instruction.of(Stage.PROVIDER, Outcome.SATISFIED, null, 5)).getMessageKey());
    }

    @Test
    void onlyTheAuthorizedBodyLeavesAnAppealWithoutReview() {
        assertNull(Instruction.of(Stage.APPEAL, Outcome.LEFT_WITHOUT_REVIEW, null, null));
        assertEquals("outcome", assertThrows(ReviewRefused.class,
                () -> Instruction.of(Stage.PROVIDER, Outcome.LEFT_WITHOUT_REVIEW, null, null)).getField());
    }
}
