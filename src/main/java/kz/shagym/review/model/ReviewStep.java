package kz.shagym.review.model;

import java.util.Optional;
import java.util.Set;
import kz.shagym.kernel.model.Role;
import kz.shagym.registry.model.CaseStep;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.ComplaintState;

/**
 * The steps of the provider's review (¶4; docs/domain.md, "The life of a complaint"): who takes
 * each; the states it goes from and to are the complaint's own {@link CaseStep}.
 */
public enum ReviewStep {
    /** The head gives the complaint to an executor; again while assigned, to another one. */
    ASSIGN(Role.HEAD, CaseStep.ASSIGN),
    /** The assigned executor drafts the reasoned answer. */
    DRAFT(Role.EXECUTOR, CaseStep.DRAFT),
    /** The head approves the draft and signs the answer. */
    APPROVE(Role.HEAD, CaseStep.APPROVE),
    /** The head sends the draft back to the executor with a comment. */
    RETURN(Role.HEAD, CaseStep.RETURN),
    /** The office records that the approved answer left, by post or handed over. */
    DISPATCH(Role.REGISTRAR, CaseStep.DISPATCH),
    /** The office records the complainant's written withdrawal, while the answer has not left. */
    WITHDRAW(Role.REGISTRAR, CaseStep.WITHDRAW);

    /** Why a step is refused. */
    public enum Refusal {
        WRONG_ROLE, WRONG_STATE, NOT_ASSIGNED
    }

    private final Role role;
    private final CaseStep step;

    ReviewStep(Role role, CaseStep step) {
        this.role = role;
        this.step = step;
    }

    public Role role() {
        return role;
    }

    /** The move of the complaint's life cycle that this step is. */
    public CaseStep step() {
        return step;
    }

    public ComplaintState to() {
        return step.to();
    }

    /**
     * Empty when someone holding {@code roles} may take this step from {@code state}; the role
     * is checked first, the state as the complaint itself will ({@link CaseStep}).
     */
    public Optional<Refusal> refusal(ComplaintState state, Set<Role> roles) {
        if (!roles.contains(role)) {
            return Optional.of(Refusal.WRONG_ROLE);
        }
        return step.allowedFrom(state) ? Optional.empty() : Optional.of(Refusal.WRONG_STATE);
    }

    /**
     * As {@link #refusal(ComplaintState, Set)}, the state and stage judged by the complaint
     * itself ({@link Complaint#canTake}), and then: only the executor it is assigned to
     * drafts its answer.
     */
    public Optional<Refusal> refusal(Complaint complaint, Set<Role> roles, String callerLogin) {
        if (!roles.contains(role)) {
            return Optional.of(Refusal.WRONG_ROLE);
        }
        if (!complaint.canTake(step)) {
            return Optional.of(Refusal.WRONG_STATE);
        }
        if (this == DRAFT && !callerLogin.equals(complaint.getExecutorLogin())) {
            return Optional.of(Refusal.NOT_ASSIGNED);
        }
        return Optional.empty();
    }
}
