package kz.shagym.registry.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryRulesTest {

    @Test
    void theDefaultPatternGivesTheNumbersOfTheStamp() {
        IncomingNumberPattern p = IncomingNumberPattern.of(IncomingNumberPattern.DEFAULT);
        assertEquals("ЖТ-2026-000001", p.format("ЖТ", 2026, 1));
        assertEquals("ЗТ-2026-123456", p.format("ЗТ", 2026, 123456));
        assertEquals("ЖТ-2026-1234567", p.format("ЖТ", 2026, 1234567), "never truncated");
    }

    @Test
    void aProvidersOwnPattern() {
        assertEquals("01-12/ЖТ/7/2026", IncomingNumberPattern.of("01-12/{prefix}/{seq}/{year}").format("ЖТ", 2026, 7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{prefix}-{year}", "{seq}-{seq}", "{prefix}-{serial:4}", "{year:4}-{seq}", "{seq}}", " "})
    void badPatternsAreRefused(String pattern) {
        assertThrows(IllegalArgumentException.class, () -> IncomingNumberPattern.of(pattern));
    }

    @Test
    void accessCodesAreTwoGroupsOfFiveUnambiguousCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = AccessCode.generate();
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}"), code);
            seen.add(code);
        }
        assertEquals(10_000, seen.size(), "50 random bits: no repeats among ten thousand");
        assertEquals(32, AccessCode.ALPHABET.length());
        assertTrue(AccessCode.ALPHABET.chars().noneMatch(c -> "ILOU".indexOf(c) >= 0));
    }

    @Test
    void whatACallerReadsOutIsForgiven() {
        assertEquals(Optional.of("7KX21-0QD4T"), AccessCode.normalize("7kx2l oqd4t"));
        assertEquals(Optional.of("7KX21-0QD4T"), AccessCode.normalize("7KX2I-0QD4T"));
        assertEquals(Optional.empty(), AccessCode.normalize("7KX2U-0QD4T"), "U is not in the alphabet");
        assertEquals(Optional.empty(), AccessCode.normalize("7KX2-0QD4T"), "too short");
        assertEquals(Optional.empty(), AccessCode.normalize(null));
    }
}
