package kz.shagym.kernel.model;

/**
 * A business rule refused what was asked. Carries the message key (and the form field it
 * concerns, if any) so that each screen and the API say it in the user's language. The
 * modules' subclasses are application exceptions (WEB-INF/ejb-jar.xml): the transaction rolls
 * back and nothing is kept.
 */
public abstract class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    protected Refused(String detail, String field, String messageKey, Object... arguments) {
        super(detail + messageKey + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** How a refusal is answered over HTTP; each kind of refusal says which (the API maps it once, in kernel.web). */
    public enum Answer {
        /** 400: the input is wrong. */
        BAD_INPUT,
        /** 403: not the caller's to do. */
        FORBIDDEN,
        /** 404: no such thing the caller may see. */
        NOT_FOUND,
        /** 409: not at this point of the thing's life, or changed meanwhile. */
        CONFLICT
    }

    /** Wrong input unless a kind of refusal says otherwise. */
    public Answer answer() {
        return Answer.BAD_INPUT;
    }

    public String getField() {
        return field;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
