package kz.shagym.appeals.model;

import kz.shagym.kernel.model.Refused;

/**
 * A step of the appeal stage was refused: no such case the caller may act on, the wrong role
 * or organisation, the wrong moment for it, or bad input. An application exception
 * (WEB-INF/ejb-jar.xml): nothing is kept.
 */
public class AppealRefused extends Refused {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal; the API answers each with its own status. */
    public enum Kind {
        NOT_FOUND, WRONG_ROLE, WRONG_STATE, INVALID
    }

    private final Kind kind;

    public AppealRefused(Kind kind, String field, String messageKey, Object... arguments) {
        super(kind + ": ", field, messageKey, arguments);
        this.kind = kind;
    }

    public static AppealRefused invalid(String field, String messageKey, Object... arguments) {
        return new AppealRefused(Kind.INVALID, field, messageKey, arguments);
    }

    public static AppealRefused notFound() {
        return new AppealRefused(Kind.NOT_FOUND, null, "case.error.notFound");
    }

    public Kind getKind() {
        return kind;
    }

    @Override
    public Answer answer() {
        return switch (kind) {
            case NOT_FOUND -> Answer.NOT_FOUND;
            case WRONG_ROLE -> Answer.FORBIDDEN;
            case WRONG_STATE -> Answer.CONFLICT;
            case INVALID -> Answer.BAD_INPUT;
        };
    }
}
