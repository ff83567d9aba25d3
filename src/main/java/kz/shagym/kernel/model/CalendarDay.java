package kz.shagym.kernel.model;

import java.time.LocalDate;

/**
 * A day that is not an ordinary working day or weekend, with its reason: the holiday's name
 * (for a moved day off, the name of the holiday it replaces) or the decree's wording.
 */
public record CalendarDay(LocalDate date, DayKind kind, LocalizedText reason) {
}
