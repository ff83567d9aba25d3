package kz.shagym.kernel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws the deadline arithmetic keeps for any registration day and any term. */
class WorkingCalendarProperties {

    final WorkingCalendar calendar = ShippedCalendar.get();

    @Provide
    Arbitrary<LocalDate> registrationDays() {
        // Far enough from the end of 2027 for a 60-working-day term to fit in the calendar.
        return Arbitraries.longs().between(0, LocalDate.of(2027, 8, 31).toEpochDay() - LocalDate.of(2020, 1, 1).toEpochDay())
                .map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
    }

    @Property
    void theDeadlineIsAWorkingDayAfterTheRegistrationDay(@ForAll("registrationDays") LocalDate from,
                                                         @ForAll @IntRange(min = 1, max = 60) int n) {
        LocalDate deadline = calendar.deadline(from, n);
        assertTrue(deadline.isAfter(from));
        assertTrue(calendar.isWorkingDay(deadline));
    }

    @Property
    void exactlyNWorkingDaysLieBetweenRegistrationAndDeadline(@ForAll("registrationDays") LocalDate from,
                                                             @ForAll @IntRange(min = 1, max = 60) int n) {
        assertEquals(n, calendar.workingDaysLeft(from, calendar.deadline(from, n)));
    }

    @Property
    void oneMoreWorkingDayLandsLater(@ForAll("registrationDays") LocalDate from, @ForAll @IntRange(min = 1, max = 59) int n) {
        assertTrue(calendar.deadline(from, n + 1).isAfter(calendar.deadline(from, n)));
    }

    @Property
    void theSkippedDaysAndTheWorkingDaysFillTheSpan(@ForAll("registrationDays") LocalDate from,
                                                    @ForAll @IntRange(min = 1, max = 30) int n) {
        LocalDate deadline = calendar.deadline(from, n);
        long span = deadline.toEpochDay() - from.toEpochDay();
        assertEquals(span, calendar.skipped(from, deadline).size() + n);
    }

    @Property
    void aLaterRegistrationNeverGetsAnEarlierDeadline(@ForAll("registrationDays") LocalDate from,
                                                      @ForAll @IntRange(min = 1, max = 30) int n) {
        assertTrue(!calendar.deadline(from.plusDays(1), n).isBefore(calendar.deadline(from, n)));
    }
}
