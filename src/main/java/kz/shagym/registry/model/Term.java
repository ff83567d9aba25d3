package kz.shagym.registry.model;

import java.io.Serializable;
import java.time.LocalDate;
import kz.shagym.kernel.model.DeadlineStatus;
import kz.shagym.kernel.model.WorkingCalendar;

/**
 * Where a complaint's term stands on a day: its {@link DeadlineStatus}, the working days left
 * (negative once overdue; null once the term stopped) and the working days late. Every screen
 * and the API show this; none counts for itself.
 */
public record Term(DeadlineStatus status, Integer workingDaysLeft, int workingDaysLate) implements Serializable {

    public static Term of(ComplaintState state, LocalDate deadline, WorkingCalendar calendar, LocalDate today) {
        if (!state.isOpen()) {
            return new Term(DeadlineStatus.CLOSED, null, 0);
        }
        return new Term(DeadlineStatus.of(deadline, today, calendar), calendar.workingDaysLeft(today, deadline),
                DeadlineStatus.workingDaysLate(deadline, today, calendar));
    }

    public boolean isOverdue() {
        return status == DeadlineStatus.OVERDUE;
    }
}
