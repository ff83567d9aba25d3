package kz.shagym.review.model;

import kz.shagym.kernel.model.WorkingCalendar;
import kz.shagym.registry.model.Stage;

/**
 * What the authorized body instructs the provider to put right when it upholds an appeal, in
 * whole or in part, and the working days it gives (¶5; docs/domain.md, "The appeal stage").
 */
public record Instruction(String text, int workingDays) {

    public static final int TEXT_LIMIT = 4000;

    /**
     * The decision's instruction: required when an appeal is upheld, refused on any other
     * decision; and which outcomes the stage allows (left without review only on appeal).
     * Null where the decision carries none.
     */
    public static Instruction of(Stage stage, Outcome outcome, String text, Integer workingDays) {
        if (!outcome.allowedIn(stage)) {
            throw ReviewRefused.invalid("outcome", "review.error.leftWithoutReviewOnAppeal");
        }
        boolean given = (text != null && !text.isBlank()) || workingDays != null;
        if (stage != Stage.APPEAL || !outcome.upholds()) {
            if (given) {
                throw ReviewRefused.invalid("instruction", "review.error.instructionNotHere");
            }
            return null;
        }
        String required = ReviewRules.requireText("instruction", text, TEXT_LIMIT);
        if (workingDays == null || workingDays < 1 || workingDays > WorkingCalendar.MAX_WORKING_DAYS) {
            throw ReviewRefused.invalid("instructionDays", "review.error.instructionDays", WorkingCalendar.MAX_WORKING_DAYS);
        }
        return new Instruction(required, workingDays);
    }
}
