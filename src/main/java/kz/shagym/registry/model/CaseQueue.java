package kz.shagym.registry.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The work waiting for one role: the head's inbox (new complaints to assign, answers to
 * approve), the executor's own cases, and the registrar's approved answers to send.
 */
public enum CaseQueue {
    INBOX(EnumSet.of(ComplaintState.REGISTERED, ComplaintState.ANSWER_DRAFTED), false),
    MINE(EnumSet.of(ComplaintState.ASSIGNED, ComplaintState.ANSWER_DRAFTED, ComplaintState.ANSWER_APPROVED), true),
    TO_DISPATCH(EnumSet.of(ComplaintState.ANSWER_APPROVED), false);

    private final Set<ComplaintState> states;
    private final boolean callersOwn;

    CaseQueue(Set<ComplaintState> states, boolean callersOwn) {
        this.states = states;
        this.callersOwn = callersOwn;
    }

    public Set<ComplaintState> states() {
        return states;
    }

    /** Only the cases assigned to the caller. */
    public boolean callersOwn() {
        return callersOwn;
    }
}
