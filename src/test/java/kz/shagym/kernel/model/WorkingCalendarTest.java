package kz.shagym.kernel.model;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deadline arithmetic on the calendar Shagym ships (db/migration). */
class WorkingCalendarTest {

    final WorkingCalendar calendar = ShippedCalendar.get();

    static String summary(List<CalendarDay> days) {
        return String.join(" ", days.stream().map(d -> d.date().toString().substring(5) + ":" + d.kind()).toList());
    }

    @Test
    void nauryz2025PushesFiveWorkingDaysToTheFirstOfApril() {
        assertEquals(parse("2025-04-01"), calendar.deadline(parse("2025-03-20"), 5));
        assertEquals("03-21:HOLIDAY 03-22:HOLIDAY 03-23:HOLIDAY 03-24:MOVED_DAY_OFF 03-25:MOVED_DAY_OFF "
                        + "03-29:WEEKEND 03-30:WEEKEND",
                summary(calendar.skipped(parse("2025-03-20"), parse("2025-04-01"))));
        assertEquals("Наурыз мейрамы", calendar.describe(parse("2025-03-24")).reason().in(Locale.ROOT));
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource({
            "2025-11-21, 5, 2025-11-28, registered on a Friday",
            "2025-11-22, 5, 2025-11-28, registered on a Saturday",
            "2025-05-09, 5, 2025-05-16, registered on Victory Day",
            "2025-01-05, 5, 2025-01-13, 'registered on a worked Sunday; Christmas skipped'",
            "2025-01-02, 1, 2025-01-05, the transferred day off is skipped and the worked Sunday counts",
            "2024-05-03, 1, 2024-05-04, a worked Saturday counts",
            "2024-05-06, 2, 2024-05-13, '7 May holiday, 8 May transfer, 9 May holiday'",
            "2024-06-14, 1, 2024-06-17, Kurban Ait on a Sunday is not moved",
            "2024-01-05, 1, 2024-01-08, Christmas on a Sunday is not moved",
            "2022-12-30, 1, 2023-01-04, New Year 2023 on a Sunday moves to 3 January",
            "2021-12-15, 1, 2021-12-20, '16 and 17 December until 2021'",
            "2022-12-15, 1, 2022-12-19, '17 December no longer a holiday from 2022'",
            "2021-11-30, 1, 2021-12-02, First President Day until 2021",
            "2022-11-30, 1, 2022-12-01, 'and not from 2022'",
            "2025-08-29, 1, 2025-09-02, Constitution Day on a Saturday moves to Monday",
            "2027-08-27, 1, 2027-08-30, 30 August worked from 2027",
            "2027-03-12, 1, 2027-03-16, Constitution Day on 15 March from 2027",
            "2025-10-24, 1, 2025-10-28, Republic Day on a Saturday moves to Monday",
            "2020-03-20, 1, 2020-03-26, Nauryz 2020 Saturday to Monday: two days moved",
            "2022-03-03, 3, 2022-03-09, '5 March worked, 7 March transfer, 8 March holiday'",
            "2023-07-05, 1, 2023-07-10, Capital Day and the 7 July transfer",
            "2025-12-05, 15, 2025-12-29, the authorized body's fifteen days over Independence Day"})
    void deadlines(LocalDate from, int workingDays, LocalDate expected, String why) {
        assertEquals(expected, calendar.deadline(from, workingDays), why);
    }

    @Test
    void theYear2025AsTheCalendarPublishesIt() {
        assertEquals("01-01:HOLIDAY 01-02:HOLIDAY 01-03:TRANSFER 01-05:WORKING_WEEKEND 01-07:HOLIDAY "
                        + "03-10:MOVED_DAY_OFF 03-21:HOLIDAY 03-24:MOVED_DAY_OFF 03-25:MOVED_DAY_OFF 05-01:HOLIDAY "
                        + "05-07:HOLIDAY 05-09:HOLIDAY 06-06:HOLIDAY 07-07:MOVED_DAY_OFF 09-01:MOVED_DAY_OFF "
                        + "10-27:MOVED_DAY_OFF 12-16:HOLIDAY",
                summary(calendar.exceptionsOf(2025)));
    }

    @Test
    void theYear2024AsTheCalendarPublishesIt() {
        assertEquals("01-01:HOLIDAY 01-02:HOLIDAY 03-08:HOLIDAY 03-21:HOLIDAY 03-22:HOLIDAY 03-25:MOVED_DAY_OFF "
                        + "05-01:HOLIDAY 05-04:WORKING_WEEKEND 05-07:HOLIDAY 05-08:TRANSFER 05-09:HOLIDAY "
                        + "07-08:MOVED_DAY_OFF 08-30:HOLIDAY 10-25:HOLIDAY 12-16:HOLIDAY",
                summary(calendar.exceptionsOf(2024)));
    }

    @Test
    void theYear2022WithItsThreeTransfers() {
        assertEquals("01-03:MOVED_DAY_OFF 01-04:MOVED_DAY_OFF 01-07:HOLIDAY 03-05:WORKING_WEEKEND 03-07:TRANSFER "
                        + "03-08:HOLIDAY 03-21:HOLIDAY 03-22:HOLIDAY 03-23:HOLIDAY 05-02:MOVED_DAY_OFF "
                        + "05-09:HOLIDAY 05-10:MOVED_DAY_OFF 07-06:HOLIDAY 08-27:WORKING_WEEKEND 08-29:TRANSFER "
                        + "08-30:HOLIDAY 10-22:WORKING_WEEKEND 10-24:TRANSFER 10-25:HOLIDAY 12-16:HOLIDAY",
                summary(calendar.exceptionsOf(2022)));
    }

    @Test
    void yearsNotCheckedAgainstTheDecreesSaySo() {
        for (int year = 2020; year <= 2026; year++) {
            assertTrue(calendar.isConfirmed(year), "confirmed " + year);
        }
        assertFalse(calendar.isConfirmed(2027), "unconfirmed 2027");
    }

    @Test
    void the2026CalendarAsTheLabourMinistryStatedIt() {
        assertEquals("01-01:HOLIDAY 01-02:HOLIDAY 01-07:HOLIDAY 03-09:MOVED_DAY_OFF "
                        + "03-23:HOLIDAY 03-24:MOVED_DAY_OFF 03-25:MOVED_DAY_OFF 05-01:HOLIDAY 05-07:HOLIDAY 05-11:MOVED_DAY_OFF "
                        + "05-27:HOLIDAY 07-06:HOLIDAY 10-26:MOVED_DAY_OFF 12-16:HOLIDAY",
                summary(calendar.exceptionsOf(2026)));
        assertTrue(calendar.isWorkingDay(parse("2026-08-31")), "30 August no longer a holiday from 2026");
        assertEquals(parse("2026-09-04"), calendar.deadline(parse("2026-08-28"), 5), "31 August counts");
    }

    @Test
    void the2020And2021TransfersOfTheDecrees() {
        String year2020 = summary(calendar.exceptionsOf(2020));
        assertTrue(year2020.startsWith("01-01:HOLIDAY 01-02:HOLIDAY 01-03:TRANSFER 01-05:WORKING_WEEKEND "), year2020);
        assertTrue(year2020.endsWith(" 12-16:HOLIDAY 12-17:HOLIDAY 12-18:TRANSFER 12-20:WORKING_WEEKEND"), year2020);
        assertTrue(year2020.contains(" 05-07:HOLIDAY 05-08:TRANSFER 05-11:WORKING_WEEKEND 07-06:HOLIDAY"),
                "Victory Day's day off on Friday 8 May, Monday 11 May worked: " + year2020);
        assertEquals(parse("2020-05-12"), calendar.deadline(parse("2020-05-06"), 2), "8 May off, 11 May worked");
        assertEquals(parse("2021-07-07"), calendar.deadline(parse("2021-07-02"), 2),
                "3 July worked, 5 July transfer, 6 July Capital Day");
    }

    @Test
    void datesOutsideTheCalendarAreRefused() {
        assertEquals(2020, calendar.getFirstYear());
        assertEquals(2027, calendar.getLastYear());
        assertThrows(OutsideCalendarException.class, () -> calendar.deadline(parse("2019-12-31"), 5));
        assertThrows(OutsideCalendarException.class, () -> calendar.deadline(parse("2027-12-28"), 5));
        assertThrows(OutsideCalendarException.class, () -> calendar.exceptionsOf(2028));
        assertThrows(IllegalArgumentException.class, () -> calendar.deadline(parse("2025-01-10"), 0));
        assertThrows(IllegalArgumentException.class, () -> calendar.deadline(parse("2025-01-10"), 100_000));
    }

    @Test
    void workingDaysLeftCountDownToZeroOnTheDeadlineDayThenBelow() {
        LocalDate deadline = parse("2025-04-01");
        assertEquals(5, calendar.workingDaysLeft(parse("2025-03-20"), deadline));
        assertEquals(5, calendar.workingDaysLeft(parse("2025-03-24"), deadline), "a moved day off counts for nothing");
        assertEquals(1, calendar.workingDaysLeft(parse("2025-03-31"), deadline));
        assertEquals(0, calendar.workingDaysLeft(deadline, deadline));
        assertEquals(-1, calendar.workingDaysLeft(parse("2025-04-02"), deadline));
        assertEquals(-3, calendar.workingDaysLeft(parse("2025-04-05"), deadline), "Wednesday to Friday past, not Saturday");
        assertEquals(-3, calendar.workingDaysLeft(parse("2025-04-06"), deadline), "nor Sunday");
    }
}
