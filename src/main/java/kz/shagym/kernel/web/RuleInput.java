package kz.shagym.kernel.web;

import java.time.DateTimeException;
import java.time.MonthDay;
import kz.shagym.kernel.model.CalendarChangeRefused;

/** What the screen and the API take for a holiday rule, read one way: its day of the year and its years. */
final class RuleInput {

    private RuleInput() {
    }

    /** The day of every year; refused when it is not one (31 April). */
    static MonthDay day(Integer month, Integer day) {
        try {
            return month == null || day == null ? null : MonthDay.of(month, day);
        } catch (DateTimeException e) {
            throw new CalendarChangeRefused("calendar.error.dateRequired");
        }
    }

    static int year(Integer year) {
        if (year == null) {
            throw new CalendarChangeRefused("calendar.error.year");
        }
        return year;
    }
}
