package kz.shagym.appeals.model;

/** What the court decided about the decision it was asked to review (¶6). */
public enum Judgment {
    /** The decision stands. */
    UPHELD,
    /** The decision is overturned. */
    OVERTURNED,
    /** The decision is overturned in part. */
    PARTLY
}
