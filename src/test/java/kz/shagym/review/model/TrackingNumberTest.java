package kz.shagym.review.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** UPU S10 check digits, computed by hand with the weights 8 6 4 2 3 5 9 7. */
class TrackingNumberTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // 1·8+2·6+3·4+4·2+5·3+6·5+7·9+8·7 = 204; 204 mod 11 = 6; 11 - 6 = 5
        "12345678, 5",
        // 4·8+7·6+3·4+1·2+2·3+4·5+8·9+2·7 = 200; 200 mod 11 = 2; 11 - 2 = 9 (the UPU's own example)
        "47312482, 9",
        // sum 0: 11 - 0 = 11, written 5
        "00000000, 5",
        // 1·8+0+0+0+0+0+0+0 = 8; 11 - 8 = 3
        "10000000, 3",
        // 0+0+0+0+0+0+0+1·7 = 7; 11 - 7 = 4
        "00000001, 4",
        // 1·8 + 1·7 = 15; 15 mod 11 = 4; 11 - 4 = 7
        "10000001, 7",
        // 9·5 = 45; 45 mod 11 = 1; 11 - 1 = 10, written 0
        "00000900, 0"
    })
    void checkDigits(String serial, int digit) {
        assertEquals(digit, TrackingNumber.checkDigit(serial));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RR123456785KZ", "RR473124829GB", "rr 123 456 785 kz", "EE000009000KZ"})
    void valid(String number) {
        assertTrue(TrackingNumber.isValid(number), number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RR123456784KZ", "RR123456786KZ", "R1123456785KZ", "RR12345678KZ", "RR1234567855KZ",
        "RR123456785K", "123456785", "", "RR123456785КZ"})
    void invalid(String number) {
        assertFalse(TrackingNumber.isValid(number), number);
    }

    @Test
    void nullIsInvalidAndNormalisedToNothing() {
        assertFalse(TrackingNumber.isValid(null));
        assertEquals("", TrackingNumber.normalise(null));
        assertEquals("RR123456785KZ", TrackingNumber.normalise(" rr 1234 56785 kz "));
    }

    @Test
    void theSerialMustBeEightDigits() {
        assertThrows(IllegalArgumentException.class, () -> TrackingNumber.checkDigit("1234567"));
    }
}
