package kz.shagym.deadlines.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import kz.shagym.testing.Http;
import kz.shagym.testing.RestartTest;
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
        writeDeadlineThatPassedWhileDown(label);

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

    /** What a registration would have written, due a week ago, the watch never having seen it. */
    static void writeDeadlineThatPassedWhileDown(String label) throws SQLException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
        LocalDate due = today.minusDays(7);
        boolean derby = !"postgresql".equals(System.getenv("SHAGYM_DB"));
        String url = derby
                ? "jdbc:derby:" + System.getProperty("wlp.home") + "/usr/servers/" + System.getProperty("liberty.server")
                        + "/db/shagym"
                : "jdbc:postgresql://" + env("SHAGYM_DB_HOST", "localhost") + ":" + env("SHAGYM_DB_PORT", "5432") + "/"
                        + env("SHAGYM_DB_NAME", "shagym");
        try (Connection c = derby ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, env("SHAGYM_DB_USER", "shagym"), env("SHAGYM_DB_PASSWORD", ""))) {
            long organisation;
            try (ResultSet r = c.createStatement().executeQuery("SELECT id FROM organisation WHERE code = 'DEMO'")) {
                assertTrue(r.next());
                organisation = r.getLong(1);
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO watched_deadline (subject_type, subject_id, "
                    + "subject_label, organisation_id, due_date, head_login, registered_at, next_check_date, started_on, "
                    + "working_days) VALUES ('Drill', ?, ?, ?, ?, 'head', CURRENT_TIMESTAMP, ?, ?, 5)")) {
                insert.setString(1, label);
                insert.setString(2, label);
                insert.setLong(3, organisation);
                insert.setObject(4, java.sql.Date.valueOf(due));
                insert.setObject(5, java.sql.Date.valueOf(due.minusDays(1)));
                insert.setObject(6, java.sql.Date.valueOf(due.minusDays(9)));
                insert.executeUpdate();
            }
        } finally {
            if (derby) {
                shutDownDerby(url);
            }
        }
    }

    /** Embedded Derby keeps the database locked until it is shut down in this JVM. */
    static void shutDownDerby(String url) {
        try {
            DriverManager.getConnection(url + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a successful shutdown as SQLState 08006.
            if (!"08006".equals(expected.getSQLState())) {
                throw new IllegalStateException(expected);
            }
        }
    }
}
