package kz.shagym.statistics.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.WorkingDays;
import kz.shagym.statistics.model.Period;
import kz.shagym.statistics.model.Tally;

/**
 * Keeps the monthly figures caught up with the cases
 * (docs/statistics.md, "How the figures are kept"). Every move of a case leaves a line in its
 * timeline; a refresh finds the cases whose timelines grew since the last one and counts
 * their providers' months again, from the cases, whole. Counting again rather than adding to
 * a total means a figure can never drift from its cases, and a clerk's step never waits on a
 * dashboard's row.
 *
 * <p>The timer refreshes every minute; a dashboard refreshes first when anything happened
 * since, so its reader sees their own last step counted. The look-back overlaps the last
 * refresh by more than a transaction may last, for a step committed late with an earlier
 * time. The one row of {@code figure_refresh} is locked for the whole refresh, so two servers
 * take turns.
 */
@Stateless
@PermitAll
public class FigureRefresh {

    private static final Logger LOG = Logger.getLogger(FigureRefresh.class.getName());
    /** Longer than any transaction may last (Liberty's default lifetime is 120 s). */
    static final Duration OVERLAP = Duration.ofMinutes(5);
    /** How many cases one statement reads by id. */
    private static final int CHUNK = 200;
    private static final String MARKS = String.join(",", Collections.nCopies(CHUNK, "?"));

    @Resource(lookup = "jdbc/shagym")
    private DataSource database;

    @EJB
    private FigureFacts facts;

    @EJB
    private FigureRows rows;

    @EJB
    private WorkingDays workingDays;

    @Inject
    private BusinessClock clock;

    /** When the figures last caught up (null: never built), and whether a case moved since. */
    public record State(Instant refreshedAt, boolean behind) {
    }

    /** Where the figures stand; one indexed look at the refresh row and the timelines' newest line. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public State state() {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT r.refreshed_to, r.last_event_id,"
                     + " (SELECT MAX(id) FROM complaint_event) FROM figure_refresh r WHERE r.id = 1");
             ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return new State(null, true);
            }
            Timestamp refreshed = r.getTimestamp(1);
            return new State(refreshed == null ? null : refreshed.toInstant(), refreshed == null || r.getLong(3) > r.getLong(2));
        } catch (SQLException e) {
            throw new IllegalStateException("reading the figures' refresh failed", e);
        }
    }

    /**
     * Counts again every month a case moved in since the last refresh; builds every month the
     * first time. Answers the time the figures now stand at.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Instant catchUp() {
        Instant now = clock.now();
        long started = System.nanoTime();
        try (Connection c = database.getConnection()) {
            // Taking the row's write lock first: a second server's refresh waits here.
            try (PreparedStatement lock = c.prepareStatement("UPDATE figure_refresh SET version = version + 1 WHERE id = 1")) {
                lock.executeUpdate();
            }
            Instant since;
            long seenEvent;
            long lastEvent;
            try (PreparedStatement s = c.prepareStatement("SELECT refreshed_to, last_event_id, (SELECT COALESCE(MAX(id), 0)"
                    + " FROM complaint_event) FROM figure_refresh WHERE id = 1"); ResultSet r = s.executeQuery()) {
                r.next();
                since = r.getTimestamp(1) == null ? null : r.getTimestamp(1).toInstant().minus(OVERLAP);
                seenEvent = r.getLong(2);
                lastEvent = r.getLong(3);
            }
            Map<YearMonth, Set<Long>> months = since == null ? everyMonth(c) : movedSince(c, seenEvent, since);
            months.forEach((month, providers) -> recount(month, providers));
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE figure_refresh SET refreshed_to = ?, last_event_id = ? WHERE id = 1")) {
                s.setTimestamp(1, Timestamp.from(now));
                s.setLong(2, lastEvent);
                s.executeUpdate();
            }
            if (since == null) {
                LOG.info(() -> "Quality figures built for " + months.size() + " months in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms");
            }
            return now;
        } catch (SQLException e) {
            throw new IllegalStateException("refreshing the figures failed", e);
        }
    }

    /** Counts one month of those providers (all when null) again from their cases. */
    void recount(YearMonth month, Set<Long> providers) {
        Period p = Period.month(month);
        Tally tally = new Tally(workingDays.calendar()).cases(facts.cases(providers, p))
                .appeals(facts.appeals(providers, p)).instructions(facts.instructions(providers, p));
        rows.replace(month, providers, tally.rows());
    }

    /** Every month from the first registration to this one, for every provider. */
    private Map<YearMonth, Set<Long>> everyMonth(Connection c) throws SQLException {
        Map<YearMonth, Set<Long>> months = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT MIN(registration_date) FROM complaint");
             ResultSet r = s.executeQuery()) {
            if (r.next() && r.getDate(1) != null) {
                YearMonth last = YearMonth.from(clock.today());
                for (YearMonth m = YearMonth.from(r.getDate(1).toLocalDate()); !m.isAfter(last); m = m.plusMonths(1)) {
                    months.put(m, null);
                }
            }
        }
        return months;
    }

    /**
     * The providers' months that the cases whose timelines grew since the last refresh count in
     * (a line after the last one seen, or written after {@code since}):
     * the months of their registration, answer and withdrawal, for the provider and, for an
     * appeal, the provider it is about; and the month an instruction was issued.
     *
     * <p>Each statement reads one table, and the next starts when the last is read through.
     * On Derby a reader locks the row it stands on: a join or a subquery held one case's row
     * while it waited for another's that a clerk's step had written, and the step, waiting in
     * turn, was rolled back as a deadlock's victim.
     */
    private Map<YearMonth, Set<Long>> movedSince(Connection c, long seenEvent, Instant since) throws SQLException {
        Set<Long> moved = new TreeSet<>();
        each(c, "SELECT complaint_id FROM complaint_event WHERE id > ?", s -> s.setLong(1, seenEvent),
                r -> moved.add(r.getLong(1)));
        each(c, "SELECT complaint_id FROM complaint_event WHERE occurred_at > ?",
                s -> s.setTimestamp(1, Timestamp.from(since)), r -> moved.add(r.getLong(1)));
        Map<YearMonth, Set<Long>> months = new TreeMap<>();
        Map<Long, Long> providerOf = new HashMap<>();
        for (List<Long> some : chunks(moved)) {
            read(c, "SELECT id, organisation_id, against_organisation_id, registration_date, answer_left_on"
                    + " FROM complaint WHERE id IN (" + MARKS + ")", some, r -> {
                long provider = r.getObject(3) == null ? r.getLong(2) : r.getLong(3);
                providerOf.put(r.getLong(1), provider);
                mark(months, provider, FigureFacts.day(r, 4));
                mark(months, provider, FigureFacts.day(r, 5));
            });
            read(c, "SELECT complaint_id, withdrawal_date FROM complaint_answer WHERE complaint_id IN (" + MARKS + ")",
                    some, r -> mark(months, providerOf.get(r.getLong(1)), FigureFacts.day(r, 2)));
            for (String by : List.of("appeal_id", "provider_case_id")) {
                read(c, "SELECT provider_organisation_id, issued_on FROM appeal_instruction WHERE " + by
                        + " IN (" + MARKS + ")", some, r -> mark(months, r.getLong(1), FigureFacts.day(r, 2)));
            }
        }
        return months;
    }

    /** Sets a statement's parameters. */
    private interface Parameters {
        void set(PreparedStatement s) throws SQLException;
    }

    /** Reads one row. */
    private interface Row {
        void read(ResultSet r) throws SQLException;
    }

    /** Runs one statement and reads every row of its answer before the next statement starts. */
    private static void each(Connection c, String sql, Parameters parameters, Row row) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            parameters.set(s);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    row.read(r);
                }
            }
        }
    }

    /** {@link #each} with {@code ids} for the statement's CHUNK marks. */
    private static void read(Connection c, String sql, List<Long> ids, Row row) throws SQLException {
        each(c, sql, s -> {
            for (int i = 0; i < CHUNK; i++) {
                // A short last chunk repeats its last id: every statement has CHUNK marks and is prepared once.
                s.setLong(i + 1, ids.get(Math.min(i, ids.size() - 1)));
            }
        }, row);
    }

    private static List<List<Long>> chunks(Set<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static void mark(Map<YearMonth, Set<Long>> months, Long provider, LocalDate day) {
        if (day != null && provider != null) {
            months.computeIfAbsent(YearMonth.from(day), m -> new HashSet<>()).add(provider);
        }
    }
}
