package kz.shagym.deadlines.model;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import kz.shagym.kernel.model.CalendarEntry;
import kz.shagym.kernel.model.DayKind;
import kz.shagym.kernel.model.DeadlineStatus;
import kz.shagym.kernel.model.LocalizedText;
import kz.shagym.kernel.model.ShippedCalendar;
import kz.shagym.kernel.model.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** When the watch looks at a deadline, and which notice is due then. */
class WatchedDeadlineTest {

    final WorkingCalendar calendar = ShippedCalendar.get();

    /** Registered 2025-03-20, due 2025-04-01 (Nauryz in between). */
    WatchedDeadline nauryzCase() {
        return new WatchedDeadline("Complaint", "1", "ЖТ-2025-000001", 1, parse("2025-03-20"), 5, "head",
                Instant.parse("2025-03-20T05:00:00Z"), calendar);
    }

    @Test
    void dueSoonFromTheLastWorkingDayBeforeTheDeadline() {
        WatchedDeadline d = nauryzCase();
        assertEquals(parse("2025-03-31"), d.getNextCheck());
        assertEquals(DeadlineStatus.ON_TRACK, d.status(parse("2025-03-28"), calendar));
        assertEquals(Optional.empty(), d.noticeDue(parse("2025-03-28"), calendar));
        assertEquals(DeadlineStatus.DUE_SOON, d.status(parse("2025-03-31"), calendar));
        assertEquals(Optional.of(NoticeKind.DUE_SOON), d.noticeDue(parse("2025-03-31"), calendar));
    }

    @Test
    void aDeadlineAfterAWeekendIsDueSoonFromTheFriday() {
        WatchedDeadline d = new WatchedDeadline("Complaint", "2", "x", 1, parse("2025-11-17"), 5, "head",
                Instant.parse("2025-11-17T05:00:00Z"), calendar);
        assertEquals(parse("2025-11-24"), d.getDueDate());
        assertEquals(parse("2025-11-21"), d.getNextCheck());
        assertEquals(DeadlineStatus.DUE_SOON, d.status(parse("2025-11-22"), calendar));
    }

    @Test
    void eachNoticeOnceThenTheWatchLooksNoMore() {
        WatchedDeadline d = nauryzCase();
        d.noticeSent(NoticeKind.DUE_SOON, Instant.now(), calendar);
        assertEquals(Optional.empty(), d.noticeDue(parse("2025-04-01"), calendar), "the deadline day itself is not overdue");
        assertEquals(parse("2025-04-02"), d.getNextCheck(), "overdue once the deadline day has ended");
        assertEquals(Optional.of(NoticeKind.OVERDUE), d.noticeDue(parse("2025-04-02"), calendar));
        d.noticeSent(NoticeKind.OVERDUE, Instant.now(), calendar);
        assertEquals(Optional.empty(), d.noticeDue(parse("2025-04-10"), calendar));
        assertNull(d.getNextCheck());
        assertEquals(DeadlineStatus.OVERDUE, d.status(parse("2025-04-10"), calendar));
    }

    @Test
    void aWatchThatWasDownSendsOverdueAloneNotALateDueSoon() {
        WatchedDeadline d = nauryzCase();
        assertEquals(Optional.of(NoticeKind.OVERDUE), d.noticeDue(parse("2025-04-03"), calendar));
        d.noticeSent(NoticeKind.OVERDUE, Instant.now(), calendar);
        assertTrue(d.noticeDue(parse("2025-04-03"), calendar).isEmpty());
        assertNull(d.getNextCheck());
    }

    @Test
    void aCalendarChangeAfterwardsIsReportedNotApplied() {
        WatchedDeadline d = nauryzCase();
        assertEquals(Optional.empty(), d.recomputedDueDate(calendar));
        WorkingCalendar changed = ShippedCalendar.with(new CalendarEntry(parse("2025-03-27"), DayKind.TRANSFER,
                parse("2025-03-29"), new LocalizedText("Сынақ", null, null)));
        assertEquals(Optional.of(parse("2025-04-02")), d.recomputedDueDate(changed));
        assertEquals(parse("2025-04-01"), d.getDueDate(), "the deadline set is not moved");
    }

    @Test
    void aClosedDeadlineIsNeverDue() {
        WatchedDeadline d = nauryzCase();
        d.close(Instant.now());
        assertEquals(Optional.empty(), d.noticeDue(parse("2025-05-01"), calendar));
        assertEquals(DeadlineStatus.CLOSED, d.status(parse("2025-05-01"), calendar));
        assertNull(d.getNextCheck());
    }

    @Test
    void aCalendarChangeIsListedThenAppliedOrKeptByDecisionOnly() {
        WatchedDeadline d = nauryzCase();
        d.noticeSent(NoticeKind.DUE_SOON, Instant.now(), calendar);
        assertEquals(Optional.empty(), d.recomputedDueDate(calendar));
        WorkingCalendar changed = ShippedCalendar.with(new CalendarEntry(parse("2025-03-27"), DayKind.HOLIDAY, null,
                new LocalizedText("Сынақ", null, null)));
        assertEquals(Optional.of(parse("2025-04-02")), d.recomputedDueDate(changed));
        assertEquals(parse("2025-04-01"), d.getDueDate(), "listed, not moved");

        assertEquals(parse("2025-04-02"), d.keepAgainstRecomputed(changed));
        assertEquals(Optional.empty(), d.recomputedDueDate(changed), "kept: not listed again");
        assertEquals(parse("2025-04-01"), d.getDueDate());
        WorkingCalendar changedAgain = ShippedCalendar.with(new CalendarEntry(parse("2025-03-27"), DayKind.HOLIDAY, null,
                new LocalizedText("Сынақ", null, null)), new CalendarEntry(parse("2025-03-28"), DayKind.HOLIDAY, null,
                new LocalizedText("Сынақ", null, null)));
        assertEquals(Optional.of(parse("2025-04-03")), d.recomputedDueDate(changedAgain), "another date: listed again");

        assertEquals(parse("2025-04-03"), d.moveToRecomputed(changedAgain));
        assertEquals(parse("2025-04-03"), d.getDueDate());
        assertEquals(Optional.empty(), d.recomputedDueDate(changedAgain));
        assertEquals(Optional.of(NoticeKind.DUE_SOON), d.noticeDue(parse("2025-04-02"), changedAgain),
                "the notices start again from the new date");
        assertThrows(IllegalStateException.class, () -> d.moveToRecomputed(changedAgain), "nothing left to move");
    }
}
