package kz.shagym.kernel.model;

/**
 * The texts an administrator gives the calendar, a day's reason or a holiday's name, in the
 * three languages: Kazakh is required, each is at most {@link #LIMIT} characters (the
 * columns') and none holds invisible or control characters.
 */
public final class CalendarText {

    public static final int LIMIT = 200;

    private CalendarText() {
    }

    /** Refuses {@code text} at the field {@code prefix}Kk, Ru or En that is wrong. */
    public static void require(String prefix, LocalizedText text) {
        if (!LocalizedText.givenInKazakh(text)) {
            throw CalendarChangeRefused.at(prefix + "Kk", "calendar.error.reasonRequired");
        }
        check(prefix + "Kk", text.getKk());
        check(prefix + "Ru", text.getRu());
        check(prefix + "En", text.getEn());
    }

    private static void check(String field, String value) {
        if (value == null) {
            return;
        }
        if (value.length() > LIMIT) {
            throw CalendarChangeRefused.at(field, "calendar.error.textTooLong", LIMIT);
        }
        if (PlainText.hasHiddenCharacters(value)) {
            throw CalendarChangeRefused.at(field, "calendar.error.hiddenCharacters");
        }
    }
}
