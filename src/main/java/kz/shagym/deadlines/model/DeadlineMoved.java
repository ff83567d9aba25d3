package kz.shagym.deadlines.model;

import java.time.LocalDate;

/**
 * The CDI event fired, inside the administrator's transaction, when a reviewed deadline is
 * moved to the date the changed calendar gives: the module that owns the subject moves its own
 * copy of the date and records it on the case's timeline, or the move rolls back with it.
 */
public record DeadlineMoved(String subjectType, String subjectId, String subjectLabel, LocalDate from, LocalDate to,
                            String reason) {
}
