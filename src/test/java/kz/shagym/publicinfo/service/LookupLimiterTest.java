package kz.shagym.publicinfo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The tally is kept per address: one address's failures never slow another's. */
class LookupLimiterTest {

    final Clock clock = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    final LookupLimiter limiter = new LookupLimiter(clock);

    @Test
    void eachAddressHasItsOwnTally() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Duration.ZERO, limiter.waitBefore("10.0.0.1"));
            limiter.failed("10.0.0.1");
        }
        assertEquals(Duration.ofSeconds(2), limiter.waitBefore("10.0.0.1"));
        assertEquals(Duration.ZERO, limiter.waitBefore("10.0.0.2"));
        assertEquals(Duration.ZERO, limiter.waitBefore("2001:db8::1"));
    }
}
