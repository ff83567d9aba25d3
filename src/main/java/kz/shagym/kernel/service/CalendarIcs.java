package kz.shagym.kernel.service;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.shagym.kernel.model.CalendarChangeRefused;
import kz.shagym.kernel.model.CalendarDay;
import kz.shagym.kernel.model.CalendarEntry;
import kz.shagym.kernel.model.DayKind;
import kz.shagym.kernel.model.LocalizedText;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A year of the working-day calendar as iCalendar (RFC 5545): one all-day event for each day
 * that differs from an ordinary week, its kind in CATEGORIES, the Kazakh reason as SUMMARY
 * and the Russian and English ones in X- properties. Import reads back the dated days
 * (holidays, transfers, worked weekend days); moved days off follow from the rules.
 */
final class CalendarIcs {

    static final String REASON_RU = "X-SHAGYM-REASON-RU";
    static final String REASON_EN = "X-SHAGYM-REASON-EN";
    static final String PAIRED_DAY = "X-SHAGYM-PAIRED-DAY";

    private CalendarIcs() {
    }

    static String export(List<CalendarDay> days, List<CalendarEntry> entries) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Shagym//Working-day calendar//KK"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (CalendarDay day : days) {
            VEvent event = new VEvent(day.date(), day.reason().getKk());
            event.add(new Uid(day.date() + "-" + day.kind() + "@shagym.kz"));
            event.add(new Categories(day.kind().name()));
            if (day.reason().getRu() != null) {
                event.add(new XProperty(REASON_RU, day.reason().getRu()));
            }
            if (day.reason().getEn() != null) {
                event.add(new XProperty(REASON_EN, day.reason().getEn()));
            }
            entries.stream().filter(e -> e.getDate().equals(day.date()) && e.getPairedDay() != null).findFirst()
                    .ifPresent(e -> event.add(new XProperty(PAIRED_DAY, e.getPairedDay().toString())));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** The dated days of an iCalendar file; refuses a file that is not iCalendar. */
    static List<CalendarEntry> parse(String ics) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException | RuntimeException e) {
            throw new CalendarChangeRefused("calendar.error.notIcs");
        }
        List<CalendarEntry> entries = new ArrayList<>();
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            DayKind kind;
            try {
                kind = DayKind.valueOf(text(event, Property.CATEGORIES).orElse(""));
            } catch (IllegalArgumentException notOurs) {
                continue;
            }
            if (kind != DayKind.HOLIDAY && kind != DayKind.TRANSFER && kind != DayKind.WORKING_WEEKEND) {
                continue;
            }
            DtStart<?> dtStart = event.<DtStart<?>>getProperty(Property.DTSTART)
                    .orElseThrow(() -> new CalendarChangeRefused("calendar.error.notIcs"));
            Temporal start = dtStart.getDate();
            LocalDate date = LocalDate.from(start);
            LocalizedText reason = new LocalizedText(text(event, Property.SUMMARY).orElse(kind.name()),
                    text(event, REASON_RU).orElse(null), text(event, REASON_EN).orElse(null));
            LocalDate paired = text(event, PAIRED_DAY).map(LocalDate::parse).orElse(null);
            entries.add(new CalendarEntry(date, kind, paired, reason));
        }
        return entries;
    }

    private static Optional<String> text(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).filter(v -> !v.isBlank());
    }
}
