package kz.shagym.statistics.model;

import java.io.Serializable;
import java.time.LocalDate;
import kz.shagym.registry.model.ComplaintState;
import kz.shagym.review.model.Outcome;

/**
 * A case behind a figure: its number, dates, state and outcome (an appeal has no state here), never who complained or what about.
 * {@code caseId} is set only where the reader may open the case: a provider's head their
 * provider's cases, the authorized body its appeals.
 */
public record CaseLine(String number, LocalDate registeredOn, LocalDate deadline, LocalDate answeredOn,
                       ComplaintState state, Outcome outcome, Long caseId) implements Serializable {
}
