package kz.shagym.statistics.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kz.shagym.registry.model.ComplaintState;
import kz.shagym.registry.model.Stage;
import kz.shagym.review.model.Outcome;
import kz.shagym.statistics.model.AppealFacts;
import kz.shagym.statistics.model.CaseFacts;
import kz.shagym.statistics.model.InstructionFacts;
import kz.shagym.statistics.model.Period;

/**
 * Reads the facts the figures are counted from, straight from the registry's, the review's
 * and the appeals' tables: dates, states, outcomes and who handled a case, never a name,
 * an IIN/BIN or what a letter says. Plain JDBC because it reads many rows into records and
 * no entity; the figures' own rules are the facts' (statistics.model).
 */
@Stateless
@PermitAll
public class FigureFacts {

    private static final String CASES = "SELECT c.id, c.incoming_number, c.organisation_id, c.service_code,"
            + " c.executor_login, c.registration_date, c.deadline, c.state, c.answer_left_on, a.outcome, a.withdrawal_date"
            + " FROM complaint c LEFT JOIN complaint_answer a ON a.complaint_id = c.id WHERE c.stage = '"
            + Stage.PROVIDER.name() + "'";

    private static final String APPEALS = "SELECT c.id, c.incoming_number, c.against_organisation_id,"
            + " COALESCE(p.service_code, c.service_code), p.executor_login, c.registration_date,"
            + " c.answer_left_on, a.outcome FROM complaint c LEFT JOIN complaint p ON p.id = c.appeal_of"
            + " LEFT JOIN complaint_answer a ON a.complaint_id = c.id WHERE c.stage = '" + Stage.APPEAL.name() + "'";

    private static final String INSTRUCTIONS = "SELECT i.appeal_id, ap.incoming_number, i.provider_organisation_id,"
            + " COALESCE(p.service_code, ap.service_code), p.executor_login, i.issued_on, i.deadline, i.complied_on"
            + " FROM appeal_instruction i JOIN complaint ap ON ap.id = i.appeal_id"
            + " LEFT JOIN complaint p ON p.id = i.provider_case_id WHERE 1 = 1";

    @Resource(lookup = "jdbc/shagym")
    private DataSource database;

    /** Provider cases of those providers (all when null) registered, answered or withdrawn within the period. */
    public List<CaseFacts> cases(Collection<Long> providers, Period p) {
        String sql = CASES + within("c.organisation_id", providers)
                + " AND (c.registration_date BETWEEN ? AND ? OR c.answer_left_on BETWEEN ? AND ?"
                + " OR a.withdrawal_date BETWEEN ? AND ?)";
        return query(sql, p, 3, FigureFacts::caseFacts);
    }

    /** Provider cases of those providers (all when null) registered within the period and still open. */
    public List<CaseFacts> open(Collection<Long> providers, Period p) {
        String states = ComplaintState.OPEN.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));
        String sql = CASES + " AND c.state IN (" + states + ")" + within("c.organisation_id", providers)
                + " AND c.registration_date BETWEEN ? AND ?";
        return query(sql, p, 1, FigureFacts::caseFacts);
    }

    /** Appeals against those providers (all when null) registered or decided within the period. */
    public List<AppealFacts> appeals(Collection<Long> providers, Period p) {
        String sql = APPEALS + within("c.against_organisation_id", providers)
                + " AND (c.registration_date BETWEEN ? AND ? OR c.answer_left_on BETWEEN ? AND ?)";
        return query(sql, p, 2, r -> new AppealFacts(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4),
                r.getString(5), day(r, 6), day(r, 7), outcome(r.getString(8))));
    }

    /** Instructions to those providers (all when null) issued within the period. */
    public List<InstructionFacts> instructions(Collection<Long> providers, Period p) {
        String sql = INSTRUCTIONS + within("i.provider_organisation_id", providers) + " AND i.issued_on BETWEEN ? AND ?";
        return query(sql, p, 1, r -> new InstructionFacts(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4),
                r.getString(5), day(r, 6), day(r, 7), day(r, 8)));
    }

    private static CaseFacts caseFacts(ResultSet r) throws SQLException {
        return new CaseFacts(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4), r.getString(5), day(r, 6),
                day(r, 7), ComplaintState.valueOf(r.getString(8)), day(r, 9), outcome(r.getString(10)), day(r, 11));
    }

    /** Providers' ids are numbers the service chose, written into the statement as such. */
    private static String within(String column, Collection<Long> providers) {
        if (providers == null) {
            return "";
        }
        if (providers.isEmpty()) {
            return " AND 1 = 0";
        }
        return " AND " + column + " IN (" + providers.stream().map(id -> Long.toString(id))
                .collect(Collectors.joining(",")) + ")";
    }

    interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private <T> List<T> query(String sql, Period p, int ranges, Row<T> row) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < ranges; i++) {
                s.setDate(2 * i + 1, Date.valueOf(p.firstDay()));
                s.setDate(2 * i + 2, Date.valueOf(p.lastDay()));
            }
            s.setFetchSize(2_000);
            List<T> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(row.read(r));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the figures' facts failed", e);
        }
    }

    static LocalDate day(ResultSet r, int column) throws SQLException {
        Date d = r.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Outcome outcome(String stored) {
        return stored == null ? null : Outcome.valueOf(stored);
    }
}
