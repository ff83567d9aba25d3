package kz.shagym.publicinfo.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import kz.shagym.publicinfo.model.FailedLookups;
import kz.shagym.publicinfo.model.FailedLookups.Tally;

/**
 * The tally of failed status look-ups per client address ({@link FailedLookups} says what it
 * costs). Kept in this server's memory, bounded and forgotten after the rule's window: a
 * restart or another server of a cluster starts from nothing, which costs an attacker at most
 * one more window. Real time, not the business clock: this is about requests, not deadlines.
 */
@ApplicationScoped
public class LookupLimiter {

    /** More addresses than this at once are an attack of their own; the oldest tallies go first. */
    static final int ADDRESSES = 200_000;

    private final Clock clock;
    private final Cache<String, Tally> tallies = Caffeine.newBuilder()
            .maximumSize(ADDRESSES).expireAfterWrite(FailedLookups.FORGOTTEN_AFTER).build();

    public LookupLimiter() {
        this(Clock.systemUTC());
    }

    LookupLimiter(Clock clock) {
        this.clock = clock;
    }

    /** How long a look-up from {@code address} must wait; zero when it may go ahead. */
    public Duration waitBefore(String address) {
        return FailedLookups.waitBefore(tallies.getIfPresent(address), clock.instant());
    }

    public void failed(String address) {
        tallies.asMap().compute(address, (a, before) -> FailedLookups.failed(before, clock.instant()));
    }

    /** As after a restart (the tests' drill calls it: their classes share one deployment). */
    void forgetAll() {
        tallies.invalidateAll();
    }
}
