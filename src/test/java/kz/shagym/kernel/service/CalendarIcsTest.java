package kz.shagym.kernel.service;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.shagym.kernel.model.CalendarChangeRefused;
import kz.shagym.kernel.model.CalendarEntry;
import kz.shagym.kernel.model.DayKind;
import kz.shagym.kernel.model.LocalizedText;
import kz.shagym.kernel.model.ShippedCalendar;
import kz.shagym.kernel.model.WorkingCalendar;
import org.junit.jupiter.api.Test;

class CalendarIcsTest {

    final WorkingCalendar calendar = ShippedCalendar.get();
    final List<CalendarEntry> transfer2025 = List.of(
            new CalendarEntry(parse("2025-01-03"), DayKind.TRANSFER, parse("2025-01-05"),
                    new LocalizedText("Демалыс күнін ауыстыру", "Перенос дня отдыха", "Day off transferred")),
            new CalendarEntry(parse("2025-01-05"), DayKind.WORKING_WEEKEND, parse("2025-01-03"),
                    new LocalizedText("Жұмыс күні", "Рабочий день", "Working day")));

    @Test
    void aYearGoesOutAsOneAllDayEventPerDayAndComesBack() {
        String ics = CalendarIcs.export(calendar.exceptionsOf(2025), transfer2025);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR"), ics);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20250606"), "Kurban Ait as an all-day event");
        assertTrue(ics.contains("CATEGORIES:MOVED_DAY_OFF"));

        Map<String, CalendarEntry> back = CalendarIcs.parse(ics).stream()
                .collect(Collectors.toMap(e -> e.getDate().toString(), e -> e));
        assertEquals(DayKind.TRANSFER, back.get("2025-01-03").getKind());
        assertEquals(parse("2025-01-05"), back.get("2025-01-03").getPairedDay());
        assertEquals(DayKind.WORKING_WEEKEND, back.get("2025-01-05").getKind());
        assertEquals("Перенос дня отдыха (решение Правительства)", back.get("2025-01-03").getReason().getRu());
        assertEquals(DayKind.HOLIDAY, back.get("2025-06-06").getKind());
        assertTrue(!back.containsKey("2025-03-24"), "moved days off follow from the rules, they are not imported");
    }

    @Test
    void somethingElseIsRefusedPlainly() {
        CalendarChangeRefused refused = assertThrows(CalendarChangeRefused.class,
                () -> CalendarIcs.parse("%PDF-1.7 not a calendar"));
        assertEquals("calendar.error.notIcs", refused.getMessageKey());
    }
}
