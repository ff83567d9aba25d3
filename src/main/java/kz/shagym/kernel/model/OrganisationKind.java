package kz.shagym.kernel.model;

/** What an organisation is in the procedure. */
public enum OrganisationKind {
    /** A state-service provider: receives and reviews complaints (¶1–¶4). */
    SERVICE_PROVIDER,
    /** The authorized body for the quality of state services: reviews appeals (¶5). */
    AUTHORIZED_BODY,
    /** The unified contact centre 1414 (¶7, ¶9). */
    CONTACT_CENTRE,
    /** The IT department that runs Shagym. */
    ADMINISTRATION
}
