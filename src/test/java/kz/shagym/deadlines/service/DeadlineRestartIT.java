package kz.shagym.deadlines.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.UUID;
import kz.shagym.testing.Http;
import kz.shagym.testing.RestartTest;
import kz.shagym.testing.TestDatabase;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Downtime: a deadline passes while the server is stopped (written straight into the
 * database then), and within a minute of the restart the watch has marked it overdue.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineRestartIT extends RestartTest {


    @Test
    void aDeadlineThatPassedWhileTheServerWasDownIsOverdueWithinAMinuteOfTheRestart() throws Exception {
        controller.start(CONTAINER);
        deployer.deploy(APP); // schema and demo data in place
        deployer.undeploy(APP);
        controller.stop(CONTAINER);

        String label = "DOWN-" + UUID.randomUUID().toString().substring(0, 8);
        try (TestDatabase db = TestDatabase.open()) {
            db.deadlinesThatPassedUnseen(List.of(label));
        }

        controller.start(CONTAINER);
        long restarted = System.currentTimeMillis();
        deployer.deploy(APP);
        try {
            String notified = "none";
            while ("none".equals(notified) && System.currentTimeMillis() - restarted < 60_000) {
                Thread.sleep(1000);
                var r = Http.get("/api/test-drill/overdue/" + label, null, null, null);
                assertEquals(200, r.statusCode(), r.body());
                notified = r.body();
            }
            assertNotEquals("none", notified, "overdue within a minute of the restart");
        } finally {
            deployer.undeploy(APP);
            controller.stop(CONTAINER);
        }
    }
}
