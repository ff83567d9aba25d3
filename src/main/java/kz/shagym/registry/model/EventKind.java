package kz.shagym.registry.model;

/** A timeline entry that is not a move of the state: what else happened to the case and its chain. */
public enum EventKind {
    /** An appeal about this case was registered (at the authorized body, or to forward). */
    APPEAL_REGISTERED,
    /** The authorized body registered the appeal this office forwarded. */
    APPEAL_RECEIVED,
    /** The authorized body's decision instructs the provider to put things right. */
    INSTRUCTION_ISSUED,
    /** The provider recorded how it complied with the instruction. */
    INSTRUCTION_COMPLIED,
    /** The recipient went to court (¶6). */
    COURT_FILED,
    /** The court decided. */
    COURT_JUDGMENT,
    /** An administrator moved the deadline to the day a changed calendar gives. */
    DEADLINE_MOVED
}
