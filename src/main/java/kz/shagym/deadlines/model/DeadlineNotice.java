package kz.shagym.deadlines.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The CDI event the watch fires when a deadline becomes due soon or overdue; observed after
 * the notice's transaction commits, so that it is announced once.
 */
public record DeadlineNotice(NoticeKind kind, long deadlineId, String subjectType, String subjectId,
                             String subjectLabel, long organisationId, LocalDate dueDate, List<String> recipients) {
}
