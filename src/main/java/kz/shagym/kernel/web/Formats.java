package kz.shagym.kernel.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import kz.shagym.kernel.model.DeadlineStatus;
import kz.shagym.kernel.service.BusinessClock;

/** Dates, times and deadline marks as the screens show them: Kazakhstan time, day first. */
@Named
@ApplicationScoped
public class Formats {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final DateTimeFormatter DAY_OF_YEAR = DateTimeFormatter.ofPattern("dd.MM");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(BusinessClock.ZONE);

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

    /** The style class that marks a deadline's status: "due-soon", "overdue", or none. */
    public String mark(DeadlineStatus status) {
        return switch (status) {
            case DUE_SOON -> "due-soon";
            case OVERDUE -> "overdue";
            case ON_TRACK, CLOSED -> "";
        };
    }
}
