package kz.shagym.intake.model;

/**
 * Kazakhstan's 12-digit individual (IIN) and business (BIN) identification numbers, whose
 * last digit is a check digit: the first eleven digits weighted 1..11, modulo 11; when that
 * gives 10, weighted 3..11,1,2 instead; a number for which both give 10 is never issued.
 */
public final class IinBin {

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private IinBin() {
    }

    /** Whether {@code number} is twelve digits with the right check digit. */
    public static boolean isValid(String number) {
        if (number == null || number.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            if (number.charAt(i) < '0' || number.charAt(i) > '9') {
                return false;
            }
        }
        int check = weighted(number, FIRST_WEIGHTS);
        if (check == 10) {
            check = weighted(number, SECOND_WEIGHTS);
        }
        return check != 10 && check == number.charAt(11) - '0';
    }

    private static int weighted(String number, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (number.charAt(i) - '0') * weights[i];
        }
        return sum % 11;
    }
}
