package kz.shagym.kernel.model;

/**
 * Text as people type it on a letter: letters, digits, punctuation, spaces and line breaks.
 * Control characters (NUL, escape …) and invisible format characters (the bidi overrides
 * such as U+202E that reverse how a name reads, zero-width spaces and joiners, the byte-order
 * mark) have no place in a name, an address or a number: they hide what was stored, make two
 * equal-looking names differ, and PostgreSQL refuses NUL outright.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Whether {@code text} holds a character no one types on paper. */
    public static boolean hasHiddenCharacters(String text) {
        return text != null && text.codePoints().anyMatch(PlainText::hidden);
    }

    private static boolean hidden(int c) {
        int type = Character.getType(c);
        boolean control = type == Character.CONTROL && c != '\n' && c != '\r' && c != '\t';
        return control || type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.SURROGATE;
    }
}
