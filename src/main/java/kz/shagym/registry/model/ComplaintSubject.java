package kz.shagym.registry.model;

/** What the complaint is about: a decision, an action or an inaction of the provider or an official. */
public enum ComplaintSubject {
    DECISION, ACTION, INACTION
}
