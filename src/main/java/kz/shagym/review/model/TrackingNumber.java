package kz.shagym.review.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A postal item's tracking number in the UPU S10 format: two letters, eight digits, a check
 * digit and the ISO country code, as RR123456785KZ. The check digit weighs the eight digits by
 * 8 6 4 2 3 5 9 7; it is 11 less the sum modulo 11, with 10 written 0 and 11 written 5.
 */
public final class TrackingNumber {

    private static final Pattern S10 = Pattern.compile("[A-Z]{2}\\d{9}[A-Z]{2}");
    private static final int[] WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

    private TrackingNumber() {
    }

    /** Upper case without spaces, as clerks type it from the receipt. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String number) {
        String n = normalise(number);
        return S10.matcher(n).matches() && checkDigit(n.substring(2, 10)) == n.charAt(10) - '0';
    }

    /** The check digit of eight serial digits. */
    public static int checkDigit(String serial) {
        if (!serial.matches("\\d{8}")) {
            throw new IllegalArgumentException("eight digits expected: " + serial);
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (serial.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 0 : check == 11 ? 5 : check;
    }
}
