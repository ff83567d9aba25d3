package kz.shagym.statistics.model;

import java.time.LocalDate;
import java.util.OptionalInt;
import kz.shagym.kernel.model.DeadlineStatus;
import kz.shagym.kernel.model.WorkingCalendar;
import kz.shagym.registry.model.ComplaintState;
import kz.shagym.review.model.Outcome;

/**
 * A provider's case as the figures see it: its dates, its state and the outcome of its
 * answer; never who complained or what about. Each figure is one of the questions below,
 * asked of a period: the monthly tally and the drill-down to the cases ask the same ones.
 */
public record CaseFacts(long id, String number, long organisationId, String serviceCode, String executorLogin,
                        LocalDate registeredOn, LocalDate deadline, ComplaintState state, LocalDate answerLeftOn,
                        Outcome outcome, LocalDate withdrawnOn) {

    public boolean registeredIn(Period p) {
        return p.contains(registeredOn);
    }

    /** The answer left within the period (a withdrawn case has no answer). */
    public boolean answeredIn(Period p) {
        return state == ComplaintState.ANSWER_SENT && p.contains(answerLeftOn);
    }

    /** Answered within the period, on or before the deadline day. */
    public boolean answeredOnTimeIn(Period p) {
        return answeredIn(p) && DeadlineStatus.metBy(answerLeftOn, deadline);
    }

    /** Answered within the period, after the deadline day. */
    public boolean answeredLateIn(Period p) {
        return answeredIn(p) && !DeadlineStatus.metBy(answerLeftOn, deadline);
    }

    public boolean withdrawnIn(Period p) {
        return state == ComplaintState.WITHDRAWN && p.contains(withdrawnOn);
    }

    /** Registered within the period and, today, still open past its deadline. */
    public boolean overdueNow(Period p, LocalDate today, WorkingCalendar calendar) {
        return registeredIn(p) && state.isOpen() && DeadlineStatus.of(deadline, today, calendar) == DeadlineStatus.OVERDUE;
    }

    public boolean answeredWith(Outcome o, Period p) {
        return answeredIn(p) && outcome == o;
    }

    /**
     * Working days from registration to the answer leaving (the registration day does not
     * count, the day the answer left does); empty before the answer left or where the
     * calendar does not reach.
     */
    public OptionalInt workingDaysToAnswer(WorkingCalendar calendar) {
        if (state != ComplaintState.ANSWER_SENT || answerLeftOn == null
                || !calendar.covers(registeredOn) || !calendar.covers(answerLeftOn)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(calendar.workingDaysLeft(registeredOn, answerLeftOn));
    }
}
