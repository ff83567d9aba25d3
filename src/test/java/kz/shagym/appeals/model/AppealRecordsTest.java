package kz.shagym.appeals.model;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import kz.shagym.kernel.model.DeadlineStatus;
import kz.shagym.kernel.model.ShippedCalendar;
import kz.shagym.kernel.model.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** The instruction's term and compliance, and the court record, on the shipped calendar. */
class AppealRecordsTest {

    final WorkingCalendar calendar = ShippedCalendar.get();

    /** Issued on Thursday 20 March 2025, the eve of Nauryz: 5 working days skip 21-25 March and the weekend. */
    private ProviderInstruction issued() {
        return new ProviderInstruction(7, 1, 3L, "Re-issue the certificate.", 5, parse("2025-03-20"), calendar);
    }

    @Test
    void theInstructionsTermIsCountedInWorkingDaysFromTheDayTheDecisionLeft() {
        ProviderInstruction i = issued();
        assertEquals(parse("2025-04-01"), i.getDeadline());
        assertEquals(DeadlineStatus.ON_TRACK, i.status(calendar, parse("2025-03-27")));
        assertEquals(DeadlineStatus.DUE_SOON, i.status(calendar, parse("2025-03-31")));
        assertEquals(DeadlineStatus.OVERDUE, i.status(calendar, parse("2025-04-02")));
        assertNull(i.compliedOnTime());
    }

    @Test
    void compliedOnTheDeadlineDayIsOnTimeAndClosesTheTerm() {
        ProviderInstruction i = issued();
        i.complied(parse("2025-04-01"), " Certificate re-issued. ", "head", "Жұмабеков Қ.М.", parse("2025-04-03"));
        assertEquals(Boolean.TRUE, i.compliedOnTime());
        assertEquals("Certificate re-issued.", i.getComplianceNote());
        assertEquals(DeadlineStatus.CLOSED, i.status(calendar, parse("2025-04-10")));
        assertEquals("appeal.error.alreadyComplied", assertThrows(AppealRefused.class,
                () -> i.complied(parse("2025-04-02"), "Again.", "head", "x", parse("2025-04-03"))).getMessageKey());
    }

    @Test
    void complianceTheNextWorkingDayIsLateAndImpossibleDaysAreRefused() {
        ProviderInstruction late = issued();
        late.complied(parse("2025-04-02"), "Done.", "head", "x", parse("2025-04-02"));
        assertEquals(Boolean.FALSE, late.compliedOnTime());
        ProviderInstruction i = issued();
        assertEquals("date", assertThrows(AppealRefused.class,
                () -> i.complied(parse("2025-03-19"), "Done.", "head", "x", parse("2025-04-02"))).getField());
        assertEquals("date", assertThrows(AppealRefused.class,
                () -> i.complied(parse("2025-04-03"), "Done.", "head", "x", parse("2025-04-02"))).getField());
        assertEquals("note", assertThrows(AppealRefused.class,
                () -> i.complied(parse("2025-03-28"), " ", "head", "x", parse("2025-04-02"))).getField());
        assertNull(i.getCompliedOn(), "a refused record changes nothing");
    }

    @Test
    void aCourtCaseFollowsTheDecisionAndIsDecidedOnce() {
        assertEquals("filedOn", assertThrows(AppealRefused.class, () -> new CourtCase(7, "Astana court", parse("2025-03-19"),
                "2-123/25", "x", parse("2025-03-20"), parse("2025-04-02"))).getField());
        CourtCase c = new CourtCase(7, " Astana court ", parse("2025-03-25"), "2-123/25", "x", parse("2025-03-20"),
                parse("2025-04-02"));
        assertEquals("Astana court", c.getCourt());
        assertEquals("result", assertThrows(AppealRefused.class,
                () -> c.decided(null, parse("2025-04-01"), "x", parse("2025-04-02"))).getField());
        c.decided(Judgment.PARTLY, parse("2025-04-01"), "x", parse("2025-04-02"));
        assertEquals(Judgment.PARTLY, c.getJudgment());
        assertEquals("appeal.error.alreadyJudged", assertThrows(AppealRefused.class,
                () -> c.decided(Judgment.UPHELD, parse("2025-04-02"), "x", parse("2025-04-02"))).getMessageKey());
    }
}
