package kz.shagym.kernel.model;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** "Due soon", "overdue" and "working days late", on the shipped calendar. */
class DeadlineStatusTest {

    final WorkingCalendar calendar = ShippedCalendar.get();

    @Test
    void dueSoonFromTheLastWorkingDayBeforeTheDeadlineUntilTheDeadlineDayEnds() {
        LocalDate monday = parse("2025-11-24");
        assertEquals(DeadlineStatus.ON_TRACK, DeadlineStatus.of(monday, parse("2025-11-20"), calendar));
        assertEquals(DeadlineStatus.DUE_SOON, DeadlineStatus.of(monday, parse("2025-11-21"), calendar), "Friday");
        assertEquals(DeadlineStatus.DUE_SOON, DeadlineStatus.of(monday, parse("2025-11-23"), calendar), "Sunday");
        assertEquals(DeadlineStatus.DUE_SOON, DeadlineStatus.of(monday, monday, calendar), "the day itself");
        assertEquals(DeadlineStatus.OVERDUE, DeadlineStatus.of(monday, parse("2025-11-25"), calendar));
    }

    /** The case the journal and the case page used to disagree on: overdue by date, no working day late yet. */
    @Test
    void theWeekendAfterAFridayDeadlineIsOverdueWithNoWorkingDayLate() {
        LocalDate friday = parse("2025-11-21");
        assertEquals(DeadlineStatus.OVERDUE, DeadlineStatus.of(friday, parse("2025-11-22"), calendar));
        assertEquals(0, DeadlineStatus.workingDaysLate(friday, parse("2025-11-22"), calendar));
        assertEquals(1, DeadlineStatus.workingDaysLate(friday, parse("2025-11-24"), calendar));
        assertEquals(0, DeadlineStatus.workingDaysLate(friday, friday, calendar));
    }

    @Test
    void theDaysOffOfNauryzLieBetweenDueSoonAndTheDeadline() {
        // 2025: 21-25 March off (Nauryz and its moved day); a deadline on 1 April is due soon from 31 March.
        assertEquals(parse("2025-03-31"), DeadlineStatus.dueSoonFrom(parse("2025-04-01"), calendar));
        assertEquals(parse("2025-03-20"), DeadlineStatus.dueSoonFrom(parse("2025-03-26"), calendar));
        assertEquals(parse("2025-03-26"), DeadlineStatus.lastDueSoonDeadline(parse("2025-03-20"), calendar));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(0, LocalDate.of(2027, 11, 30).toEpochDay() - LocalDate.of(2020, 2, 1).toEpochDay())
                .map(d -> LocalDate.of(2020, 2, 1).plusDays(d));
    }

    /** The journal asks by date range, the watch by the day it becomes due soon: the same rule both ways. */
    @Property
    void theQueryAndTheStatusAgree(@ForAll("days") LocalDate today, @ForAll @IntRange(min = 1, max = 20) int n,
                                   @ForAll @IntRange(min = -10, max = 10) int shift) {
        LocalDate deadline = calendar.deadline(today.minusDays(10), n);
        LocalDate day = today.plusDays(shift);
        boolean inQueryRange = !deadline.isBefore(day) && !deadline.isAfter(DeadlineStatus.lastDueSoonDeadline(day, calendar));
        assertEquals(inQueryRange, DeadlineStatus.of(deadline, day, calendar) == DeadlineStatus.DUE_SOON,
                deadline + " on " + day);
        assertEquals(day.isAfter(deadline), DeadlineStatus.of(deadline, day, calendar) == DeadlineStatus.OVERDUE);
    }
}
