package kz.shagym.registry.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The moves a registered complaint can make, from which states and to which one
 * (docs/domain.md, "The life of a complaint"). The complaint refuses any other move
 * ({@link Complaint#take}); who may take each step is the review's rule, which asks here
 * for the states.
 */
public enum CaseStep {
    /** An executor is given the case; again while assigned, another one. */
    ASSIGN(ComplaintState.ASSIGNED, ComplaintState.REGISTERED, ComplaintState.ASSIGNED),
    /** The executor's reasoned answer is ready for the head. */
    DRAFT(ComplaintState.ANSWER_DRAFTED, ComplaintState.ASSIGNED),
    /** The head approved and signed the answer. */
    APPROVE(ComplaintState.ANSWER_APPROVED, ComplaintState.ANSWER_DRAFTED),
    /** The head sent the draft back to the executor. */
    RETURN(ComplaintState.ASSIGNED, ComplaintState.ANSWER_DRAFTED),
    /** The approved answer left, by post or handed over. */
    DISPATCH(ComplaintState.ANSWER_SENT, ComplaintState.ANSWER_APPROVED),
    /** The complainant withdrew the complaint in writing before the answer left. */
    WITHDRAW(ComplaintState.WITHDRAWN, ComplaintState.REGISTERED, ComplaintState.ASSIGNED,
            ComplaintState.ANSWER_DRAFTED, ComplaintState.ANSWER_APPROVED),
    /** The provider's office sent an appeal it received on to the authorized body, with the case file. */
    FORWARD(ComplaintState.FORWARDED, ComplaintState.REGISTERED);

    private final ComplaintState to;
    private final Set<ComplaintState> from;

    CaseStep(ComplaintState to, ComplaintState first, ComplaintState... rest) {
        this.to = to;
        this.from = EnumSet.of(first, rest);
    }

    /**
     * Whether a complaint of {@code stage} ever takes this step: an appeal held for forwarding
     * is only forwarded (or withdrawn); everything else is reviewed and never forwarded.
     */
    public boolean takenIn(Stage stage) {
        return switch (this) {
            case FORWARD -> stage == Stage.FORWARDING;
            case WITHDRAW -> true;
            default -> stage != Stage.FORWARDING;
        };
    }

    public ComplaintState to() {
        return to;
    }

    public boolean allowedFrom(ComplaintState state) {
        return from.contains(state);
    }
}
