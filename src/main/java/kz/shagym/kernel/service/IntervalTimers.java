package kz.shagym.kernel.service;

import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;

/**
 * The one persistent interval timer of a watch. Liberty keeps persistent timers in the
 * database across restarts; a start replaces the one an earlier start stored, so a changed
 * interval takes effect and no second timer piles up.
 */
public final class IntervalTimers {

    private IntervalTimers() {
    }

    /** Replaces the timer of {@code info}: first run {@code firstRunMs} after now, then every {@code intervalSeconds}. */
    public static void replace(TimerService timers, String info, long firstRunMs, long intervalSeconds) {
        for (Timer t : timers.getTimers()) {
            if (info.equals(t.getInfo())) {
                t.cancel();
            }
        }
        timers.createIntervalTimer(firstRunMs, intervalSeconds * 1000, new TimerConfig(info, true));
    }
}
