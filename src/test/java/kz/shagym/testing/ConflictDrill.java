package kz.shagym.testing;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLTransactionRollbackException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import kz.shagym.kernel.service.SignIns;
import kz.shagym.kernel.web.RetriedOnConflict;

/**
 * Test-only (never in the shipped WAR): a service call that writes a row and is then rolled
 * back as a deadlock's victim would be, the first {@code conflicts} times, for ConflictRetryIT.
 */
@Stateless
public class ConflictDrill {

    private static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

    @EJB
    SignIns signIns;

    @PersistenceContext
    EntityManager em;

    /** Revokes the sign-in "label/attempt", then fails while attempts ≤ conflicts; answers the attempt that held. */
    public int revoke(String label, int conflicts) {
        int attempt = ATTEMPTS.computeIfAbsent(label, l -> new AtomicInteger()).incrementAndGet();
        signIns.revoke(label + "/" + attempt);
        em.flush();
        if (attempt <= conflicts) {
            throw new PersistenceException("drill", new SQLTransactionRollbackException(
                    "drill: chosen as a deadlock's victim", "40001"));
        }
        return attempt;
    }

    /** How many times {@link #revoke} ran for the label. */
    public int attempts(String label) {
        return ATTEMPTS.getOrDefault(label, new AtomicInteger()).get();
    }

    /** A web bean's call of the drill, as a screen or resource calls a service. */
    @Dependent
    @RetriedOnConflict
    public static class Caller {

        @EJB
        ConflictDrill drill;

        public int revoke(String label, int conflicts) {
            return drill.revoke(label, conflicts);
        }
    }
}
