package kz.shagym.statistics.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import kz.shagym.kernel.model.InvalidInput;

/**
 * The months a figure covers: a month, a quarter, a year or any run of whole months. The
 * figures are kept by month (docs/statistics.md), so a period starts on a month's first day
 * and ends on a month's last.
 */
public record Period(YearMonth from, YearMonth to) implements Serializable {

    /** Longer than anyone compares, short enough that a request cannot ask for centuries. */
    public static final int MAX_MONTHS = 120;

    public Period {
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "statistics.error.order");
        }
        if (from.plusMonths(MAX_MONTHS - 1L).isBefore(to)) {
            throw new InvalidInput("to", "statistics.error.tooLong");
        }
    }

    public static Period month(YearMonth month) {
        return new Period(month, month);
    }

    public static Period year(int year) {
        return new Period(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    public static Period quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, 3 * quarter - 2);
        return new Period(first, first.plusMonths(2));
    }

    /**
     * A period as a request gives it: {@code 2026-01} or {@code 2026-01-01} for the start,
     * {@code 2026-03} or {@code 2026-03-31} for the end.
     */
    public static Period parse(String from, String to) {
        return new Period(month(from, "from", true), month(to, "to", false));
    }

    private static YearMonth month(String text, String field, boolean start) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, "statistics.error.missing");
        }
        String t = text.strip();
        try {
            if (t.length() == 7) {
                return YearMonth.parse(t);
            }
            LocalDate day = LocalDate.parse(t);
            YearMonth month = YearMonth.from(day);
            if (!day.equals(start ? month.atDay(1) : month.atEndOfMonth())) {
                throw new InvalidInput(field, start ? "statistics.error.monthStart" : "statistics.error.monthEnd");
            }
            return month;
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "statistics.error.date");
        }
    }

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    public LocalDate lastDay() {
        return to.atEndOfMonth();
    }

    /** Whether {@code day} falls in the period; never a day that is not there. */
    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
