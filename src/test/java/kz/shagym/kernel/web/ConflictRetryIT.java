package kz.shagym.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.UUID;
import kz.shagym.kernel.service.SignIns;
import kz.shagym.testing.ConflictDrill;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: a web bean's call that the database rolls back for a conflict is made again
 * by ConflictRetry, as is a servlet filter's step, and what the failed tries wrote is gone; a
 * call inside a transaction the caller began is not retried.
 */
@ExtendWith(ArquillianExtension.class)
class ConflictRetryIT {

    @Inject
    ConflictDrill.Caller caller;

    @EJB
    ConflictDrill drill;

    @EJB
    SignIns signIns;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    static String label() {
        return "conflict-drill-" + UUID.randomUUID();
    }

    @Test
    void twoConflictsAreRetriedAndOnlyTheThirdTryIsKept() {
        String label = label();
        assertEquals(3, caller.revoke(label, 2));
        assertFalse(signIns.isRevoked(label + "/1"), "the first try was rolled back");
        assertFalse(signIns.isRevoked(label + "/2"), "the second try was rolled back");
        assertTrue(signIns.isRevoked(label + "/3"));
    }

    @Test
    void aFiltersStepIsRetriedTheSameWay() {
        String label = label();
        ConflictRetry.retried(() -> drill.revoke(label, 2));
        assertEquals(3, drill.attempts(label));
        assertFalse(signIns.isRevoked(label + "/1"));
        assertTrue(signIns.isRevoked(label + "/3"));
    }

    @Test
    void afterThreeConflictsTheCallerGetsTheFailureAndNothingIsKept() {
        String label = label();
        EJBException failure = assertThrows(EJBException.class, () -> caller.revoke(label, 3));
        assertEquals("40001", ConflictRetry.conflict(failure));
        assertEquals(ConflictRetry.ATTEMPTS, drill.attempts(label));
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertFalse(signIns.isRevoked(label + "/" + attempt));
        }
    }

    @Test
    void aCallInsideTheCallersTransactionIsNotRetried() throws Exception {
        String label = label();
        transaction.begin();
        try {
            assertThrows(EJBException.class, () -> caller.revoke(label, 1));
        } finally {
            transaction.rollback();
        }
        assertEquals(1, drill.attempts(label));
    }
}
