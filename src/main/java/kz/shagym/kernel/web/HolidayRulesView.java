package kz.shagym.kernel.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.shagym.kernel.model.HolidayRule;
import kz.shagym.kernel.service.CalendarAdministration;

/**
 * The holiday rules on the calendar screen: which holidays exist in which years, kept by an
 * administrator when the law changes (a holiday added from a year, one ended at a year).
 * Each change lists the deadlines it moves on the deadline review, never moves them.
 */
@Named
@ViewScoped
@RetriedOnConflict
public class HolidayRulesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "rules";

    @EJB
    private transient CalendarAdministration administration;

    @Inject
    private ScreenMessages messages;

    private List<HolidayRule> rules;
    private final Map<String, Integer> lastYears = new HashMap<>();
    private String code;
    private Integer month;
    private Integer day;
    private Integer firstYear;
    private boolean movesOffWeekend = true;
    private final ThreeLanguages name = new ThreeLanguages();

    public List<HolidayRule> getRules() {
        if (rules == null) {
            rules = administration.rules();
        }
        return rules;
    }

    public void add() {
        if (messages.attempt(FORM, () -> administration.addRule(code, RuleInput.day(month, day), RuleInput.year("firstYear", firstYear),
                movesOffWeekend, name.toText()),
                "calendar.ruleAdded")) {
            rules = null;
            code = null;
            name.clear();
            month = day = firstYear = null;
        }
    }

    public void end(String rule) {
        Integer last = lastYears.get(rule);
        if (messages.attempt(FORM, () -> administration.endRule(rule, RuleInput.year("lastYear", last)),
                "calendar.ruleEnded")) {
            rules = null;
        }
    }

    /** The year typed for ending each rule, by its code. */
    public Map<String, Integer> getLastYears() {
        return lastYears;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }

    public Integer getDay() {
        return day;
    }

    public void setDay(Integer day) {
        this.day = day;
    }

    public Integer getFirstYear() {
        return firstYear;
    }

    public void setFirstYear(Integer firstYear) {
        this.firstYear = firstYear;
    }

    public boolean isMovesOffWeekend() {
        return movesOffWeekend;
    }

    public void setMovesOffWeekend(boolean movesOffWeekend) {
        this.movesOffWeekend = movesOffWeekend;
    }

    public ThreeLanguages getName() {
        return name;
    }
}
