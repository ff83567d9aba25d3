package kz.shagym.registry.model;

import java.text.Normalizer;

/**
 * An incoming number as a citizen or a caller may type it, folded to one key: spaces, dashes
 * and other separators dropped, case ignored, and the letters that look alike on paper taken
 * as one (Latin T and Cyrillic Т, the letter О and the digit 0, З and 3, I and 1). Stored
 * with every case (indexed), so "жт 2026 000001", "JT-2026-OOOOO1" and "ЖТ-2026-000001" all
 * find ЖТ-2026-000001. The key only finds; the access code is what opens a status.
 */
public final class CaseNumberKey {

    /** As long as the longest incoming number. */
    public static final int LIMIT = 60;

    private static final String LATIN = "ABCEHKMPTXY";
    private static final String CYRILLIC = "АВСЕНКМРТХУ";

    private CaseNumberKey() {
    }

    /** The key of what was typed: empty when nothing in it is a letter or a digit. */
    public static String of(String typed) {
        if (typed == null) {
            return "";
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length() && key.length() < LIMIT + 1; i++) {
            char c = text.charAt(i);
            if (c == 'l') {
                key.append('1'); // a lower-case l read as a one
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            key.append(fold(Character.toUpperCase(c)));
        }
        return key.length() > LIMIT ? "" : key.toString();
    }

    private static char fold(char c) {
        int latin = LATIN.indexOf(c);
        if (latin >= 0) {
            return CYRILLIC.charAt(latin);
        }
        return switch (c) {
            case 'O', 'О' -> '0';
            case 'З' -> '3';
            case 'I', 'І', 'Ӏ' -> '1';
            default -> Character.isDigit(c) ? Character.forDigit(Character.digit(c, 10), 10) : c;
        };
    }
}
