package kz.shagym.kernel.model;

/**
 * A value that is not of its field's form (a date, a choice) reached a service or the API:
 * refused with the field and a message key, nothing kept. An application exception
 * (WEB-INF/ejb-jar.xml); the API answers 400.
 */
public class InvalidInput extends Refused {

    private static final long serialVersionUID = 1L;

    public InvalidInput(String field, String messageKey, Object... arguments) {
        super("", field, messageKey, arguments);
    }
}
