package kz.shagym.review.model;

/** What the reasoned answer decides about the complaint (¶4). */
public enum Outcome {
    SATISFIED, PARTLY_SATISFIED, REJECTED
}
