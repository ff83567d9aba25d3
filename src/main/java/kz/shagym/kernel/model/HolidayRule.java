package kz.shagym.kernel.model;

import java.io.Serializable;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A public holiday on a fixed date, in force for a span of years: the law changes which
 * holidays exist and on which date (Constitution Day moved from 30 August to 15 March in
 * 2027). Religious holidays are never moved off a weekend.
 */
@Entity
@Table(name = "holiday_rule")
public class HolidayRule implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "holiday_month", nullable = false)
    private int month;

    @Column(name = "holiday_day", nullable = false)
    private int day;

    @Column(name = "first_year", nullable = false)
    private int firstYear;

    /** The last year the holiday is kept; null while in force. */
    @Column(name = "last_year")
    private Integer lastYear;

    @Column(name = "moves_off_weekend", nullable = false)
    private boolean movesOffWeekend;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kk", column = @Column(name = "name_kk", nullable = false)),
            @AttributeOverride(name = "ru", column = @Column(name = "name_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    @Version
    private int version;

    protected HolidayRule() {
    }

    public HolidayRule(String code, MonthDay date, int firstYear, Integer lastYear, boolean movesOffWeekend,
                       LocalizedText name) {
        this.code = code;
        this.month = date.getMonthValue();
        this.day = date.getDayOfMonth();
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.movesOffWeekend = movesOffWeekend;
        this.name = name;
    }

    /**
     * A new holiday from {@code firstYear} on. Refused for a year before {@code currentYear}:
     * deadlines counted in past years are not rewritten.
     */
    public static HolidayRule starting(String code, MonthDay date, int firstYear, boolean movesOffWeekend,
                                       LocalizedText name, int currentYear) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw CalendarChangeRefused.at("code", "calendar.error.ruleCode");
        }
        if (date == null) {
            throw CalendarChangeRefused.at("day", "calendar.error.dateRequired");
        }
        CalendarText.require("name", name);
        requireFromCurrent("firstYear", firstYear, currentYear);
        return new HolidayRule(code, date, firstYear, null, movesOffWeekend, name);
    }

    /**
     * The holiday is kept up to and including {@code lastYear} and no longer after it. Every
     * year whose days this changes must be the current one or later, and a holiday ends no
     * earlier than the year before it began.
     */
    public void endAt(int lastYear, int currentYear) {
        if (lastYear < firstYear - 1) {
            throw CalendarChangeRefused.at("lastYear", "calendar.error.ruleEndsBeforeStart", firstYear);
        }
        int firstChanged = (this.lastYear == null ? lastYear : Math.min(lastYear, this.lastYear)) + 1;
        requireFromCurrent("lastYear", firstChanged, currentYear);
        this.lastYear = lastYear;
    }

    private static void requireFromCurrent(String field, int firstChangedYear, int currentYear) {
        if (firstChangedYear < currentYear) {
            throw CalendarChangeRefused.at(field, "calendar.error.rulePastYear", currentYear);
        }
    }

    public MonthDay getDate() {
        return MonthDay.of(month, day);
    }

    public boolean appliesIn(int year) {
        return year >= firstYear && (lastYear == null || year <= lastYear);
    }

    public LocalDate dateIn(int year) {
        return LocalDate.of(year, month, day);
    }

    public String getCode() {
        return code;
    }

    public boolean movesOffWeekend() {
        return movesOffWeekend;
    }

    public LocalizedText getName() {
        return name;
    }

    public int getFirstYear() {
        return firstYear;
    }

    public Integer getLastYear() {
        return lastYear;
    }
}
