package kz.shagym.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import kz.shagym.testing.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The public calendar API against the calendar the migrations loaded into the database. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class CalendarApiIT {

    @Test
    void aDeadlineWithEveryDaySkippedAndWhy() {
        HttpResponse<String> r = Http.get("/api/calendar/deadline?from=2025-03-20&workingDays=5", null, null, "ru");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("{\"confirmed\":true,\"deadline\":\"2025-04-01\",\"from\":\"2025-03-20\",\"skipped\":["
                + "{\"date\":\"2025-03-21\",\"kind\":\"HOLIDAY\",\"reason\":\"Наурыз мейрамы\"},"
                + "{\"date\":\"2025-03-22\",\"kind\":\"HOLIDAY\",\"reason\":\"Наурыз мейрамы\"},"
                + "{\"date\":\"2025-03-23\",\"kind\":\"HOLIDAY\",\"reason\":\"Наурыз мейрамы\"},"
                + "{\"date\":\"2025-03-24\",\"kind\":\"MOVED_DAY_OFF\",\"reason\":\"Выходной за праздник, выпавший на выходной день: Наурыз мейрамы\"},"
                + "{\"date\":\"2025-03-25\",\"kind\":\"MOVED_DAY_OFF\",\"reason\":\"Выходной за праздник, выпавший на выходной день: Наурыз мейрамы\"},"
                + "{\"date\":\"2025-03-29\",\"kind\":\"WEEKEND\",\"reason\":\"Выходной день\"},"
                + "{\"date\":\"2025-03-30\",\"kind\":\"WEEKEND\",\"reason\":\"Выходной день\"}],"
                + "\"workingDays\":5}", r.body());
    }

    @Test
    void aYearsDaysOffWithTheWorkedWeekendDays() {
        HttpResponse<String> r = Http.get("/api/calendar/non-working-days?year=2025", null, null, "en");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("{\"confirmed\":true,\"days\":[{\"date\":\"2025-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"New Year\"}"), r.body());
        assertTrue(r.body().contains("{\"date\":\"2025-01-05\",\"kind\":\"WORKING_WEEKEND\""), r.body());
        assertTrue(r.body().contains("{\"date\":\"2025-01-03\",\"kind\":\"TRANSFER\""), r.body());
        assertTrue(r.body().endsWith("\"year\":2025}"), r.body());
    }

    @Test
    void the2026CalendarIsSettledAnd2027HasTheNewConstitutionDay() {
        HttpResponse<String> r = Http.get("/api/calendar/non-working-days?year=2026", null, null, null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("{\"confirmed\":true,"), r.body());
        assertTrue(r.body().contains("{\"date\":\"2026-05-27\",\"kind\":\"HOLIDAY\",\"name\":\"Құрбан айттың бірінші күні\"}"), r.body());
        assertFalse(r.body().contains("2026-08-31"), r.body());
        HttpResponse<String> next = Http.get("/api/calendar/non-working-days?year=2027", null, null, "en");
        assertTrue(next.body().startsWith("{\"confirmed\":false,"), next.body());
        assertTrue(next.body().contains("{\"date\":\"2027-03-15\",\"kind\":\"HOLIDAY\",\"name\":\"Constitution Day\"}"), next.body());
        assertFalse(next.body().contains("2027-08-30"), next.body());
    }

    @Test
    void the2020CalendarIsSettledWithVictoryDaysDayOffOnTheEighthOfMay() {
        HttpResponse<String> r = Http.get("/api/calendar/non-working-days?year=2020", null, null, "en");
        assertTrue(r.body().startsWith("{\"confirmed\":true,"), r.body());
        assertTrue(r.body().contains("{\"date\":\"2020-05-08\",\"kind\":\"TRANSFER\""), r.body());
        assertTrue(r.body().contains("{\"date\":\"2020-05-11\",\"kind\":\"WORKING_WEEKEND\""), "worked: " + r.body());
        assertEquals("2020-05-12", Http.json(Http.get("/api/calendar/deadline?from=2020-05-06&workingDays=2", null, null, null))
                .getString("deadline"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/api/calendar/deadline?from=2025-02-30&workingDays=5 | from | en | from: the date must be YYYY-MM-DD, for example 2025-03-20.",
            "/api/calendar/deadline?workingDays=5 | from | en | from: the date must be YYYY-MM-DD, for example 2025-03-20.",
            "/api/calendar/deadline?from=2025-03-20&workingDays=-1 | workingDays | en | The number of working days must be a whole number from 1 to 366.",
            "/api/calendar/deadline?from=2025-03-20&workingDays=100000 | workingDays | ru | Число рабочих дней должно быть целым числом от 1 до 366.",
            "/api/calendar/deadline?from=2025-03-20&workingDays=five | workingDays | kk | Жұмыс күндерінің саны 1-ден 366-ге дейінгі бүтін сан болуы керек.",
            "/api/calendar/deadline?from=2019-03-20&workingDays=5 | from | en | The working-day calendar covers only the years 2020–2027.",
            "/api/calendar/deadline?from=2027-12-28&workingDays=5 | from | en | The working-day calendar covers only the years 2020–2027.",
            "/api/calendar/non-working-days?year=2030 | year | en | The working-day calendar covers only the years 2020–2027.",
            "/api/calendar/non-working-days?year=abc | year | en | The year must be a whole number, for example 2025."})
    void badInputIsA400WithAClearMessageNeverA500(String path, String field, String language, String message) {
        HttpResponse<String> r = Http.get(path, null, null, language);
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("{\"errors\":[{\"field\":\"" + field + "\",\"message\":\"" + message + "\"}]}", r.body());
    }

    @Test
    void noSignInIsNeeded() {
        String injected = URLEncoder.encode("<script>", StandardCharsets.UTF_8);
        HttpResponse<String> r = Http.get("/api/calendar/deadline?from=" + injected + "&workingDays=1", null, null, "en");
        assertEquals(400, r.statusCode());
        assertTrue(!r.body().contains("<script>"), "input is never echoed");
    }

    @Test
    void holidayRulesAreAnAdministratorsAndNeverRewriteAPastYear() {
        int lastYear = java.time.LocalDate.now().getYear() - 1;
        String rule = "{\"code\":\"PAST_DAY\",\"month\":9,\"day\":1,\"firstYear\":" + lastYear + ",\"nameKk\":\"Сынақ\"}";
        assertEquals(403, Http.post("/api/calendar/rules", rule, "registrar", null).statusCode());
        HttpResponse<String> past = Http.post("/api/calendar/rules", rule, "admin", "en");
        assertEquals(400, past.statusCode());
        assertTrue(past.body().contains("past years are not rewritten"), past.body());
        HttpResponse<String> noYear = Http.post("/api/calendar/rules/CONSTITUTION_DAY/end", "{}", "admin", "ru");
        assertEquals(400, noYear.statusCode(), noYear.body());
        HttpResponse<String> rewrite = Http.post("/api/calendar/rules/CONSTITUTION_DAY/end",
                "{\"lastYear\":2020}", "admin", "kk");
        assertEquals(400, rewrite.statusCode());
        assertTrue(rewrite.body().contains("өткен жылдар қайта жазылмайды"), rewrite.body());
        assertEquals(400, Http.post("/api/calendar/rules/NO_SUCH/end", "{\"lastYear\":2030}", "admin", null).statusCode());
        HttpResponse<String> unnamed = Http.post("/api/calendar/rules",
                "{\"code\":\"NEXT_DAY\",\"month\":9,\"day\":1,\"firstYear\":2027}", "admin", "en");
        assertEquals(400, unnamed.statusCode(), "a rule without its Kazakh name is refused, not a 500: " + unnamed.body());
        assertTrue(unnamed.body().contains("Give the reason in Kazakh."), unnamed.body());
        HttpResponse<String> noReason = Http.post("/api/calendar/days", "{\"date\":\"2027-09-01\"}", "admin", "en");
        assertEquals(400, noReason.statusCode(), noReason.body());
    }
}
