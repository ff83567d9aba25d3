package kz.shagym.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.shagym.kernel.service.BusinessClock;

/**
 * The tests' server's own database, opened from the test to write what only a crash or an
 * outage leaves behind. Embedded Derby when the server runs on it (and is stopped: Derby lets
 * one JVM in at a time), PostgreSQL under {@code SHAGYM_DB=postgresql}.
 */
public final class TestDatabase implements AutoCloseable {

    private final Connection connection;
    private final String derbyUrl;

    private TestDatabase(Connection connection, String derbyUrl) {
        this.connection = connection;
        this.derbyUrl = derbyUrl;
    }

    public static TestDatabase open() throws SQLException {
        if (!NeedsPostgreSQL.Condition.onPostgreSQL()) {
            String url = "jdbc:derby:" + System.getProperty("wlp.home") + "/usr/servers/"
                    + System.getProperty("liberty.server") + "/db/shagym";
            return new TestDatabase(DriverManager.getConnection(url), url);
        }
        String url = "jdbc:postgresql://" + RestartTest.env("SHAGYM_DB_HOST", "localhost") + ":"
                + RestartTest.env("SHAGYM_DB_PORT", "5432") + "/" + RestartTest.env("SHAGYM_DB_NAME", "shagym");
        return new TestDatabase(DriverManager.getConnection(url, RestartTest.env("SHAGYM_DB_USER", "shagym"),
                RestartTest.env("SHAGYM_DB_PASSWORD", "")), null);
    }

    public Connection connection() {
        return connection;
    }

    /**
     * What registrations would have written, due a week ago, the watch never having seen them:
     * one deadline of the demo provider per label, the head its only recipient. One transaction.
     */
    public void deadlinesThatPassedUnseen(List<String> labels) throws SQLException {
        LocalDate due = LocalDate.now(BusinessClock.ZONE).minusDays(7);
        long organisation;
        try (ResultSet r = connection.createStatement().executeQuery("SELECT id FROM organisation WHERE code = 'DEMO'")) {
            assertTrue(r.next());
            organisation = r.getLong(1);
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO watched_deadline (subject_type, "
                + "subject_id, subject_label, organisation_id, due_date, head_login, registered_at, next_check_date, "
                + "started_on, working_days) VALUES ('Drill', ?, ?, ?, ?, 'head', CURRENT_TIMESTAMP, ?, ?, 5)")) {
            for (String label : labels) {
                insert.setString(1, label);
                insert.setString(2, label);
                insert.setLong(3, organisation);
                insert.setObject(4, java.sql.Date.valueOf(due));
                insert.setObject(5, java.sql.Date.valueOf(due.minusDays(1)));
                insert.setObject(6, java.sql.Date.valueOf(due.minusDays(9)));
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The overdue notices the watch recorded for the drill deadlines labelled {@code prefix…}, one row each. */
    public List<Notice> overdueNotices(String prefix) throws SQLException {
        List<Notice> notices = new ArrayList<>();
        try (PreparedStatement q = connection.prepareStatement("SELECT d.subject_label, d.overdue_notified_at, "
                + "(SELECT COUNT(*) FROM audit_record a WHERE a.action_name = 'DEADLINE_OVERDUE' "
                + "AND a.entity_type = 'WatchedDeadline' AND a.entity_id = CAST(d.id AS VARCHAR(64))) FROM watched_deadline d "
                + "WHERE d.subject_type = 'Drill' AND d.subject_label LIKE ? AND d.overdue_notified_at IS NOT NULL")) {
            q.setString(1, prefix + "%");
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    // Instants are stored as UTC wall-clock times (the server's JVM runs in UTC).
                    notices.add(new Notice(r.getString(1), r.getObject(2, java.time.LocalDateTime.class)
                            .toInstant(java.time.ZoneOffset.UTC), r.getInt(3)));
                }
            }
        }
        return notices;
    }

    /** A drill deadline's overdue notice: when it was recorded, and how many audit records say it went out. */
    public record Notice(String label, java.time.Instant notifiedAt, int auditRecords) {
    }

    @Override
    public void close() throws SQLException {
        connection.close();
        if (derbyUrl != null) {
            try {
                DriverManager.getConnection(derbyUrl + ";shutdown=true");
            } catch (SQLException expected) {
                // Derby reports a successful shutdown as SQLState 08006.
                if (!"08006".equals(expected.getSQLState())) {
                    throw expected;
                }
            }
        }
    }
}
