package kz.shagym.review.model;

import java.time.LocalDate;
import kz.shagym.kernel.model.PlainText;

/** The input checks that the review's steps share. */
public final class ReviewRules {

    public static final int REASONING_LIMIT = 8000;
    public static final int COMMENT_LIMIT = 1000;

    private ReviewRules() {
    }

    /** A required text of at most {@code limit} characters. */
    public static String requireText(String field, String text, int limit) {
        if (text == null || text.isBlank()) {
            throw ReviewRefused.invalid(field, "review.error.required");
        }
        return optionalText(field, text, limit);
    }

    /** An optional text of at most {@code limit} characters, as typed on paper (see {@link PlainText}). */
    public static String optionalText(String field, String text, int limit) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > limit) {
            throw ReviewRefused.invalid(field, "review.error.tooLong", limit);
        }
        if (PlainText.hasHiddenCharacters(text)) {
            throw ReviewRefused.invalid(field, "intake.error.hiddenCharacters");
        }
        return text.strip();
    }

    /** A day of the case's life: not before its registration, not in the future. */
    public static void checkDay(String field, LocalDate day, LocalDate registered, LocalDate today) {
        if (day == null) {
            throw ReviewRefused.invalid(field, "review.error.required");
        }
        if (day.isBefore(registered)) {
            throw ReviewRefused.invalid(field, "review.error.beforeRegistration");
        }
        if (day.isAfter(today)) {
            throw ReviewRefused.invalid(field, "review.error.future");
        }
    }
}
