package kz.shagym.registry.model;

/**
 * A registry rule refused what was asked. Carries the message key (and the form field it
 * concerns, if any) so that each screen and the API say it in the user's language. An
 * application exception (WEB-INF/ejb-jar.xml): the transaction rolls back, nothing is kept.
 */
public class RegistryRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public RegistryRefused(String field, String messageKey, Object... arguments) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
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
