package kz.shagym.kernel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetCellTest {

    /** Whether {@code typed} is one a spreadsheet would run, and so gets an apostrophe before it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=HYPERLINK(1) | true", "+7 701 000 00 00 | true", "-2+3 | true", "@SUM(A1) | true",
            "Сейітова | false", "ЖТ-2026-000001 | false", "a=b | false", "2026 | false"})
    void textThatASpreadsheetWouldRunIsWrittenInert(String typed, boolean runnable) {
        assertEquals(runnable ? "'" + typed : typed, SpreadsheetCell.inert(typed));
    }

    @Test
    void emptyAndNothingStayAsTheyAre() {
        assertEquals("", SpreadsheetCell.inert(""));
        assertNull(SpreadsheetCell.inert(null));
        assertEquals("'\tx", SpreadsheetCell.inert("\tx"));
    }
}
