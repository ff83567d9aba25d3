package kz.shagym.kernel.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.shagym.kernel.model.CalendarChangeRefused;
import kz.shagym.kernel.model.CalendarDay;
import kz.shagym.kernel.model.CalendarEntry;
import kz.shagym.kernel.model.CalendarYear;
import kz.shagym.kernel.model.LocalizedText;
import kz.shagym.kernel.model.WorkingCalendar;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.CalendarAdministration;
import kz.shagym.kernel.service.Messages;
import kz.shagym.kernel.service.ProcedureTerms;
import kz.shagym.kernel.service.WorkingDays;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/** The administrator's working-day calendar: a year at a glance, its dated days, its terms. */
@Named
@ViewScoped
@RetriedOnConflict
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** An iCalendar year is a few kilobytes; anything far larger is not one. */
    static final long MAX_ICS_BYTES = 1_000_000;

    @EJB
    private transient CalendarAdministration administration;
    @EJB
    private transient WorkingDays workingDays;
    @EJB
    private transient ProcedureTerms terms;
    @Inject
    private BusinessClock clock;
    @Inject
    private LanguageSelection language;

    private int year;
    private LocalDate holidayDate;
    private LocalDate transferDayOff;
    private LocalDate transferWorkedDay;
    private final ThreeLanguages reason = new ThreeLanguages();
    private int providerTerm;
    private int authorizedBodyTerm;
    /** Read in the request that uploads it, never kept: the file is not serializable. */
    private transient UploadedFile upload;

    /** One cell of the month grid: a date (null for padding) and what kind of day it is. */
    public record Cell(LocalDate date, String kind, String title) {
    }

    public record MonthGrid(YearMonth month, List<List<Cell>> weeks) {
    }

    @PostConstruct
    void init() {
        WorkingCalendar calendar = workingDays.calendar();
        int today = clock.today().getYear();
        year = calendar.covers(today) ? today : calendar.getLastYear();
        providerTerm = terms.providerWorkingDays();
        authorizedBodyTerm = terms.authorizedBodyWorkingDays();
    }

    public List<CalendarYear> getYears() {
        return administration.years();
    }

    public boolean isConfirmed() {
        return workingDays.calendar().isConfirmed(year);
    }

    public List<MonthGrid> getMonths() {
        WorkingCalendar calendar = workingDays.calendar();
        Locale locale = language.getLocale();
        List<MonthGrid> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>();
            for (int pad = 1; pad < month.atDay(1).getDayOfWeek().getValue(); pad++) {
                week.add(new Cell(null, "pad", ""));
            }
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                LocalDate date = month.atDay(d);
                CalendarDay day = calendar.describe(date);
                String kind = day == null ? "WORKING" : day.kind().name();
                String title = day == null || day.reason() == null ? "" : day.reason().in(locale);
                week.add(new Cell(date, kind, title));
                if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                weeks.add(week);
            }
            months.add(new MonthGrid(month, weeks));
        }
        return months;
    }

    /** The month's name in the interface language (the JDK's CLDR data has Kazakh). */
    public String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, language.getLocale());
    }

    public List<CalendarEntry> getEntries() {
        return administration.entriesOf(year);
    }

    public void addHoliday() {
        change(() -> administration.addHoliday(holidayDate, reason()), "calendar.saved");
    }

    public void addTransfer() {
        change(() -> administration.addTransfer(transferDayOff, transferWorkedDay, reason()), "calendar.saved");
    }

    public void remove(LocalDate date) {
        change(() -> administration.removeDay(date), "calendar.removed");
    }

    public void toggleConfirmed() {
        boolean confirmed = !isConfirmed();
        change(() -> administration.confirmYear(year, confirmed), "calendar.saved");
    }

    public void saveTerms() {
        change(() -> {
            terms.changeProviderWorkingDays(providerTerm);
            terms.changeAuthorizedBodyWorkingDays(authorizedBodyTerm);
        }, "calendar.termsSaved");
    }

    private void change(Runnable action, String doneKey) {
        if (attempt(action)) {
            message(FacesMessage.SEVERITY_INFO, doneKey);
        }
    }

    public StreamedContent getExport() {
        byte[] ics = administration.exportYear(year).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("shagym-calendar-" + year + ".ics").contentType("text/calendar")
                .contentLength((long) ics.length).stream(() -> new ByteArrayInputStream(ics)).build();
    }

    public void importFile() {
        if (upload == null || upload.getSize() == 0 || upload.getSize() > MAX_ICS_BYTES) {
            message(FacesMessage.SEVERITY_ERROR, "calendar.error.notIcs");
            return;
        }
        String ics;
        try {
            ics = new String(upload.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            message(FacesMessage.SEVERITY_ERROR, "calendar.error.notIcs");
            return;
        }
        int[] added = new int[1];
        if (attempt(() -> added[0] = administration.importYear(year, ics))) {
            message(FacesMessage.SEVERITY_INFO, "calendar.imported", added[0]);
        }
    }

    /** The reason typed, refused first when it is missing, before the dates are looked at. */
    private LocalizedText reason() {
        LocalizedText typed = reason.toText();
        if (!LocalizedText.givenInKazakh(typed)) {
            throw new CalendarChangeRefused("calendar.error.reasonRequired");
        }
        return typed;
    }


    /** Runs an administrator's change; a refusal is said at the top of the page, in the user's language. */
    private boolean attempt(Runnable action) {
        try {
            action.run();
            holidayDate = transferDayOff = transferWorkedDay = null;
            reason.clear();
            return true;
        } catch (CalendarChangeRefused refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.getMessageKey(), refused.getArguments());
        } catch (EJBException e) {
            if (!(e.getCause() instanceof IllegalArgumentException)) {
                throw e;
            }
            message(FacesMessage.SEVERITY_ERROR, "calendar.error.term");
        }
        return false;
    }

    private void message(FacesMessage.Severity severity, String key, Object... arguments) {
        String text = Messages.in(language.getLocale()).get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public int getYear() {
        return year;
    }

    /** A year the calendar does not cover is ignored: the page stays on the year it shows. */
    public void setYear(int year) {
        if (workingDays.calendar().covers(year)) {
            this.year = year;
        }
    }

    public LocalDate getHolidayDate() {
        return holidayDate;
    }

    public void setHolidayDate(LocalDate holidayDate) {
        this.holidayDate = holidayDate;
    }

    public LocalDate getTransferDayOff() {
        return transferDayOff;
    }

    public void setTransferDayOff(LocalDate transferDayOff) {
        this.transferDayOff = transferDayOff;
    }

    public LocalDate getTransferWorkedDay() {
        return transferWorkedDay;
    }

    public void setTransferWorkedDay(LocalDate transferWorkedDay) {
        this.transferWorkedDay = transferWorkedDay;
    }

    public ThreeLanguages getReason() {
        return reason;
    }

    public int getProviderTerm() {
        return providerTerm;
    }

    public void setProviderTerm(int providerTerm) {
        this.providerTerm = providerTerm;
    }

    public int getAuthorizedBodyTerm() {
        return authorizedBodyTerm;
    }

    public void setAuthorizedBodyTerm(int authorizedBodyTerm) {
        this.authorizedBodyTerm = authorizedBodyTerm;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }
}
