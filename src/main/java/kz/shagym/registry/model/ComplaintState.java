package kz.shagym.registry.model;

import java.util.EnumSet;
import java.util.Set;

/** Where a registered complaint stands (docs/domain.md, "The life of a complaint"). */
public enum ComplaintState {
    REGISTERED, ASSIGNED, ANSWER_DRAFTED, ANSWER_APPROVED, ANSWER_SENT, WITHDRAWN,
    /** An appeal received at the provider's office has been sent on to the authorized body. */
    FORWARDED;

    /** States in which the term still runs: the answer has not left (nor the appeal been forwarded). */
    public static final Set<ComplaintState> OPEN = EnumSet.of(REGISTERED, ASSIGNED, ANSWER_DRAFTED, ANSWER_APPROVED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
