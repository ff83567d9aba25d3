package kz.shagym.kernel.model;

import java.util.List;

/**
 * An administrator's change to the calendar that cannot be made; nothing was changed. Carries
 * a message key of the bundle and its arguments, so that the screen says why in the user's
 * language.
 */
public class CalendarChangeRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<Object> arguments;

    public CalendarChangeRefused(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.toArray();
    }
}
