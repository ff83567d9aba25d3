package kz.shagym.appeals.model;

import java.time.LocalDate;
import kz.shagym.kernel.model.PlainText;

/** The days the appeal stage records: not before what they follow, never in the future. */
public final class DayRules {

    private DayRules() {
    }

    public static LocalDate check(String field, LocalDate day, LocalDate notBefore, LocalDate today) {
        if (day == null) {
            throw AppealRefused.invalid(field, "review.error.required");
        }
        if (notBefore != null && day.isBefore(notBefore)) {
            throw AppealRefused.invalid(field, "appeal.error.dayTooEarly", notBefore);
        }
        if (day.isAfter(today)) {
            throw AppealRefused.invalid(field, "review.error.future");
        }
        return day;
    }

    /** A required text of at most {@code limit} characters as typed on paper (see {@link PlainText}), stripped. */
    public static String text(String field, String text, int limit) {
        if (text == null || text.isBlank()) {
            throw AppealRefused.invalid(field, "review.error.required");
        }
        if (text.strip().length() > limit) {
            throw AppealRefused.invalid(field, "review.error.tooLong", limit);
        }
        if (PlainText.hasHiddenCharacters(text)) {
            throw AppealRefused.invalid(field, "intake.error.hiddenCharacters");
        }
        return text.strip();
    }
}
