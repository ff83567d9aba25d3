package kz.shagym.statistics.model;

import java.time.LocalDate;
import kz.shagym.review.model.Outcome;

/**
 * An appeal to the authorized body (¶5) as the figures of the provider it is about see it.
 * It counts against the service and the executor of the provider's case it appeals, when
 * there is one; an appeal against inaction has none and counts under its own service.
 */
public record AppealFacts(long id, String number, long providerId, String serviceCode, String executorLogin,
                          LocalDate registeredOn, LocalDate decidedOn, Outcome outcome) {

    public boolean appealedIn(Period p) {
        return p.contains(registeredOn);
    }

    /**
     * Decided on its merits within the period: the decision left, and it did not leave the
     * appeal without review.
     */
    public boolean decidedIn(Period p) {
        return outcome != null && outcome != Outcome.LEFT_WITHOUT_REVIEW && p.contains(decidedOn);
    }

    /** Decided within the period for the complainant, in whole or in part: the provider was wrong. */
    public boolean upheldIn(Period p) {
        return decidedIn(p) && outcome.upholds();
    }
}
