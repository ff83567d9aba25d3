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
