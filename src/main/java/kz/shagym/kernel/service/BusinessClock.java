package kz.shagym.kernel.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The one clock for every business date and timestamp. Business dates are dates in
 * Kazakhstan ({@code Asia/Almaty}, UTC+5 since 1 March 2024) whatever zone the JVM runs in.
 * Tests and drills may fix the time; production never does.
 */
@ApplicationScoped
public class BusinessClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    private volatile Clock clock = Clock.system(ZONE);

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZonedDateTime zonedNow() {
        return ZonedDateTime.now(clock);
    }

    /** Fixes the time at the given instant (tests, drills). */
    public void fixAt(Instant instant) {
        clock = Clock.fixed(instant, ZONE);
    }

    /** Back to the system clock. */
    public void useSystemClock() {
        clock = Clock.system(ZONE);
    }
}
