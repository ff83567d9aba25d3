package kz.shagym.review.model;

import kz.shagym.kernel.model.Refused;

/**
 * A review step was refused: the case is not the caller's provider's, the caller may not take
 * the step, the case is not in a state for it, someone changed it meanwhile, or the input is
 * wrong. Carries the message key (and the field, for input) so that screens and the API say it
 * in the user's language. An application exception (WEB-INF/ejb-jar.xml): nothing is kept.
 */
public class ReviewRefused extends Refused {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal; the API answers each with its own status. */
    public enum Kind {
        NOT_YOURS, WRONG_ROLE, WRONG_STATE, STALE, INVALID
    }

    private final Kind kind;

    public ReviewRefused(Kind kind, String field, String messageKey, Object... arguments) {
        super(kind + ": ", field, messageKey, arguments);
        this.kind = kind;
    }

    public static ReviewRefused invalid(String field, String messageKey, Object... arguments) {
        return new ReviewRefused(Kind.INVALID, field, messageKey, arguments);
    }

    public Kind getKind() {
        return kind;
    }

    @Override
    public Answer answer() {
        return switch (kind) {
            case NOT_YOURS, WRONG_ROLE -> Answer.FORBIDDEN;
            case WRONG_STATE, STALE -> Answer.CONFLICT;
            case INVALID -> Answer.BAD_INPUT;
        };
    }
}
