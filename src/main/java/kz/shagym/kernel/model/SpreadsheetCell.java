package kz.shagym.kernel.model;

/**
 * Text a spreadsheet must not run. A CSV cell that starts with {@code = + - @} (or a tab or
 * carriage return) is read as a formula by Excel and LibreOffice: a surname typed as
 * {@code =HYPERLINK(...)} would become a live link in the clerk's export. Such text is
 * written with a leading apostrophe, which the spreadsheet shows as plain text.
 */
public final class SpreadsheetCell {

    private SpreadsheetCell() {
    }

    public static String inert(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
