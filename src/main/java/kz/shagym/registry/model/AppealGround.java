package kz.shagym.registry.model;

/** What an appeal is about. */
public enum AppealGround {
    /** The provider's answer. */
    ANSWER,
    /** No answer within the provider's term. */
    NO_ANSWER,
    /** The result of the state service itself. */
    SERVICE_RESULT
}
