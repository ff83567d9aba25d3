package kz.shagym.deadlines.model;

/** The notices about a deadline: the watch sends the first two once each; a review sends the third. */
public enum NoticeKind {
    /** One working day left. */
    DUE_SOON,
    /** The deadline day has ended and the deadline is still open. */
    OVERDUE,
    /** An administrator moved the deadline to the day a changed calendar gives. */
    MOVED
}
