package kz.shagym.kernel.model;

/** The CDI event of a committed change to the working-day calendar. */
public record CalendarChanged(int year) {
}
