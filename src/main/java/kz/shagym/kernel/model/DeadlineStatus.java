package kz.shagym.kernel.model;

import java.time.LocalDate;

/**
 * Where a deadline stands today. Not a state of the case: it follows from the deadline, the
 * clock and the calendar, and this is the one place that says how (docs/domain.md,
 * "Deadlines in working days"). The journal's filters, its marks, the case page, the watch
 * and the overdue board all ask here.
 */
public enum DeadlineStatus {
    /** More than one working day left. */
    ON_TRACK,
    /** One working day left or less: the deadline is today or the next working day. */
    DUE_SOON,
    /** The deadline day has ended. */
    OVERDUE,
    /** The term stopped: the answer left or the case was withdrawn. */
    CLOSED;

    /** The status of an open term's {@code deadline} (a working day) on {@code today}. */
    public static DeadlineStatus of(LocalDate deadline, LocalDate today, WorkingCalendar calendar) {
        if (today.isAfter(deadline)) {
            return OVERDUE;
        }
        return today.isBefore(dueSoonFrom(deadline, calendar)) ? ON_TRACK : DUE_SOON;
    }

    /**
     * The latest deadline that is due soon on {@code today}: the next working day. A query
     * for what is due soon asks for deadlines from today up to this day; for a deadline on a
     * working day this is {@link #of} read the other way round (DeadlineStatusTest shows it).
     */
    public static LocalDate lastDueSoonDeadline(LocalDate today, WorkingCalendar calendar) {
        return calendar.deadline(today, 1);
    }

    /**
     * The first day on which {@code deadline} is due soon: the last working day before it
     * (the watch looks again on that day).
     */
    public static LocalDate dueSoonFrom(LocalDate deadline, WorkingCalendar calendar) {
        LocalDate day = deadline.minusDays(1);
        while (calendar.covers(day) && !calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * Whether what was due by {@code deadline} was done in time: on the deadline day or
     * before. An answer leaving, an instruction complied with, the figures' "on time".
     */
    public static boolean metBy(LocalDate done, LocalDate deadline) {
        return !done.isAfter(deadline);
    }

    /** Working days past {@code deadline} on {@code today}; 0 while it has not passed. */
    public static int workingDaysLate(LocalDate deadline, LocalDate today, WorkingCalendar calendar) {
        return today.isAfter(deadline) ? -calendar.workingDaysLeft(today, deadline) : 0;
    }
}
