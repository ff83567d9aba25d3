package kz.shagym.registry.model;

/** Which stage of the procedure a registered complaint belongs to (docs/domain.md, "The life of a complaint"). */
public enum Stage {
    /** A complaint to the service provider, reviewed by it within its term (¶4). */
    PROVIDER,
    /** An appeal registered at the authorized body, reviewed by it within its term (¶5). */
    APPEAL,
    /** An appeal handed in at the provider's office, which forwards it to the authorized body. */
    FORWARDING
}
