package kz.shagym.kernel.model;

/**
 * An administrator's change to the calendar that cannot be made; nothing was changed. The
 * screen says why above the page, the API answers 400 naming the request's field when one is
 * at fault, in the user's language. An application exception (WEB-INF/ejb-jar.xml).
 */
public class CalendarChangeRefused extends Refused {

    private static final long serialVersionUID = 1L;

    public CalendarChangeRefused(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private CalendarChangeRefused(String field, String messageKey, Object[] arguments) {
        super("", field, messageKey, arguments);
    }

    /** A refusal of what the request's {@code field} says (as the API names it: date, reasonKk, firstYear …). */
    public static CalendarChangeRefused at(String field, String messageKey, Object... arguments) {
        return new CalendarChangeRefused(field, messageKey, arguments);
    }
}
