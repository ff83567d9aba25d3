package kz.shagym.intake.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IinBinTest {

    /**
     * 900101300017: 9·1 + 1·4 + 1·6 + 3·7 + 1·11 = 51, and 51 mod 11 = 7.
     * 880101300111: the first weights give 76 mod 11 = 10, the second 100 mod 11 = 1.
     */
    @ParameterizedTest
    @ValueSource(strings = {"900101300017", "880101300111"})
    void validNumbers(String number) {
        assertTrue(IinBin.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "900101300018", // wrong check digit
            "880101300112", // wrong check digit after the second weights
            "880101300100", // both weightings give 10: never issued
            "880101300109",
            "90010130001", // eleven digits
            "9001013000170", // thirteen
            "90010130001A",
            "9001013 0017",
            "９00101300017"}) // a full-width digit
    void invalidNumbers(String number) {
        assertFalse(IinBin.isValid(number));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nothingIsNotANumber(String number) {
        assertFalse(IinBin.isValid(number));
    }
}
