package kz.shagym.kernel.model;

import java.util.Map;
import kz.shagym.kernel.service.SchemaMigration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;

/**
 * The calendar exactly as Shagym ships it: the real migrations run on an in-memory Derby and
 * the calendar is built from the rows they leave, so the tests check the data and the
 * arithmetic together.
 */
public final class ShippedCalendar {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static WorkingCalendar calendar;

    private ShippedCalendar() {
    }

    private static Shipped shipped;

    private record Shipped(List<HolidayRule> rules, List<CalendarEntry> entries, List<CalendarYear> years) {
    }

    public static synchronized WorkingCalendar get() {
        if (calendar == null) {
            calendar = WorkingCalendar.of(shipped().rules(), shipped().entries(), shipped().years());
        }
        return calendar;
    }

    /** The shipped calendar with more dated days, as after an administrator's change. */
    public static synchronized WorkingCalendar with(CalendarEntry... more) {
        List<CalendarEntry> entries = new ArrayList<>(shipped().entries());
        entries.addAll(List.of(more));
        return WorkingCalendar.of(shipped().rules(), entries, shipped().years());
    }

    private static Shipped shipped() {
        if (shipped == null) {
            shipped = load();
        }
        return shipped;
    }

    private static Shipped load() {
        String url = "jdbc:derby:memory:shipped" + DATABASES.incrementAndGet() + ";create=true";
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                .placeholders(Map.of("blob", SchemaMigration.blobTypeFor(url))).load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            List<HolidayRule> rules = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT code, holiday_month, holiday_day, first_year, last_year, "
                    + "moves_off_weekend, name_kk, name_ru, name_en FROM holiday_rule")) {
                while (r.next()) {
                    Integer last = r.getObject(5) == null ? null : r.getInt(5);
                    rules.add(new HolidayRule(r.getString(1), MonthDay.of(r.getInt(2), r.getInt(3)), r.getInt(4), last,
                            r.getBoolean(6), new LocalizedText(r.getString(7), r.getString(8), r.getString(9))));
                }
            }
            List<CalendarEntry> entries = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT calendar_date, kind, paired_day, reason_kk, reason_ru, reason_en "
                    + "FROM calendar_entry")) {
                while (r.next()) {
                    entries.add(new CalendarEntry(r.getDate(1).toLocalDate(), DayKind.valueOf(r.getString(2)),
                            r.getDate(3) == null ? null : r.getDate(3).toLocalDate(),
                            new LocalizedText(r.getString(4), r.getString(5), r.getString(6))));
                }
            }
            List<CalendarYear> years = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT calendar_year, confirmed FROM calendar_year")) {
                while (r.next()) {
                    years.add(new CalendarYear(r.getInt(1), r.getBoolean(2)));
                }
            }
            return new Shipped(rules, entries, years);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the shipped calendar", e);
        }
    }
}
