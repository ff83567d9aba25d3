package kz.shagym.deadlines.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.shagym.deadlines.service.DeadlineReview;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.kernel.web.ScreenMessages;

/**
 * Open deadlines that the calendar, as changed since they were set, would put on another
 * day: for each, an administrator applies the new date or keeps the old one, with a reason.
 */
@Named
@ViewScoped
@RetriedOnConflict
public class DeadlineReviewView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "review";

    @EJB
    private DeadlineReview review;

    @Inject
    private ScreenMessages messages;

    private List<Row> rows;
    private final Map<Long, String> reasons = new HashMap<>();

    public record Row(long id, String subject, LocalDate startedOn, int workingDays, LocalDate dueDate,
                      LocalDate recomputed) implements Serializable {
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = review.pending().stream()
                    .map(p -> new Row(p.deadline().getId(), p.deadline().getSubjectLabel(), p.deadline().getStartedOn(),
                            p.deadline().getWorkingDays(), p.deadline().getDueDate(), p.recomputed()))
                    .toList();
        }
        return rows;
    }

    /** The reason typed for each row, by the deadline's id. */
    public Map<Long, String> getReasons() {
        return reasons;
    }

    public String apply(long id) {
        return messages.take(FORM, () -> review.apply(id, reasons.get(id)), "deadlineReview.done.applied",
                "/admin/deadline-review?faces-redirect=true");
    }

    public String keep(long id) {
        return messages.take(FORM, () -> review.keep(id, reasons.get(id)), "deadlineReview.done.kept",
                "/admin/deadline-review?faces-redirect=true");
    }
}
