package kz.shagym.deadlines.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.shagym.kernel.service.IntervalTimers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drives the deadline watch with a persistent EJB timer, kept in Shagym's database by
 * Liberty: it survives restarts, and after downtime the first run comes within seconds of
 * the start, catching up at once on whatever passed meanwhile.
 */
@Startup
@Singleton
@DependsOn("WorkingDays")
public class DeadlineWatchTimer {

    private static final Logger LOG = Logger.getLogger(DeadlineWatchTimer.class.getName());
    private static final String INFO = "shagym-deadline-watch";
    private static final long FIRST_RUN_AFTER_START_MS = 5_000;

    @Resource
    private TimerService timers;

    @EJB
    private DeadlineWatch watch;

    @Inject
    @ConfigProperty(name = "shagym.deadline-watch.interval-seconds", defaultValue = "300")
    private long intervalSeconds;

    @PostConstruct
    void schedule() {
        IntervalTimers.replace(timers, INFO, FIRST_RUN_AFTER_START_MS, intervalSeconds);
        LOG.info(() -> "Deadline watch runs every " + intervalSeconds + " s");
    }

    /**
     * A run that fails is logged and left to the next one: were the failure to reach Liberty,
     * it would hold the timer back for its retry interval (a minute) instead of the watch's own.
     */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run(Timer timer) {
        try {
            watch.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deadline watch run failed; the next run tries again", e);
        }
    }
}
