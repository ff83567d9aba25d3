package kz.shagym.kernel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every holiday of every year shipped, on whatever weekday it falls: a holiday is never a
 * working day; on a weekend it gives a weekday off right after, unless it is Orthodox
 * Christmas or Kurban Ait; on a weekday it gives nothing more.
 */
class EveryHolidayTest {

    static final WorkingCalendar CALENDAR = ShippedCalendar.get();
    static Stream<Arguments> holidays() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (int year = CALENDAR.getFirstYear(); year <= CALENDAR.getLastYear(); year++) {
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                CalendarDay day = CALENDAR.describe(d);
                if (day != null && day.kind() == DayKind.HOLIDAY) {
                    all.add(Arguments.of(d, d.getDayOfWeek(), day.reason().in(Locale.ENGLISH)));
                }
            }
        }
        return all.build();
    }

    static boolean neverMoved(String name) {
        return name.equals("Orthodox Christmas") || name.equals("First day of Kurban Ait");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("holidays")
    void aHolidayIsOffAndOnAWeekendItGivesAWeekdayOff(LocalDate date, DayOfWeek weekday, String name) {
        assertFalse(CALENDAR.isWorkingDay(date));
        boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
        // Its moved day off follows it, or a decree gave that day elsewhere and the weekday after
        // it is worked (2020: Victory Day's day off on Friday 8 May, Monday 11 May worked).
        long movedForIt = Stream.iterate(date.plusDays(1), d -> d.plusDays(1)).limit(7)
                .filter(CALENDAR::covers)
                .map(CALENDAR::describe)
                .filter(d -> d != null && (d.kind() == DayKind.MOVED_DAY_OFF && d.reason().in(Locale.ENGLISH).equals(name)
                        || d.kind() == DayKind.WORKING_WEEKEND && !WorkingCalendar.isWeekend(d.date())))
                .count();
        if (weekend && !neverMoved(name)) {
            assertTrue(movedForIt >= 1, "a weekday off follows " + name + " on " + date);
        }
        if (weekend && neverMoved(name)) {
            assertEquals(0, movedForIt, name + " on a weekend is not moved");
        }
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027})
    void oneWeekdayOffForEachMovableHolidayOnAWeekend(int year) {
        long movableOnWeekends = holidays().map(Arguments::get)
                .filter(a -> ((LocalDate) a[0]).getYear() == year)
                .filter(a -> a[1] == DayOfWeek.SATURDAY || a[1] == DayOfWeek.SUNDAY)
                .filter(a -> !neverMoved((String) a[2]))
                .count();
        // A decree may give a moved day off elsewhere (2020: Friday 8 May for Monday 11 May): the
        // weekday it would have been is then worked, and counts as the holiday's day off.
        long moved = CALENDAR.exceptionsOf(year).stream().filter(d -> d.kind() == DayKind.MOVED_DAY_OFF
                || d.kind() == DayKind.WORKING_WEEKEND && !WorkingCalendar.isWeekend(d.date())).count();
        assertEquals(movableOnWeekends, moved);
    }
}
