package kz.shagym.publicinfo.model;

/**
 * The status of a case: its own stage, the appeal against it when there is one (or, for an
 * appeal handed in at the provider, the appeal it was forwarded as), the court stage, and
 * where an answer to be handed over waits (the provider's office, never a person's address).
 */
public record CaseStatus(StageStatus own, StageStatus appeal, CourtStage court, String collectAt) {
}
