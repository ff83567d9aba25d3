package kz.shagym.statistics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import kz.shagym.kernel.model.InvalidInput;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void aPeriodIsGivenAsMonthsOrAsTheDaysThatBoundThem() {
        assertEquals(Period.year(2026), Period.parse("2026-01", "2026-12"));
        assertEquals(Period.quarter(2026, 2), Period.parse("2026-04-01", "2026-06-30"));
        assertEquals(Period.month(YearMonth.of(2024, 2)), Period.parse("2024-02-01", "2024-02-29"));
    }

    @Test
    void aPeriodThatCutsAMonthIsRefusedWithWhy() {
        InvalidInput start = assertThrows(InvalidInput.class, () -> Period.parse("2026-01-15", "2026-02"));
        assertEquals("statistics.error.monthStart", start.getMessageKey());
        InvalidInput end = assertThrows(InvalidInput.class, () -> Period.parse("2026-01", "2026-02-27"));
        assertEquals("statistics.error.monthEnd", end.getMessageKey());
        assertEquals("statistics.error.order", assertThrows(InvalidInput.class,
                () -> Period.parse("2026-03", "2026-02")).getMessageKey());
        assertEquals("statistics.error.date", assertThrows(InvalidInput.class,
                () -> Period.parse("March", "2026-02")).getMessageKey());
        assertEquals("statistics.error.tooLong", assertThrows(InvalidInput.class,
                () -> Period.parse("1900-01", "2026-02")).getMessageKey());
        assertEquals("statistics.error.missing", assertThrows(InvalidInput.class,
                () -> Period.parse(null, "2026-02")).getMessageKey());
    }

    @Test
    void itContainsItsFirstAndLastDaysAndNothingOutside() {
        Period q1 = Period.quarter(2026, 1);
        assertTrue(q1.contains(LocalDate.of(2026, 1, 1)));
        assertTrue(q1.contains(LocalDate.of(2026, 3, 31)));
        assertFalse(q1.contains(LocalDate.of(2026, 4, 1)));
        assertFalse(q1.contains(null));
        assertEquals(3, q1.months().size());
    }
}
