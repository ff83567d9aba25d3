package kz.shagym.registry.model;

import java.util.Locale;

/**
 * Text as the journal's search compares it: lower case, ё as е, and the Latin i as the
 * Kazakh і, which Kazakh texts use interchangeably (docs/domain.md, "Language"). Stored folded
 * beside the original and compared with a query folded the same way.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(lower.length());
        boolean space = false;
        for (char c : lower.toCharArray()) {
            if (Character.isWhitespace(c)) {
                space = folded.length() > 0;
                continue;
            }
            if (space) {
                folded.append(' ');
                space = false;
            }
            folded.append(switch (c) {
                case 'ё' -> 'е';
                case 'i' -> 'і';
                default -> c;
            });
        }
        return folded.toString();
    }

    /** A LIKE pattern that finds the folded query anywhere; its own % and _ match only themselves ('!' escapes). */
    public static String containsPattern(String query) {
        return containing(fold(query));
    }

    /** A LIKE pattern that finds {@code text} as it is anywhere, with '!' as the escape character. */
    public static String containing(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
