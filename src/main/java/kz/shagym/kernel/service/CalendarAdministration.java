package kz.shagym.kernel.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import kz.shagym.kernel.model.AuditDetail;
import kz.shagym.kernel.model.CalendarChangeRefused;
import kz.shagym.kernel.model.CalendarText;
import kz.shagym.kernel.model.CalendarChanged;
import kz.shagym.kernel.model.CalendarDay;
import kz.shagym.kernel.model.CalendarEntry;
import kz.shagym.kernel.model.CalendarYear;
import kz.shagym.kernel.model.DayKind;
import kz.shagym.kernel.model.HolidayRule;
import kz.shagym.kernel.model.LocalizedText;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.model.WorkingCalendar;

/**
 * The administrator's changes to the working-day calendar: dated holidays (Kurban Ait), the
 * government's transfers, confirming a year, iCalendar import and export. Every change is
 * audited; the calendar is rebuilt after it commits and applies to deadlines computed from
 * then on (deadlines already set are listed for review, not moved).
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class CalendarAdministration {

    /** A holiday's day in the audit trail: 27.05. */
    private static final DateTimeFormatter DAY_OF_MONTH = DateTimeFormatter.ofPattern("dd.MM");

    static final String ENTITY = "CalendarEntry";
    static final String RULE = "HolidayRule";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private WorkingDays workingDays;

    @Inject
    private Event<CalendarChanged> changes;

    @Inject
    private BusinessClock clock;

    public List<CalendarYear> years() {
        return em.createQuery("select y from CalendarYear y order by y.year", CalendarYear.class).getResultList();
    }

    public List<CalendarEntry> entriesOf(int year) {
        return em.createQuery("select e from CalendarEntry e where e.date >= :first and e.date <= :last order by e.date",
                        CalendarEntry.class)
                .setParameter("first", LocalDate.of(year, 1, 1)).setParameter("last", LocalDate.of(year, 12, 31))
                .getResultList();
    }

    public List<HolidayRule> rules() {
        return em.createQuery("select r from HolidayRule r order by r.month, r.day, r.firstYear", HolidayRule.class)
                .getResultList();
    }

    /** A holiday kept every year from {@code firstYear}; the deadlines it moves are listed for review. */
    public void addRule(String code, MonthDay date, int firstYear, boolean movesOffWeekend, LocalizedText name) {
        HolidayRule rule = HolidayRule.starting(code == null ? null : code.strip(), date, firstYear, movesOffWeekend,
                name, clock.today().getYear());
        if (rule(rule.getCode()).isPresent()) {
            throw CalendarChangeRefused.at("code", "calendar.error.ruleCodeTaken", rule.getCode());
        }
        requireCovered("firstYear", LocalDate.of(firstYear, 1, 1));
        em.persist(rule);
        audit.record("HOLIDAY_RULE_ADDED", RULE, rule.getCode(), AuditDetail.of(
                movesOffWeekend ? "holidayRuleMoving" : "holidayRule", DAY_OF_MONTH.format(date), firstYear, name.getKk()));
        changes.fire(new CalendarChanged(firstYear));
    }

    /** The holiday {@code code} is kept up to {@code lastYear} and no longer after it. */
    public void endRule(String code, int lastYear) {
        HolidayRule rule = rule(code).orElseThrow(() -> new CalendarChangeRefused("calendar.error.noSuchRule", code));
        Integer before = rule.getLastYear();
        rule.endAt(lastYear, clock.today().getYear());
        audit.record("HOLIDAY_RULE_ENDED", RULE, code,
                AuditDetail.of("holidayRuleEnded", before == null ? "—" : before, lastYear));
        changes.fire(new CalendarChanged(lastYear + 1));
    }

    private Optional<HolidayRule> rule(String code) {
        return em.createQuery("select r from HolidayRule r where r.code = :code", HolidayRule.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /** A holiday of one year only, such as the first day of Kurban Ait; never moved off a weekend. */
    public void addHoliday(LocalDate date, LocalizedText reason) {
        requireFree("date", date, reason);
        em.persist(new CalendarEntry(date, DayKind.HOLIDAY, null, reason));
        audit.record("CALENDAR_HOLIDAY_ADDED", ENTITY, date, reason.getKk());
        changes.fire(new CalendarChanged(date.getYear()));
    }

    /** The government's transfer: a weekday off in exchange for a Saturday or Sunday worked. */
    public void addTransfer(LocalDate dayOff, LocalDate workedDay, LocalizedText reason) {
        requireFree("dayOff", dayOff, reason);
        requireFree("workedDay", workedDay, reason);
        if (WorkingCalendar.isWeekend(dayOff)) {
            throw CalendarChangeRefused.at("dayOff", "calendar.error.notWeekday", dayOff);
        }
        if (!WorkingCalendar.isWeekend(workedDay)) {
            throw CalendarChangeRefused.at("workedDay", "calendar.error.notWeekend", workedDay);
        }
        em.persist(new CalendarEntry(dayOff, DayKind.TRANSFER, workedDay, reason));
        em.persist(new CalendarEntry(workedDay, DayKind.WORKING_WEEKEND, dayOff, reason));
        audit.record("CALENDAR_TRANSFER_ADDED", ENTITY, dayOff, AuditDetail.of("transfer", workedDay, reason.getKk()));
        changes.fire(new CalendarChanged(dayOff.getYear()));
    }

    /** Removes a dated day, and the other half of a transfer with it. */
    public void removeDay(LocalDate date) {
        CalendarEntry entry = em.find(CalendarEntry.class, date);
        if (entry == null) {
            throw new CalendarChangeRefused("calendar.error.noSuchDay", date);
        }
        if (entry.getPairedDay() != null) {
            CalendarEntry pair = em.find(CalendarEntry.class, entry.getPairedDay());
            if (pair != null) {
                em.remove(pair);
            }
        }
        em.remove(entry);
        audit.record("CALENDAR_DAY_REMOVED", ENTITY, date,
                AuditDetail.of("dayRemoved", AuditDetail.term("dayKind." + entry.getKind()), entry.getReason().getKk()));
        changes.fire(new CalendarChanged(date.getYear()));
    }

    public void confirmYear(int year, boolean confirmed) {
        CalendarYear y = em.find(CalendarYear.class, year);
        if (y == null) {
            throw new CalendarChangeRefused("calendar.error.outside",
                    workingDays.calendar().getFirstYear(), workingDays.calendar().getLastYear());
        }
        y.setConfirmed(confirmed);
        audit.record(confirmed ? "CALENDAR_YEAR_CONFIRMED" : "CALENDAR_YEAR_UNCONFIRMED", "CalendarYear", year, (String) null);
        changes.fire(new CalendarChanged(year));
    }

    public String exportYear(int year) {
        WorkingCalendar calendar = workingDays.calendar();
        return CalendarIcs.export(calendar.exceptionsOf(year), entriesOf(year));
    }

    /**
     * Adds the dated days of an iCalendar file that fall in {@code year} and are not there yet
     * (a day the rules already make a holiday is not added again). All or nothing.
     */
    public int importYear(int year, String ics) {
        int added = 0;
        WorkingCalendar calendar = workingDays.calendar();
        for (CalendarEntry entry : CalendarIcs.parse(ics)) {
            LocalDate date = entry.getDate();
            if (date.getYear() != year || em.find(CalendarEntry.class, date) != null) {
                continue;
            }
            requireCovered(null, date);
            CalendarText.require("reason", entry.getReason());
            CalendarDay already = calendar.describe(date);
            if (entry.getKind() == DayKind.HOLIDAY && already != null && already.kind() == DayKind.HOLIDAY) {
                continue; // the rules already make it a holiday
            }
            em.persist(entry);
            added++;
        }
        audit.record("CALENDAR_IMPORTED", "CalendarYear", year, AuditDetail.of("daysImported", added));
        changes.fire(new CalendarChanged(year));
        return added;
    }

    /** The day the request names in {@code field} is in the calendar's years and not taken; the reason is given. */
    private void requireFree(String field, LocalDate date, LocalizedText reason) {
        if (date == null) {
            throw CalendarChangeRefused.at(field, "calendar.error.dateRequired");
        }
        requireCovered(field, date);
        CalendarText.require("reason", reason);
        if (em.find(CalendarEntry.class, date) != null) {
            throw CalendarChangeRefused.at(field, "calendar.error.dayTaken", date);
        }
    }

    private void requireCovered(String field, LocalDate date) {
        WorkingCalendar calendar = workingDays.calendar();
        if (!calendar.covers(date)) {
            throw CalendarChangeRefused.at(field, "calendar.error.outside", calendar.getFirstYear(), calendar.getLastYear());
        }
    }

}
