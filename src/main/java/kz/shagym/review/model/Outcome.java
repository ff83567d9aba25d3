package kz.shagym.review.model;

/** What the reasoned answer decides about the complaint (¶4), or the authorized body about an appeal (¶5). */
public enum Outcome {
    SATISFIED, PARTLY_SATISFIED, REJECTED,
    /** An appeal the authorized body does not examine (outside its competence, say); the reasoning says why. */
    LEFT_WITHOUT_REVIEW;

    /** Whether the complaint is upheld, in whole or in part. */
    public boolean upholds() {
        return this == SATISFIED || this == PARTLY_SATISFIED;
    }
}
