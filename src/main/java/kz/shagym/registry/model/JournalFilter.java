package kz.shagym.registry.model;

import java.time.LocalDate;

/**
 * What the journal is narrowed to; every part is optional. {@code complainant} matches the
 * name, representative or IIN/BIN, folded as {@link SearchText} folds; {@code queue} keeps
 * the work waiting for one role.
 */
public record JournalFilter(String number, LocalDate registeredFrom, LocalDate registeredTo, String complainant,
                            ComplaintState state, DeadlineFilter deadline, CaseQueue queue) {

    public static final JournalFilter NONE = new JournalFilter(null, null, null, null, null, null, null);

    public static JournalFilter of(CaseQueue queue) {
        return new JournalFilter(null, null, null, null, null, null, queue);
    }

    /** The deadline states a clerk filters by: not states of the case, but of its clock. */
    public enum DeadlineFilter {
        DUE_SOON, OVERDUE
    }
}
