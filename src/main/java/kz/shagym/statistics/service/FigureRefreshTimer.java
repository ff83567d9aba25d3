package kz.shagym.statistics.service;

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
import java.util.logging.Logger;
import kz.shagym.kernel.service.IntervalTimers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Catches the quality figures up with the cases on a persistent EJB timer (FigureRefresh);
 * the first run, soon after a start, builds them if they were never built.
 */
@Startup
@Singleton
@DependsOn("WorkingDays")
public class FigureRefreshTimer {

    private static final Logger LOG = Logger.getLogger(FigureRefreshTimer.class.getName());
    private static final String INFO = "shagym-figure-refresh";
    private static final long FIRST_RUN_AFTER_START_MS = 10_000;

    @Resource
    private TimerService timers;

    @EJB
    private FigureRefresh refresh;

    @Inject
    @ConfigProperty(name = "shagym.figures.refresh-seconds", defaultValue = "60")
    private long intervalSeconds;

    @PostConstruct
    void schedule() {
        IntervalTimers.replace(timers, INFO, FIRST_RUN_AFTER_START_MS, intervalSeconds);
        LOG.info(() -> "Quality figures catch up every " + intervalSeconds + " s");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run(Timer timer) {
        refresh.catchUp();
    }
}
