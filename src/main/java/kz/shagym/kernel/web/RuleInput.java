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
        if (month != null && (month < 1 || month > 12)) {
            throw CalendarChangeRefused.at("month", "calendar.error.dateRequired");
        }
        try {
            return month == null || day == null ? null : MonthDay.of(month, day);
        } catch (DateTimeException e) {
            throw CalendarChangeRefused.at("day", "calendar.error.dateRequired");
        }
    }

    /** A year the request names in {@code field} (firstYear, lastYear). */
    static int year(String field, Integer year) {
        if (year == null) {
            throw CalendarChangeRefused.at(field, "calendar.error.year");
        }
        return year;
    }
}
