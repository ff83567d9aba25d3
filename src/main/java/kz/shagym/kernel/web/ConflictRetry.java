package kz.shagym.kernel.web;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.Serializable;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Runs a call again, up to {@link #ATTEMPTS} times in all, when the database rolled its
 * transaction back for a conflict with another one: chosen as a deadlock's victim, a
 * serialization failure, a lock not granted in time (SQLSTATE class 40, the same in Derby and
 * PostgreSQL). Nothing of the rolled-back try was kept (no record, no number drawn, and no
 * mail: notices leave only after a commit), so the clerk's step is simply taken again; a stale version or a refusal is not a conflict and is
 * answered at once. Under Derby, which locks what it reads, a case written while the figures'
 * refresh reads it is such a conflict.
 *
 * <p>Only a call that began no transaction of its own is retried: inside one, the
 * transaction is lost already and its owner decides.
 */
@Interceptor
@RetriedOnConflict
@Priority(Interceptor.Priority.APPLICATION)
public class ConflictRetry implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ConflictRetry.class.getName());
    static final int ATTEMPTS = 3;

    @AroundInvoke
    Object retried(InvocationContext call) throws Exception {
        return retried(call::proceed, ConflictRetry::noTransaction);
    }

    /**
     * The same for a step a servlet filter takes, which no interceptor wraps (the sign-in
     * filters' audit of a wrong password): taken again on a conflict, under the same rules.
     */
    public static void retried(Runnable step) {
        try {
            retried(() -> {
                step.run();
                return null;
            }, ConflictRetry::noTransaction);
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            // Interrupted in the pause between tries: the step stays untaken, the thread knows why.
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Calls {@code call} until it does not fail for a conflict, or the attempts are used up. */
    static Object retried(Callable<Object> call, BooleanSupplier mayRetry) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.call();
            } catch (Exception failure) {
                String state = conflict(failure);
                if (state == null || attempt == ATTEMPTS || !mayRetry.getAsBoolean()) {
                    throw failure;
                }
                int attemptMade = attempt;
                LOG.log(Level.FINE, () -> "Database conflict (SQLSTATE " + state + "), attempt " + attemptMade + "; trying again");
                // A short random pause, so that two rolled-back transactions do not meet again at once.
                Thread.sleep(ThreadLocalRandom.current().nextLong(10, 60) * attempt);
            }
        }
    }

    /** The SQLSTATE of the conflict that caused {@code failure}, or null when it was none. */
    static String conflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static boolean noTransaction() {
        try {
            TransactionSynchronizationRegistry transactions =
                    InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
            return transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION;
        } catch (NamingException e) {
            return false;
        }
    }
}
