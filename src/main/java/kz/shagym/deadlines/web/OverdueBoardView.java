package kz.shagym.deadlines.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import kz.shagym.deadlines.model.WatchedDeadline;
import kz.shagym.kernel.model.DeadlineStatus;
import kz.shagym.deadlines.service.DeadlineWatch;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.WorkingDays;
import kz.shagym.kernel.web.RetriedOnConflict;

/** The overdue board of the signed-in member's provider, most overdue first. */
@Named
@RequestScoped
@RetriedOnConflict
public class OverdueBoardView {

    @EJB
    private DeadlineWatch watch;

    @EJB
    private WorkingDays workingDays;

    @Inject
    private BusinessClock clock;

    private List<Row> rows;

    public record Row(String subject, LocalDate dueDate, int workingDaysLate, String executor) {
    }

    public List<Row> getRows() {
        if (rows == null) {
            LocalDate today = clock.today();
            rows = watch.overdueBoard().stream().map(d -> row(d, today)).toList();
        }
        return rows;
    }

    private Row row(WatchedDeadline d, LocalDate today) {
        var calendar = workingDays.calendar();
        int late = calendar.covers(today) && calendar.covers(d.getDueDate())
                ? DeadlineStatus.workingDaysLate(d.getDueDate(), today, calendar) : 0;
        return new Row(d.getSubjectLabel(), d.getDueDate(), late, d.getExecutorLogin());
    }
}
