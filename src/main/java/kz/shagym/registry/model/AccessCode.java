package kz.shagym.registry.model;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The code printed on the acceptance confirmation that, with the incoming number, opens the
 * case's public status. Ten characters of Crockford's base 32 (50 random bits), written as
 * two groups of five. The alphabet has no I, L, O or U, so nothing on paper is ambiguous;
 * what a caller reads back is forgiven: case, hyphens, spaces, I and L for 1, O for 0.
 */
public final class AccessCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessCode() {
    }

    /** A new random code, such as 7KX2M-9QD4T. */
    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as generated, from what a person typed or read out; empty when it cannot be one. */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH + 1);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            char d = switch (c) {
                case 'I', 'L' -> '1';
                case 'O' -> '0';
                default -> c;
            };
            if (d == '-' || Character.isWhitespace(d)) {
                continue;
            }
            if (ALPHABET.indexOf(d) < 0) {
                return Optional.empty();
            }
            if (code.length() == LENGTH / 2) {
                code.append('-');
            }
            code.append(d);
        }
        return code.length() == LENGTH + 1 ? Optional.of(code.toString()) : Optional.empty();
    }
}
