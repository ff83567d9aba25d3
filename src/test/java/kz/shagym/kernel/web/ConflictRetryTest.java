package kz.shagym.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConflictRetryTest {

    /** What a service call throws when Derby chose its transaction as a deadlock's victim. */
    static EJBException deadlockVictim() {
        return new EJBException(new PersistenceException(
                new SQLTransactionRollbackException("A lock could not be obtained due to a deadlock", "40001")));
    }

    /** A call that fails with each of {@code failures} in turn, then answers "done". */
    static Callable<Object> failing(AtomicInteger calls, RuntimeException... failures) {
        return () -> {
            int call = calls.getAndIncrement();
            if (call < failures.length) {
                throw failures[call];
            }
            return "done";
        };
    }

    @Test
    void aDeadlockVictimIsRunAgainAndItsAnswerReturned() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        assertEquals("done", ConflictRetry.retried(failing(calls, deadlockVictim()), () -> true));
        assertEquals(2, calls.get());
    }

    @Test
    void postgresqlDeadlocksAndSerializationFailuresAndDerbyLockTimeoutsAreConflicts() {
        for (String state : new String[] {"40P01", "40001", "40XL1", "40XL2"}) {
            assertEquals(state, ConflictRetry.conflict(new EJBException(new PersistenceException(new SQLException("x", state)))));
        }
    }

    @Test
    void otherFailuresAreAnsweredAtOnce() {
        for (RuntimeException other : new RuntimeException[] {
                new EJBException(new PersistenceException(new SQLException("value too long", "22001"))),
                new EJBException(new OptimisticLockException("stale")),
                new IllegalStateException("a bug"),
                new EJBException(new PersistenceException(new SQLException("no state")))}) {
            assertNull(ConflictRetry.conflict(other));
            AtomicInteger calls = new AtomicInteger();
            assertSame(other, assertThrows(RuntimeException.class,
                    () -> ConflictRetry.retried(failing(calls, other), () -> true)));
            assertEquals(1, calls.get(), other.toString());
        }
    }

    @Test
    void afterThreeConflictsTheLastOneIsThrown() {
        AtomicInteger calls = new AtomicInteger();
        EJBException last = deadlockVictim();
        assertSame(last, assertThrows(EJBException.class, () -> ConflictRetry.retried(
                failing(calls, deadlockVictim(), deadlockVictim(), last, deadlockVictim()), () -> true)));
        assertEquals(ConflictRetry.ATTEMPTS, calls.get());
    }

    @Test
    void insideATransactionNothingIsRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(EJBException.class, () -> ConflictRetry.retried(failing(calls, deadlockVictim()), () -> false));
        assertEquals(1, calls.get());
    }
}
