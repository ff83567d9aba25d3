package kz.shagym.benchmarks;

import java.util.Map;
import kz.shagym.kernel.service.SchemaMigration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The deadline watch's query (WatchedDeadline.due) on a schema made by the real migrations,
 * with {@code open} open deadlines of which {@code due} are due today. Its cost should follow
 * the number due, not the number open: compare open=100000 with open=10000 at due=100.
 *
 * Derby (default, a database under target/): mvn -Pbench test-compile exec:exec -Dbench=WatchQuery
 * PostgreSQL: add -Dbench.jdbc=jdbc:postgresql://127.0.0.1:5432/shagym_bench -Dbench.user=… -Dbench.password=…
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WatchQueryBenchmark {

    static final String WATCH_QUERY =
            "SELECT id FROM watched_deadline WHERE next_check_date <= ? ORDER BY next_check_date";
    static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    @Param({"10000", "100000"})
    public int open;

    @Param({"100"})
    public int due;

    private Connection connection;
    private PreparedStatement query;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        String url = property("bench.jdbc", "jdbc:derby:target/bench-derby/watch-" + open + ";create=true");
        String user = property("bench.user", null);
        String password = property("bench.password", null);
        Flyway flyway = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .placeholders(Map.of("blob", SchemaMigration.blobTypeFor(url)))
                .cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
        connection = DriverManager.getConnection(url, user, password);
        fill();
        query = connection.prepareStatement(WATCH_QUERY);
    }

    private static String property(String name, String otherwise) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private void fill() throws SQLException {
        connection.setAutoCommit(false);
        long organisation;
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("INSERT INTO organisation (kind, code, name_kk) VALUES ('SERVICE_PROVIDER', 'BENCH', 'Bench')");
            try (ResultSet r = s.executeQuery("SELECT id FROM organisation WHERE code = 'BENCH'")) {
                r.next();
                organisation = r.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO watched_deadline (subject_type, "
                + "subject_id, subject_label, organisation_id, due_date, head_login, registered_at, next_check_date) "
                + "VALUES ('Bench', ?, ?, ?, ?, 'head', CURRENT_TIMESTAMP, ?)")) {
            for (int i = 0; i < open; i++) {
                boolean isDue = i < due;
                // Due ones were due soon yesterday or today; the rest fall due over the coming year.
                LocalDate nextCheck = isDue ? TODAY.minusDays(i % 2) : TODAY.plusDays(1 + i % 365);
                insert.setString(1, String.valueOf(i));
                insert.setString(2, "B-" + i);
                insert.setLong(3, organisation);
                insert.setObject(4, java.sql.Date.valueOf(nextCheck.plusDays(1)));
                insert.setObject(5, java.sql.Date.valueOf(nextCheck));
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            if (connection.getMetaData().getDatabaseProductName().contains("Derby")) {
                s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'WATCHED_DEADLINE', NULL)");
            } else {
                s.execute("ANALYZE watched_deadline");
            }
        }
    }

    @Benchmark
    public int dueToday() throws SQLException {
        query.setObject(1, java.sql.Date.valueOf(TODAY));
        int n = 0;
        try (ResultSet r = query.executeQuery()) {
            while (r.next()) {
                n++;
            }
        }
        if (n != due) {
            throw new IllegalStateException("expected " + due + " due, found " + n);
        }
        return n;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        query.close();
        connection.close();
    }
}
