package kz.shagym.deadlines.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import kz.shagym.deadlines.service.DeadlineWatch;
import kz.shagym.kernel.service.WorkingDays;

/**
 * Open deadlines that the calendar, as changed since they were set, would put on another
 * day: listed for an administrator to review, never moved silently.
 */
@Named
@RequestScoped
public class DeadlineReviewView {

    @EJB
    private DeadlineWatch watch;

    @EJB
    private WorkingDays workingDays;

    private List<Row> rows;

    public record Row(String subject, LocalDate startedOn, int workingDays, LocalDate dueDate, LocalDate recomputed) {
    }

    public List<Row> getRows() {
        if (rows == null) {
            var calendar = workingDays.calendar();
            rows = watch.toReview().stream()
                    .map(d -> new Row(d.getSubjectLabel(), d.getStartedOn(), d.getWorkingDays(), d.getDueDate(),
                            d.recomputedDueDate(calendar).orElse(null)))
                    .toList();
        }
        return rows;
    }
}
