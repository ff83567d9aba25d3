package kz.shagym.statistics.web;

import static kz.shagym.testing.Cases.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.testing.Cases;
import kz.shagym.testing.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The figures over HTTP: who may ask, what bad input gets, the cases behind a figure, and the
 * open data that anyone downloads without anything personal in it.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class StatisticsApiIT {

    /** What a case holds about people and what they wrote; none of it is a figure. */
    static final String[] PERSONAL = {"900101300017", "Сейітова", "Әсел", "Ерланқызы", "701 000", "asel@",
            "Анықтама берілді", "executor", "head", "registrar"};
    static final YearMonth MONTH = YearMonth.from(LocalDate.now(BusinessClock.ZONE));
    static final String THIS_MONTH = "from=" + MONTH + "&to=" + MONTH;


    @Test
    void theCasesBehindAFigureAreNumbersDatesAndStatesOnly() {
        String number = Cases.answeredProviderCase();
        JsonObject answer = ok(Http.get("/api/statistics/cases?" + THIS_MONTH + "&provider=DEMO&figure=answeredOnTime",
                "quality"), 200);
        JsonObject found = answer.getJsonArray("cases").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("number").equals(number)).findFirst().orElseThrow();
        assertEquals(Set.of("number", "registeredOn", "deadline", "answeredOn", "state", "outcome"), found.keySet());
        assertEquals("ANSWER_SENT", found.getString("state"));
        assertEquals("REJECTED", found.getString("outcome"));
        int onTime = ok(Http.get("/api/statistics?" + THIS_MONTH + "&provider=DEMO&groupBy=service", "head"), 200)
                .getJsonObject("total").getInt("answeredOnTime");
        JsonObject mine = ok(Http.get("/api/statistics/cases?" + THIS_MONTH + "&figure=ANSWERED_ON_TIME", "head"), 200);
        assertEquals(onTime, mine.getJsonArray("cases").size(), "as many cases as the figure says");
    }

    @Test
    void withoutSigningInTheFiguresAskForCredentials() {
        assertEquals(401, Http.get("/api/statistics?" + THIS_MONTH, null, null, null).statusCode());
        assertEquals(401, Http.get("/api/statistics/cases?" + THIS_MONTH + "&provider=DEMO&figure=registered", null, null, null)
                .statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"registrar", "executor", "operator", "admin", "agency-registrar", "agency-officer"})
    void onlyTheAuthorizedBodyAndHeadsSeeFigures(String user) {
        assertEquals(403, Http.get("/api/statistics?" + THIS_MONTH, user).statusCode(), user);
        assertEquals(403, Http.get("/api/statistics/cases?" + THIS_MONTH + "&provider=DEMO&figure=registered", user)
                .statusCode(), user);
    }

    @Test
    void aProvidersHeadOpensNoOtherProvidersCases() {
        HttpResponse<String> r = Http.get("/api/statistics/cases?" + THIS_MONTH + "&provider=SECOND&figure=registered",
                "head", "demo", "en");
        assertEquals(403, r.statusCode(), r.body());
        assertEquals("{\"errors\":[{\"field\":\"provider\",\"message\":\"You see the figures of your own provider only.\"}]}",
                r.body());
        assertEquals(200, Http.get("/api/statistics?" + THIS_MONTH + "&provider=SECOND", "agency-head").statusCode(),
                "the authorized body's head sees every provider");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "from=2026-01-15&to=2026-02 | from | Figures are kept by month: a period starts on the first day of a month.",
            "from=2026-01&to=2026-02-27 | to | Figures are kept by month: a period ends on the last day of a month.",
            "from=2026-03&to=2026-02 | to | The end of the period comes before its start.",
            "from=March&to=2026-02 | from | Write the month as 2026-03 (or a date as 2026-03-01).",
            "to=2026-02 | from | Give the month.",
            "from=1990-01&to=2026-02 | to | A period is at most 120 months.",
            "from=2026-01&to=2026-02&groupBy=year | groupBy | Rows are by provider, service, month or executor.",
            "from=2026-01&to=2026-02&groupBy=executor | groupBy | 'Rows by executor are for one provider: choose the provider.'",
            "from=2026-01&to=2026-02&provider=NOPE | provider | There is no such provider.",
            "from=2026-01&to=2026-02&provider=<script> | provider | There is no such provider."})
    void badInputIsA400AtItsFieldInTheCallersLanguage(String query, String field, String message) {
        HttpResponse<String> r = Http.get("/api/statistics?" + query.replace("<", "%3C").replace(">", "%3E"),
                "quality", "demo", "en");
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("{\"errors\":[{\"field\":\"" + field + "\",\"message\":\"" + message + "\"}]}", r.body());
    }

    @Test
    void aFigureThatCannotBeOpenedIsA400() {
        HttpResponse<String> r = Http.get("/api/statistics/cases?" + THIS_MONTH + "&provider=DEMO&figure=salary",
                "quality", "demo", "ru");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Такого показателя для раскрытия нет."), r.body());
    }

    @Test
    void openDataIsForAnyoneAndHoldsNothingPersonal() {
        Cases.answeredProviderCase();
        HttpResponse<String> r = Http.get("/api/open-data/providers?year=" + MONTH.getYear(), null, null, null);
        JsonObject data = ok(r, 200);
        assertTrue(r.headers().firstValue("Link").orElse("").contains("rel=\"license\""));
        assertTrue(data.getString("licence").startsWith("CC BY 4.0"));
        JsonObject demo = data.getJsonArray("providers").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("provider").equals("DEMO")).findFirst().orElseThrow();
        assertTrue(demo.getInt("answered") >= 1);
        assertEquals(Set.of("kk", "ru", "en"), demo.getJsonObject("name").keySet());
        assertFalse(demo.containsKey("executor"));
        for (String personal : PERSONAL) {
            assertFalse(r.body().contains(personal), personal + " in " + r.body());
        }
    }

    @Test
    void openDataAsCsvWhenAskedForIt() {
        Cases.answeredProviderCase();
        String year = "year=" + MONTH.getYear();
        HttpResponse<String> byHeader = Http.getWithHeader("/api/open-data/providers?" + year, "Accept", "text/csv");
        HttpResponse<String> byLink = Http.get("/api/open-data/providers?" + year + "&format=csv", null, null, null);
        for (HttpResponse<String> r : java.util.List.of(byHeader, byLink)) {
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            String[] lines = r.body().split("\r\n");
            assertTrue(lines[0].startsWith("provider,name_kk,name_ru,name_en,registered,answered,answered_on_time,"),
                    lines[0]);
            assertTrue(r.body().contains("\r\nDEMO,"), r.body());
            for (String personal : PERSONAL) {
                assertFalse(r.body().contains(personal), personal + " in the CSV");
            }
        }
    }

    @Test
    void openDataAsXlsxWithTheCsvsColumnsAndNumbersAsNumbers() throws Exception {
        HttpResponse<byte[]> r = Http.getBytes("/api/open-data/providers?year=" + MONTH.getYear() + "&format=xlsx", null);
        assertEquals(200, r.statusCode());
        try (org.apache.poi.ss.usermodel.Workbook book = org.apache.poi.ss.usermodel.WorkbookFactory
                .create(new java.io.ByteArrayInputStream(r.body()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            assertEquals("provider", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("registered", sheet.getRow(0).getCell(4).getStringCellValue());
            boolean demo = false;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("DEMO")) {
                    demo = row.getCell(4).getNumericCellValue() >= 1;
                }
            }
            assertTrue(demo, "DEMO's row, its registered count a number");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1999 | Choose a year from 2020 to ", "abc | A year is four digits.",
            "2026&format=pdf | The open data come as json, csv or xlsx."})
    void aYearOutOfRangeIsA400(String year, String message) {
        HttpResponse<String> r = Http.get("/api/open-data/providers?year=" + year, null, null, "en");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains(message.strip()), r.body());
    }
}
