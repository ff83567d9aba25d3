package kz.shagym.statistics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import kz.shagym.kernel.model.ShippedCalendar;
import kz.shagym.kernel.model.WorkingCalendar;
import kz.shagym.registry.model.ComplaintState;
import kz.shagym.review.model.Outcome;
import org.junit.jupiter.api.Test;

/** Each figure's definition (docs/statistics.md) on cases made by hand, in February 2026: no holiday in it. */
class TallyTest {

    static final WorkingCalendar CALENDAR = ShippedCalendar.get();
    static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
    static final long PROVIDER = 7;
    /** Tuesday; its 5-working-day deadline is Tuesday 10 February. */
    static final LocalDate TUESDAY = LocalDate.of(2026, 2, 3);
    static final LocalDate DEADLINE = LocalDate.of(2026, 2, 10);

    static long ids;

    static CaseFacts answered(LocalDate registered, LocalDate deadline, LocalDate left, Outcome outcome) {
        return new CaseFacts(++ids, "N-" + ids, PROVIDER, "S1", "executor", registered, deadline,
                ComplaintState.ANSWER_SENT, left, outcome, null);
    }

    static CaseFacts open(LocalDate registered, LocalDate deadline) {
        return new CaseFacts(++ids, "N-" + ids, PROVIDER, "S1", "executor", registered, deadline,
                ComplaintState.ASSIGNED, null, null, null);
    }

    static CaseFacts withdrawn(LocalDate registered, LocalDate deadline, LocalDate on) {
        return new CaseFacts(++ids, "N-" + ids, PROVIDER, "S1", "executor", registered, deadline,
                ComplaintState.WITHDRAWN, null, null, on);
    }

    static Figures february(Tally tally) {
        Figures all = new Figures();
        tally.rows().forEach((key, f) -> {
            if (key.month().equals(FEBRUARY)) {
                all.add(f);
            }
        });
        return all;
    }

    @Test
    void anAnswerLeavingOnTheDeadlineDayIsOnTime() {
        Figures f = february(new Tally(CALENDAR).cases(List.of(answered(TUESDAY, DEADLINE, DEADLINE, Outcome.REJECTED))));
        assertEquals(1, f.getAnswered());
        assertEquals(1, f.getAnsweredOnTime());
        assertEquals(1.0, f.getOnTimeRate());
    }

    @Test
    void anAnswerLeavingTheNextWorkingDayIsLate() {
        Figures f = february(new Tally(CALENDAR).cases(List.of(
                answered(TUESDAY, DEADLINE, LocalDate.of(2026, 2, 11), Outcome.REJECTED))));
        assertEquals(1, f.getAnswered());
        assertEquals(0, f.getAnsweredOnTime());
        assertEquals(1, f.getAnsweredLate());
        assertEquals(0.0, f.getOnTimeRate());
    }

    @Test
    void aWithdrawnComplaintIsNeitherOnTimeNorLate() {
        Figures f = february(new Tally(CALENDAR).cases(List.of(
                withdrawn(TUESDAY, DEADLINE, LocalDate.of(2026, 2, 5)),
                answered(TUESDAY, DEADLINE, DEADLINE, Outcome.SATISFIED))));
        assertEquals(2, f.getRegistered());
        assertEquals(1, f.getWithdrawn());
        assertEquals(1, f.getAnswered());
        assertEquals(1, f.getAnsweredOnTime() + f.getAnsweredLate());
        assertEquals(1.0, f.getOnTimeRate());
    }

    @Test
    void withoutAnAnswerThereIsNoRateRatherThanZero() {
        Figures f = february(new Tally(CALENDAR).cases(List.of(open(TUESDAY, DEADLINE))));
        assertEquals(1, f.getRegistered());
        assertNull(f.getOnTimeRate());
        assertNull(f.getMedianWorkingDays());
        assertNull(f.getAppealsPer100());
    }

    @Test
    void theMedianOfWorkingDaysToAnswerInterpolatesBetweenTheMiddleTwo() {
        // Registered Tuesday 3 February: leaving Wednesday is 1 working day, Thursday 2, Friday 3, Monday 4.
        Figures f = february(new Tally(CALENDAR).cases(List.of(
                answered(TUESDAY, DEADLINE, LocalDate.of(2026, 2, 4), Outcome.SATISFIED),
                answered(TUESDAY, DEADLINE, LocalDate.of(2026, 2, 5), Outcome.SATISFIED),
                answered(TUESDAY, DEADLINE, LocalDate.of(2026, 2, 6), Outcome.PARTLY_SATISFIED),
                answered(TUESDAY, DEADLINE, LocalDate.of(2026, 2, 9), Outcome.REJECTED))));
        assertEquals(2.5, f.getMedianWorkingDays());
        assertEquals(3.7, f.getP90WorkingDays(), 1e-9);
        assertEquals(2, f.getSatisfied());
        assertEquals(1, f.getPartlySatisfied());
        assertEquals(1, f.getRejected());
    }

    @Test
    void aCaseCountsInTheMonthOfEachOfItsOwnDates() {
        CaseFacts late = answered(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 6), LocalDate.of(2026, 2, 9),
                Outcome.REJECTED);
        Map<FigureKey, Figures> rows = new Tally(CALENDAR).cases(List.of(late)).rows();
        FigureKey january = new FigureKey(PROVIDER, YearMonth.of(2026, 1), "S1", "executor");
        FigureKey february = new FigureKey(PROVIDER, FEBRUARY, "S1", "executor");
        assertEquals(1, rows.get(january).getRegistered());
        assertEquals(0, rows.get(january).getAnswered());
        assertEquals(0, rows.get(february).getRegistered());
        assertEquals(1, rows.get(february).getAnsweredLate());
    }

    @Test
    void overdueNowIsAnOpenCasePastItsDeadlineDayUnderItsRegistrationMonth() {
        List<CaseFacts> open = List.of(open(TUESDAY, DEADLINE), open(TUESDAY, LocalDate.of(2026, 2, 11)));
        Figures onDeadlineDay = february(new Tally(CALENDAR).overdue(open, DEADLINE));
        Figures dayAfter = february(new Tally(CALENDAR).overdue(open, LocalDate.of(2026, 2, 11)));
        assertEquals(0, onDeadlineDay.getOverdueNow());
        assertEquals(1, dayAfter.getOverdueNow());
    }

    @Test
    void appealsPer100AnswersAndTheShareUpheldOfThoseDecidedOnTheirMerits() {
        LocalDate march = LocalDate.of(2026, 2, 20);
        List<AppealFacts> appeals = List.of(
                new AppealFacts(1, "A-1", PROVIDER, "S1", "executor", TUESDAY, march, Outcome.SATISFIED),
                new AppealFacts(2, "A-2", PROVIDER, "S1", "executor", TUESDAY, march, Outcome.PARTLY_SATISFIED),
                new AppealFacts(3, "A-3", PROVIDER, "S1", "executor", TUESDAY, march, Outcome.REJECTED),
                new AppealFacts(4, "A-4", PROVIDER, "S1", "executor", TUESDAY, march, Outcome.LEFT_WITHOUT_REVIEW),
                new AppealFacts(5, "A-5", PROVIDER, "S1", "executor", TUESDAY, null, null));
        List<CaseFacts> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(answered(TUESDAY, DEADLINE, DEADLINE, Outcome.REJECTED));
        }
        Figures f = february(new Tally(CALENDAR).cases(answers).appeals(appeals));
        assertEquals(5, f.getAppeals());
        assertEquals(50.0, f.getAppealsPer100());
        assertEquals(3, f.getAppealsDecided());
        assertEquals(2, f.getAppealsUpheld());
        assertEquals(2.0 / 3, f.getUpheldShare(), 1e-9);
    }

    @Test
    void instructionsCompliedWithOnTheirDeadlineDayAreOnTime() {
        LocalDate due = LocalDate.of(2026, 2, 20);
        Figures f = february(new Tally(CALENDAR).instructions(List.of(
                new InstructionFacts(1, "A-1", PROVIDER, "S1", "", TUESDAY, due, due),
                new InstructionFacts(2, "A-2", PROVIDER, "S1", "", TUESDAY, due, due.plusDays(3)),
                new InstructionFacts(3, "A-3", PROVIDER, "S1", "", TUESDAY, due, null))));
        assertEquals(3, f.getInstructions());
        assertEquals(1, f.getInstructionsOnTime());
    }

    @Test
    void storedCountsComeBackAsTheyWent() {
        Figures f = february(new Tally(CALENDAR).cases(List.of(
                answered(TUESDAY, DEADLINE, LocalDate.of(2026, 2, 4), Outcome.SATISFIED),
                answered(TUESDAY, DEADLINE, LocalDate.of(2026, 2, 11), Outcome.REJECTED))));
        Figures back = Figures.stored(f.storedCounts(), f.getAnswerDays());
        assertEquals(f.getAnswered(), back.getAnswered());
        assertEquals(f.getAnsweredOnTime(), back.getAnsweredOnTime());
        assertEquals(f.getMedianWorkingDays(), back.getMedianWorkingDays());
        assertEquals("1:1 6:1", back.getAnswerDays());
    }
}
