package kz.shagym.kernel.model;

import java.time.LocalDate;

/** A date the working-day calendar has no data for: no deadline can be counted across it. */
public class OutsideCalendarException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final LocalDate date;
    private final int firstYear;
    private final int lastYear;

    public OutsideCalendarException(LocalDate date, int firstYear, int lastYear) {
        super(date + " is outside the working-day calendar (" + firstYear + "–" + lastYear + ")");
        this.date = date;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    public LocalDate getDate() {
        return date;
    }

    public int getFirstYear() {
        return firstYear;
    }

    public int getLastYear() {
        return lastYear;
    }
}
