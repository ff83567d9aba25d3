package kz.shagym.registry.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a citizen or a caller types for an incoming number finds the number as printed. */
class CaseNumberKeyTest {

    static final String PRINTED = "ЖТ-2026-000001";

    @ParameterizedTest(name = "\"{0}\" ({1})")
    @CsvSource(delimiter = '|', value = {
            "ЖТ-2026-000001 | as printed",
            "жт-2026-000001 | lower case",
            "ЖТ 2026 000001 | spaces for dashes",
            "ЖТ2026000001 | nothing between",
            "  ЖТ – 2026 — 000001  | typographic dashes and spaces around",
            "ЖT-2026-000001 | a Latin T",
            "ЖТ-2026-OOOOO1 | the letter O for zero",
            "ЖТ-2026-ООООО1 | the Cyrillic О for zero",
            "ЖТ-2026-00000l | a lower-case l for one",
            "ЖТ-2026-00000I | a capital I for one",
            "ЖТ-２０２６-000001 | full-width digits"})
    void typedAnyWayItFindsThePrintedNumber(String typed, String why) {
        assertEquals(CaseNumberKey.of(PRINTED), CaseNumberKey.of(typed), why);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ЗТ-2026-000001 | 3Т-2026-000001",
            "АП-2026-000015 | aп 2026 000015"})
    void otherPrefixesAlike(String printed, String typed) {
        assertEquals(CaseNumberKey.of(printed), CaseNumberKey.of(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ЖТ-2026-000002", "ЗТ-2026-000001", "ЖТ-2025-000001", "ЖТ-2026-0000010"})
    void anotherNumberIsAnotherKey(String other) {
        assertNotEquals(CaseNumberKey.of(PRINTED), CaseNumberKey.of(other));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "--- / ---", "\t\n"})
    void nothingToFindIsAnEmptyKey(String typed) {
        assertEquals("", CaseNumberKey.of(typed));
    }

    @Test
    void aKeyLongerThanAnyNumberIsNoKey() {
        assertEquals("", CaseNumberKey.of("Ж".repeat(CaseNumberKey.LIMIT + 1)));
        assertEquals(CaseNumberKey.LIMIT, CaseNumberKey.of("Ж".repeat(CaseNumberKey.LIMIT)).length());
    }
}
