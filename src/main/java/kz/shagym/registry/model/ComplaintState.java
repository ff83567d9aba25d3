package kz.shagym.registry.model;

import java.util.EnumSet;
import java.util.Set;

/** Where a complaint stands at the provider (docs/domain.md, "The life of a complaint"). */
public enum ComplaintState {
    REGISTERED, ASSIGNED, ANSWER_DRAFTED, ANSWER_APPROVED, ANSWER_SENT, WITHDRAWN;

    /** States in which the provider's term still runs: the answer has not left. */
    public static final Set<ComplaintState> OPEN = EnumSet.of(REGISTERED, ASSIGNED, ANSWER_DRAFTED, ANSWER_APPROVED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
