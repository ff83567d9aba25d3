package kz.shagym.deadlines.model;

/** Where an open deadline stands today: not a state of the case, it follows from the clock. */
public enum DeadlineStatus {
    ON_TRACK, DUE_SOON, OVERDUE, CLOSED
}
