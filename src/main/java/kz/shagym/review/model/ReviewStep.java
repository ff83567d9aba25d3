package kz.shagym.review.model;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import kz.shagym.kernel.model.Role;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.ComplaintState;

/**
 * The steps of the provider's review (¶4; docs/domain.md, "The life of a complaint"): who takes
 * each, from which states, and where it leads. Nothing else moves a complaint.
 */
public enum ReviewStep {
    /** The head gives the complaint to an executor; again while assigned, to another one. */
    ASSIGN(Role.HEAD, ComplaintState.ASSIGNED, ComplaintState.REGISTERED, ComplaintState.ASSIGNED),
    /** The assigned executor drafts the reasoned answer. */
    DRAFT(Role.EXECUTOR, ComplaintState.ANSWER_DRAFTED, ComplaintState.ASSIGNED),
    /** The head approves the draft and signs the answer. */
    APPROVE(Role.HEAD, ComplaintState.ANSWER_APPROVED, ComplaintState.ANSWER_DRAFTED),
    /** The head sends the draft back to the executor with a comment. */
    RETURN(Role.HEAD, ComplaintState.ASSIGNED, ComplaintState.ANSWER_DRAFTED),
    /** The office records that the approved answer left, by post or handed over. */
    DISPATCH(Role.REGISTRAR, ComplaintState.ANSWER_SENT, ComplaintState.ANSWER_APPROVED),
    /** The office records the complainant's written withdrawal, while the answer has not left. */
    WITHDRAW(Role.REGISTRAR, ComplaintState.WITHDRAWN, ComplaintState.REGISTERED, ComplaintState.ASSIGNED,
            ComplaintState.ANSWER_DRAFTED, ComplaintState.ANSWER_APPROVED);

    /** Why a step is refused. */
    public enum Refusal {
        WRONG_ROLE, WRONG_STATE, NOT_ASSIGNED
    }

    private final Role role;
    private final ComplaintState to;
    private final Set<ComplaintState> from;

    ReviewStep(Role role, ComplaintState to, ComplaintState first, ComplaintState... rest) {
        this.role = role;
        this.to = to;
        this.from = EnumSet.of(first, rest);
    }

    public Role role() {
        return role;
    }

    public ComplaintState to() {
        return to;
    }

    /** Empty when someone holding {@code roles} may take this step from {@code state}; the role is checked first. */
    public Optional<Refusal> refusal(ComplaintState state, Set<Role> roles) {
        if (!roles.contains(role)) {
            return Optional.of(Refusal.WRONG_ROLE);
        }
        return from.contains(state) ? Optional.empty() : Optional.of(Refusal.WRONG_STATE);
    }

    /**
     * As {@link #refusal(ComplaintState, Set)} for the complaint's state, and then: only the
     * executor it is assigned to drafts its answer.
     */
    public Optional<Refusal> refusal(Complaint complaint, Set<Role> roles, String callerLogin) {
        Optional<Refusal> refusal = refusal(complaint.getState(), roles);
        if (refusal.isEmpty() && this == DRAFT && !callerLogin.equals(complaint.getExecutorLogin())) {
            return Optional.of(Refusal.NOT_ASSIGNED);
        }
        return refusal;
    }
}
