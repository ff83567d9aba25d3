package kz.shagym.publicinfo.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import kz.shagym.publicinfo.model.FailedLookups.Tally;
import org.junit.jupiter.api.Test;

/** Failed status look-ups: free at first, then slowed, then refused for a while, then forgotten. */
class FailedLookupsTest {

    static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    static Tally failures(int n, Instant last) {
        Tally t = null;
        for (int i = 0; i < n; i++) {
            t = FailedLookups.failed(t, last);
        }
        return t;
    }

    @Test
    void aCitizenWhoMistypesAFewTimesIsNeverHeldUp() {
        for (int n = 0; n < FailedLookups.FREE; n++) {
            assertEquals(Duration.ZERO, FailedLookups.waitBefore(failures(n, T0), T0), n + " failures");
        }
    }

    @Test
    void fromTheFifthFailureEachAttemptWaitsTwiceAsLongUpToAMinute() {
        assertEquals(Duration.ofSeconds(2), FailedLookups.waitBefore(failures(5, T0), T0));
        assertEquals(Duration.ofSeconds(4), FailedLookups.waitBefore(failures(6, T0), T0));
        assertEquals(Duration.ofSeconds(8), FailedLookups.waitBefore(failures(7, T0), T0));
        assertEquals(Duration.ofSeconds(60), FailedLookups.waitBefore(failures(12, T0), T0));
        assertEquals(Duration.ofSeconds(60), FailedLookups.waitBefore(failures(19, T0), T0));
    }

    @Test
    void theWaitRunsFromTheLastFailure() {
        Tally five = failures(5, T0);
        assertEquals(Duration.ofMillis(500), FailedLookups.waitBefore(five, T0.plusMillis(1500)));
        assertEquals(Duration.ZERO, FailedLookups.waitBefore(five, T0.plusSeconds(2)));
    }

    @Test
    void atTwentyFailuresTheAddressIsRefusedForFifteenMinutes() {
        Tally twenty = failures(FailedLookups.REFUSED_FROM, T0);
        assertEquals(Duration.ofMinutes(15), FailedLookups.waitBefore(twenty, T0));
        assertEquals(Duration.ofMinutes(5), FailedLookups.waitBefore(twenty, T0.plus(Duration.ofMinutes(10))));
    }

    @Test
    void failuresAreForgottenFifteenMinutesAfterTheLast() {
        Tally twenty = failures(FailedLookups.REFUSED_FROM, T0);
        Instant later = T0.plus(FailedLookups.FORGOTTEN_AFTER);
        assertEquals(Duration.ZERO, FailedLookups.waitBefore(twenty, later));
        assertEquals(1, FailedLookups.failed(twenty, later).failures(), "counting starts again");
        assertEquals(21, FailedLookups.failed(twenty, later.minusSeconds(1)).failures());
    }

    @Test
    void guessingTenThousandCodesWouldTakeYears() {
        // At one attempt a minute at best once slowed, and a quarter-hour pause every twenty:
        // 2^50 codes are out of reach; even 10,000 guesses cost days.
        Instant now = T0;
        Tally t = null;
        for (int i = 0; i < 10_000; i++) {
            now = now.plus(FailedLookups.waitBefore(t, now));
            t = FailedLookups.failed(t, now);
        }
        assertTrue(Duration.between(T0, now).toDays() >= 5, Duration.between(T0, now).toString());
    }
}
