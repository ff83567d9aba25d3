package kz.shagym.appeals.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DayRulesTest {

    @Test
    void aCourtOrComplianceTextWithABidiOverrideIsRefusedAtItsField() {
        AppealRefused refused = assertThrows(AppealRefused.class,
                () -> DayRules.text("court", "Астана қаласының\u202E соты", 300));
        assertEquals("court", refused.getField());
        assertEquals("intake.error.hiddenCharacters", refused.getMessageKey());
        assertEquals("Астана қаласының соты", DayRules.text("court", " Астана қаласының соты ", 300));
    }
}
