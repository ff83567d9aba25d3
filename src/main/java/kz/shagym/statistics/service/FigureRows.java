package kz.shagym.statistics.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kz.shagym.statistics.model.FigureKey;
import kz.shagym.statistics.model.Figures;
import kz.shagym.statistics.model.Period;

/** The stored monthly figures ({@code provider_figure}): read by period, replaced month by month. */
@Stateless
@PermitAll
public class FigureRows {

    private static final String COUNTS = "registered, answered, answered_on_time, satisfied, partly_satisfied,"
            + " rejected, withdrawn, appeals, appeals_decided, appeals_upheld, instructions, instructions_on_time";
    private static final int COUNT_COLUMNS = 12;

    @Resource(lookup = "jdbc/shagym")
    private DataSource database;

    /** The rows of the period, of one provider or of all (null). */
    public Map<FigureKey, Figures> read(Period p, Long provider) {
        String sql = "SELECT organisation_id, figure_month, service_code, executor_login, answer_days, " + COUNTS
                + " FROM provider_figure WHERE figure_month BETWEEN ? AND ?"
                + (provider == null ? "" : " AND organisation_id = ?");
        Map<FigureKey, Figures> rows = new HashMap<>();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setDate(1, Date.valueOf(p.firstDay()));
            s.setDate(2, Date.valueOf(p.to().atDay(1)));
            if (provider != null) {
                s.setLong(3, provider);
            }
            s.setFetchSize(5_000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int[] counts = new int[COUNT_COLUMNS];
                    for (int i = 0; i < COUNT_COLUMNS; i++) {
                        counts[i] = r.getInt(6 + i);
                    }
                    rows.put(new FigureKey(r.getLong(1), YearMonth.from(r.getDate(2).toLocalDate()), r.getString(3),
                            r.getString(4)), Figures.stored(counts, r.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the figures failed", e);
        }
        return rows;
    }

    /**
     * Replaces the month's rows of those providers (all when null) with {@code rows}; rows of
     * other months or providers in {@code rows} are left out.
     */
    public void replace(YearMonth month, Collection<Long> providers, Map<FigureKey, Figures> rows) {
        String which = providers == null ? "" : " AND organisation_id IN ("
                + providers.stream().map(id -> Long.toString(id)).collect(Collectors.joining(",")) + ")";
        String insert = "INSERT INTO provider_figure (organisation_id, figure_month, service_code, executor_login,"
                + " answer_days, " + COUNTS + ") VALUES (?, ?, ?, ?, ?" + ", ?".repeat(COUNT_COLUMNS) + ")";
        try (Connection c = database.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM provider_figure WHERE figure_month = ?" + which);
             PreparedStatement add = c.prepareStatement(insert)) {
            delete.setDate(1, Date.valueOf(month.atDay(1)));
            delete.executeUpdate();
            int batched = 0;
            for (Map.Entry<FigureKey, Figures> row : rows.entrySet()) {
                FigureKey k = row.getKey();
                if (!k.month().equals(month) || providers != null && !providers.contains(k.providerId())
                        || row.getValue().isEmpty()) {
                    continue;
                }
                add.setLong(1, k.providerId());
                add.setDate(2, Date.valueOf(month.atDay(1)));
                add.setString(3, k.serviceCode());
                add.setString(4, k.executorLogin());
                add.setString(5, row.getValue().getAnswerDays());
                int[] counts = row.getValue().storedCounts();
                for (int i = 0; i < COUNT_COLUMNS; i++) {
                    add.setInt(6 + i, counts[i]);
                }
                add.addBatch();
                if (++batched % 1_000 == 0) {
                    add.executeBatch();
                }
            }
            add.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("storing the figures of " + month + " failed", e);
        }
    }
}
