package kz.shagym.statistics.model;

import java.time.LocalDate;
import kz.shagym.kernel.model.InvalidInput;
import kz.shagym.kernel.model.WorkingCalendar;

/**
 * A figure one can open to see the cases behind it. Each asks the facts the question the
 * tally counts by, so the list has exactly as many cases as the figure says.
 */
public enum Figure {
    REGISTERED, ANSWERED, ANSWERED_ON_TIME, ANSWERED_LATE, OVERDUE_NOW, WITHDRAWN, APPEALS, APPEALS_UPHELD;

    /** Whether the provider's case counts in this figure over {@code p}; appeals are asked by {@link #counts(AppealFacts, Period)}. */
    public boolean counts(CaseFacts c, Period p, LocalDate today, WorkingCalendar calendar) {
        return switch (this) {
            case REGISTERED -> c.registeredIn(p);
            case ANSWERED -> c.answeredIn(p);
            case ANSWERED_ON_TIME -> c.answeredOnTimeIn(p);
            case ANSWERED_LATE -> c.answeredLateIn(p);
            case OVERDUE_NOW -> c.overdueNow(p, today, calendar);
            case WITHDRAWN -> c.withdrawnIn(p);
            case APPEALS, APPEALS_UPHELD -> false;
        };
    }

    public boolean counts(AppealFacts a, Period p) {
        return switch (this) {
            case APPEALS -> a.appealedIn(p);
            case APPEALS_UPHELD -> a.upheldIn(p);
            default -> false;
        };
    }

    /** Whether the cases behind it are appeals rather than the provider's own. */
    public boolean isAboutAppeals() {
        return this == APPEALS || this == APPEALS_UPHELD;
    }

    public static Figure parse(String text) {
        for (Figure f : values()) {
            if (f.name().replace("_", "").equalsIgnoreCase(text == null ? "" : text.strip().replace("_", ""))) {
                return f;
            }
        }
        throw new InvalidInput("figure", "statistics.error.figure");
    }
}
