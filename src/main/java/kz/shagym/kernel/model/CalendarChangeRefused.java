package kz.shagym.kernel.model;

/**
 * An administrator's change to the calendar that cannot be made; nothing was changed. A
 * {@link Refused} with no field: the screen says why above the page, the API answers 400, in
 * the user's language. An application exception (WEB-INF/ejb-jar.xml).
 */
public class CalendarChangeRefused extends Refused {

    private static final long serialVersionUID = 1L;

    public CalendarChangeRefused(String messageKey, Object... arguments) {
        super("", null, messageKey, arguments);
    }
}
