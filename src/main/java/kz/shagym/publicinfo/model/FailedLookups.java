package kz.shagym.publicinfo.model;

import java.time.Duration;
import java.time.Instant;

/**
 * How failed status look-ups from one address are slowed, then refused for a while, so that
 * nobody can try codes until one fits (a code has 50 random bits): the first
 * {@value #FREE} failures cost nothing, so a citizen who mistypes a few times is never held
 * up; from then on each attempt waits twice as long as the one before (2 s, 4 s … up to a
 * minute); at {@value #REFUSED_FROM} failures the address is refused for
 * {@link #FORGOTTEN_AFTER}. Failures are forgotten that long after the last one. A look-up
 * that finds its case does not clear the tally: a valid code must not buy more guesses.
 */
public final class FailedLookups {

    public static final int FREE = 5;
    public static final int REFUSED_FROM = 20;
    public static final Duration FORGOTTEN_AFTER = Duration.ofMinutes(15);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);

    private FailedLookups() {
    }

    /** The failures of one address: how many, and when the last was. */
    public record Tally(int failures, Instant last) {
    }

    /** The tally after one more failure at {@code now}. */
    public static Tally failed(Tally before, Instant now) {
        return forgotten(before, now) ? new Tally(1, now) : new Tally(before.failures() + 1, now);
    }

    /** How long an attempt at {@code now} must still wait; zero when it may go ahead. */
    public static Duration waitBefore(Tally tally, Instant now) {
        if (forgotten(tally, now) || tally.failures() < FREE) {
            return Duration.ZERO;
        }
        Duration pause = tally.failures() >= REFUSED_FROM ? FORGOTTEN_AFTER : pauseAfter(tally.failures());
        Duration left = Duration.between(now, tally.last().plus(pause));
        return left.isNegative() ? Duration.ZERO : left;
    }

    static Duration pauseAfter(int failures) {
        int doublings = Math.min(failures - FREE + 1, 6);
        Duration pause = Duration.ofSeconds(1L << doublings);
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private static boolean forgotten(Tally tally, Instant now) {
        return tally == null || !now.isBefore(tally.last().plus(FORGOTTEN_AFTER));
    }
}
