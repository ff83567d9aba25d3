package kz.shagym.kernel.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Seals new audit records into the audit chain on a persistent EJB timer, which fails over with the others. */
@Startup
@Singleton
public class AuditSealTimer {

    private static final Logger LOG = Logger.getLogger(AuditSealTimer.class.getName());
    private static final String INFO = "shagym-audit-seal";
    private static final long FIRST_RUN_AFTER_START_MS = 15_000;

    @Resource
    private TimerService timers;

    @EJB
    private AuditSeal seal;

    @Inject
    @ConfigProperty(name = "shagym.audit.seal-seconds", defaultValue = "30")
    private long intervalSeconds;

    @PostConstruct
    void schedule() {
        IntervalTimers.replace(timers, INFO, FIRST_RUN_AFTER_START_MS, intervalSeconds);
        LOG.info(() -> "Audit records are sealed into the chain every " + intervalSeconds + " s");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run(Timer timer) {
        seal.sealAll();
    }
}
