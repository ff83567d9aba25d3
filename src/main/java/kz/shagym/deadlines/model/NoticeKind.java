package kz.shagym.deadlines.model;

/** The two notices the watch sends for a deadline, each once. */
public enum NoticeKind {
    /** One working day left. */
    DUE_SOON,
    /** The deadline day has ended and the deadline is still open. */
    OVERDUE
}
