package kz.shagym.registry.model;

/** How the complainant wants to receive the answer (¶4). */
public enum AnswerDelivery {
    POST, IN_PERSON
}
