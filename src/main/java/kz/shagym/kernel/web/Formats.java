package kz.shagym.kernel.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import kz.shagym.kernel.model.DeadlineStatus;
import kz.shagym.kernel.service.BusinessClock;

/**
 * Dates, times, numbers and deadline marks as the screens show them: Kazakhstan time, day
 * first; months, shares and decimals in the user's language.
 */
@Named
@ApplicationScoped
public class Formats {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final DateTimeFormatter DAY_OF_YEAR = DateTimeFormatter.ofPattern("dd.MM");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(BusinessClock.ZONE);

    @Inject
    private LanguageSelection language;

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A holiday's day of every year, as "30.08". */
    public String dayOfYear(MonthDay day) {
        return day == null ? "" : DAY_OF_YEAR.format(day);
    }

    /** A month as its name and year in the user's language: "наурыз 2026", "March 2026". */
    public String month(YearMonth month) {
        return month == null ? "" : DateTimeFormatter.ofPattern("LLLL yyyy", language.getLocale()).format(month);
    }

    /** A share (0.853) as a percentage with one decimal in the user's language; empty for none. */
    public String percent(Double share) {
        return oneDecimal(NumberFormat.getPercentInstance(language.getLocale()), share);
    }

    /** A count with the user's language's digit grouping: 12 345 in Kazakh and Russian, 12,345 in English. */
    public String count(int n) {
        return NumberFormat.getIntegerInstance(language.getLocale()).format(n);
    }

    /** A number with at most one decimal in the user's language (2.5, "2,5"); empty for none. */
    public String decimal(Double value) {
        return oneDecimal(NumberFormat.getNumberInstance(language.getLocale()), value);
    }

    private static String oneDecimal(NumberFormat format, Double value) {
        if (value == null) {
            return "";
        }
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** The style class that marks a deadline's status: "due-soon", "overdue", or none. */
    public String mark(DeadlineStatus status) {
        return switch (status) {
            case DUE_SOON -> "due-soon";
            case OVERDUE -> "overdue";
            case ON_TRACK, CLOSED -> "";
        };
    }
}
