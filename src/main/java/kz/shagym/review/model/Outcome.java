package kz.shagym.review.model;

import kz.shagym.registry.model.Stage;

/** What the reasoned answer decides about the complaint (¶4), or the authorized body about an appeal (¶5). */
public enum Outcome {
    SATISFIED, PARTLY_SATISFIED, REJECTED,
    /** An appeal the authorized body does not examine (outside its competence, say); the reasoning says why. */
    LEFT_WITHOUT_REVIEW;

    /** Whether a decision at {@code stage} may have this outcome: leaving without review is the authorized body's. */
    public boolean allowedIn(Stage stage) {
        return this != LEFT_WITHOUT_REVIEW || stage == Stage.APPEAL;
    }

    /** The outcomes a decision at {@code stage} chooses from. */
    public static java.util.List<Outcome> of(Stage stage) {
        return java.util.Arrays.stream(values()).filter(o -> o.allowedIn(stage)).toList();
    }

    /** Whether the complaint is upheld, in whole or in part. */
    public boolean upholds() {
        return this == SATISFIED || this == PARTLY_SATISFIED;
    }
}
