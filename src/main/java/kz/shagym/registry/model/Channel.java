package kz.shagym.registry.model;

/** How the paper complaint reached the office (¶2). */
public enum Channel {
    POST, IN_PERSON
}
