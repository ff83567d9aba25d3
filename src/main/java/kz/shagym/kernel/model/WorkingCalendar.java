package kz.shagym.kernel.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Kazakhstan's working days for the years the calendar covers, and the deadline arithmetic
 * of the procedure (¶4, ¶5). Immutable: built once from the rules, the dated entries and the
 * covered years, and rebuilt when an administrator changes them.
 *
 * <p>A working day is Monday to Friday, less public holidays, less the weekday that replaces
 * a holiday falling on a Saturday or Sunday (the next weekday that is not itself a holiday
 * or a replacement; never for Orthodox Christmas or Kurban Ait), less the government's
 * transferred days off, plus the weekend days it declares worked.
 */
public final class WorkingCalendar {

    /** The longest term the arithmetic accepts; the procedure's are 5 and 15. */
    public static final int MAX_WORKING_DAYS = 366;

    private final Map<LocalDate, CalendarDay> special;
    private final Map<Integer, Boolean> confirmed;
    private final int firstYear;
    private final int lastYear;
    /**
     * Working days from 1 January of the first year through each day, so that counting the
     * working days between two dates is one subtraction, however far apart they are (an
     * overdue case's days late are asked on every status look-up). Null when the covered
     * years have a gap; then the days are counted one by one.
     */
    private final int[] workedThrough;

    private WorkingCalendar(Map<LocalDate, CalendarDay> special, Map<Integer, Boolean> confirmed) {
        this.special = Map.copyOf(special);
        this.confirmed = Map.copyOf(confirmed);
        this.firstYear = confirmed.keySet().stream().min(Integer::compare).orElse(0);
        this.lastYear = confirmed.keySet().stream().max(Integer::compare).orElse(-1);
        this.workedThrough = confirmed.isEmpty() || confirmed.size() != lastYear - firstYear + 1 ? null : countThrough();
    }

    private int[] countThrough() {
        LocalDate first = LocalDate.of(firstYear, 1, 1);
        int[] through = new int[(int) (LocalDate.of(lastYear, 12, 31).toEpochDay() - first.toEpochDay() + 1)];
        int worked = 0;
        for (int i = 0; i < through.length; i++) {
            if (isWorkingDay(first.plusDays(i))) {
                worked++;
            }
            through[i] = worked;
        }
        return through;
    }

    public static WorkingCalendar of(Collection<HolidayRule> rules, Collection<CalendarEntry> entries,
                                     Collection<CalendarYear> years) {
        Map<Integer, Boolean> confirmed = years.stream()
                .collect(Collectors.toMap(CalendarYear::getYear, CalendarYear::isConfirmed));
        Map<LocalDate, CalendarDay> special = new HashMap<>();
        for (int year : new TreeMap<>(confirmed).keySet()) {
            addHolidaysAndMovedDays(year, rules, entries, special);
        }
        for (CalendarEntry e : entries) {
            if (e.getKind() != DayKind.HOLIDAY && confirmed.containsKey(e.getDate().getYear())) {
                special.put(e.getDate(), new CalendarDay(e.getDate(), e.getKind(), e.getReason()));
            }
        }
        return new WorkingCalendar(special, confirmed);
    }

    private static void addHolidaysAndMovedDays(int year, Collection<HolidayRule> rules,
                                                Collection<CalendarEntry> entries, Map<LocalDate, CalendarDay> special) {
        record Holiday(LocalDate date, LocalizedText name, boolean moves) {
        }
        List<Holiday> holidays = new ArrayList<>();
        rules.stream().filter(r -> r.appliesIn(year))
                .forEach(r -> holidays.add(new Holiday(r.dateIn(year), r.getName(), r.movesOffWeekend())));
        entries.stream().filter(e -> e.getKind() == DayKind.HOLIDAY && e.getDate().getYear() == year)
                .forEach(e -> holidays.add(new Holiday(e.getDate(), e.getReason(), false)));
        holidays.sort(Comparator.comparing(Holiday::date));
        Set<LocalDate> holidayDates = holidays.stream().map(Holiday::date).collect(Collectors.toSet());
        holidays.forEach(h -> special.put(h.date(), new CalendarDay(h.date(), DayKind.HOLIDAY, h.name())));
        for (Holiday h : holidays) {
            if (h.moves() && isWeekend(h.date())) {
                LocalDate replacement = h.date().plusDays(1);
                while (isWeekend(replacement) || holidayDates.contains(replacement) || special.containsKey(replacement)) {
                    replacement = replacement.plusDays(1);
                }
                special.put(replacement, new CalendarDay(replacement, DayKind.MOVED_DAY_OFF, h.name()));
            }
        }
    }

    public static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    public boolean covers(LocalDate date) {
        return confirmed.containsKey(date.getYear());
    }

    public boolean covers(int year) {
        return confirmed.containsKey(year);
    }

    private void requireCovered(LocalDate date) {
        if (!covers(date)) {
            throw new OutsideCalendarException(date, firstYear, lastYear);
        }
    }

    public boolean isConfirmed(int year) {
        return confirmed.getOrDefault(year, false);
    }

    public int getFirstYear() {
        return firstYear;
    }

    public int getLastYear() {
        return lastYear;
    }

    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        CalendarDay day = special.get(date);
        if (day != null) {
            return day.kind().isWorking();
        }
        return !isWeekend(date);
    }

    /** What a day is when it is not an ordinary working day; ordinary weekends say WEEKEND. */
    public CalendarDay describe(LocalDate date) {
        requireCovered(date);
        CalendarDay day = special.get(date);
        if (day != null) {
            return day;
        }
        return isWeekend(date) ? new CalendarDay(date, DayKind.WEEKEND, null) : null;
    }

    /**
     * The deadline of a term: the n-th working day after {@code from}. The day {@code from}
     * itself never counts, whatever day it is; the deadline is due by the end of its day.
     */
    public LocalDate deadline(LocalDate from, int workingDays) {
        if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("workingDays must be 1.." + MAX_WORKING_DAYS + ": " + workingDays);
        }
        requireCovered(from);
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Every day strictly between {@code from} and {@code to} that is not worked, weekends included. */
    public List<CalendarDay> skipped(LocalDate from, LocalDate to) {
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = from.plusDays(1); d.isBefore(to); d = d.plusDays(1)) {
            if (!isWorkingDay(d)) {
                days.add(describe(d));
            }
        }
        return days;
    }

    /**
     * Working days left from {@code today} until {@code deadline}: 0 on the deadline day itself,
     * negative (the working days past it) once it has passed.
     */
    public int workingDaysLeft(LocalDate today, LocalDate deadline) {
        if (!today.isAfter(deadline)) {
            return countWorkingDays(today, deadline);
        }
        return -countWorkingDays(deadline, today);
    }

    private int countWorkingDays(LocalDate afterDay, LocalDate untilIncluded) {
        if (workedThrough != null && !untilIncluded.isBefore(afterDay)) {
            requireCovered(afterDay);
            requireCovered(untilIncluded);
            long first = LocalDate.of(firstYear, 1, 1).toEpochDay();
            return workedThrough[(int) (untilIncluded.toEpochDay() - first)] - workedThrough[(int) (afterDay.toEpochDay() - first)];
        }
        int n = 0;
        for (LocalDate d = afterDay.plusDays(1); !d.isAfter(untilIncluded); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The year's exceptions as the calendar publishes them: every weekday not worked (holiday,
     * moved day off, transfer) and every Saturday or Sunday worked, in date order.
     */
    public List<CalendarDay> exceptionsOf(int year) {
        if (!covers(year)) {
            throw new OutsideCalendarException(LocalDate.of(year, 1, 1), firstYear, lastYear);
        }
        return special.values().stream()
                .filter(d -> d.date().getYear() == year)
                .filter(d -> d.kind() == DayKind.WORKING_WEEKEND || !isWeekend(d.date()))
                .sorted(Comparator.comparing(CalendarDay::date))
                .toList();
    }
}
