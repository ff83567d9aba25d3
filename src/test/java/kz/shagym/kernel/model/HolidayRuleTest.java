package kz.shagym.kernel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/** A holiday rule's years: added from the current year on, ended without rewriting a past year. */
class HolidayRuleTest {

    static final LocalizedText NAME = new LocalizedText("Конституция күні", "День Конституции", "Constitution Day");

    static HolidayRule constitutionDay() {
        return new HolidayRule("CONSTITUTION_DAY", MonthDay.of(8, 30), 1996, null, true, NAME);
    }

    @Test
    void theConstitutionDayChangeOf2026() {
        HolidayRule august = constitutionDay();
        august.endAt(2025, 2026);
        assertTrue(august.appliesIn(2025));
        assertFalse(august.appliesIn(2026), "31 August 2026 a working day");
        HolidayRule march = HolidayRule.starting("CONSTITUTION_DAY_2027", MonthDay.of(3, 15), 2027, true, NAME, 2026);
        assertFalse(march.appliesIn(2026));
        assertTrue(march.appliesIn(2027));
        assertEquals("2027-03-15", march.dateIn(2027).toString());
    }

    @Test
    void noChangeRewritesAYearBeforeTheCurrentOne() {
        CalendarChangeRefused early = assertThrows(CalendarChangeRefused.class, () -> constitutionDay().endAt(2024, 2026));
        assertEquals("calendar.error.rulePastYear", early.getMessageKey());
        assertThrows(CalendarChangeRefused.class,
                () -> HolidayRule.starting("NEW_DAY", MonthDay.of(9, 1), 2025, true, NAME, 2026));
        HolidayRule ended = constitutionDay();
        ended.endAt(2025, 2026);
        assertThrows(CalendarChangeRefused.class, () -> ended.endAt(2023, 2026), "nor moved further back");
        ended.endAt(2030, 2026); // kept again from 2026: only this year and later change
        assertTrue(ended.appliesIn(2030));
        assertFalse(ended.appliesIn(2031));
    }

    @Test
    void aHolidayEndsNoEarlierThanTheYearBeforeItBegan() {
        HolidayRule future = HolidayRule.starting("NEW_DAY", MonthDay.of(9, 1), 2027, true, NAME, 2026);
        future.endAt(2026, 2026); // withdrawn before its first year
        assertFalse(future.appliesIn(2027));
        assertEquals("calendar.error.ruleEndsBeforeStart",
                assertThrows(CalendarChangeRefused.class, () -> future.endAt(2025, 2026)).getMessageKey());
    }

    @Test
    void aRuleNeedsACodeADateAndAKazakhName() {
        assertEquals("calendar.error.ruleCode", assertThrows(CalendarChangeRefused.class,
                () -> HolidayRule.starting("new day", MonthDay.of(9, 1), 2027, true, NAME, 2026)).getMessageKey());
        assertEquals("calendar.error.dateRequired", assertThrows(CalendarChangeRefused.class,
                () -> HolidayRule.starting("NEW_DAY", null, 2027, true, NAME, 2026)).getMessageKey());
        assertEquals("calendar.error.reasonRequired", assertThrows(CalendarChangeRefused.class,
                () -> HolidayRule.starting("NEW_DAY", MonthDay.of(9, 1), 2027, true,
                        new LocalizedText(" ", "x", "x"), 2026)).getMessageKey());
    }
}
