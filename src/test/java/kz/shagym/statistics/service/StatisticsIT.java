package kz.shagym.statistics.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import kz.shagym.appeals.service.Instructions;
import kz.shagym.intake.model.ComplaintForm;
import kz.shagym.intake.service.Intake;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.WorkingDays;
import kz.shagym.registry.model.AnswerDelivery;
import kz.shagym.review.model.Dispatch;
import kz.shagym.review.model.Outcome;
import kz.shagym.review.service.ProviderReview;
import kz.shagym.testing.Letters;
import kz.shagym.testing.SignedInTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, on Derby and on PostgreSQL: the figures the API gives for this month are
 * the ones a plain query over the cases gives, after cases were registered, answered on time,
 * withdrawn, left open, appealed and put right through the services. The database may hold
 * other tests' cases too: both sides count them alike.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsIT extends SignedInTest {

    @EJB
    Intake intake;

    @EJB
    ProviderReview review;

    @EJB
    Instructions instructions;

    @EJB
    WorkingDays workingDays;

    @Resource(lookup = "jdbc/shagym")
    DataSource database;

    final LocalDate today = LocalDate.now(BusinessClock.ZONE);
    final YearMonth month = YearMonth.from(today);

    ComplaintForm letter() {
        ComplaintForm f = Letters.individual();
        f.setPostmarkDate(today.toString());
        return f;
    }

    String registered() throws Exception {
        signIn("registrar");
        return intake.register(letter(), List.of()).getIncomingNumber();
    }

    String answered(Outcome outcome) throws Exception {
        String number = registered();
        signIn("head");
        review.assign(number, null, "executor");
        signIn("executor");
        review.draft(number, null, outcome, "Анықтама берілді.");
        signIn("head");
        review.approve(number, null);
        signIn("registrar");
        review.dispatch(number, null, new Dispatch(AnswerDelivery.IN_PERSON, today, null, "Сейітова Ә."));
        return number;
    }

    /** One of each: answered twice, withdrawn, open, and an answer appealed, upheld and put right. */
    @BeforeEach
    void cases() throws Exception {
        answered(Outcome.SATISFIED);
        String rejected = answered(Outcome.REJECTED);
        String withdrawn = registered();
        review.withdraw(withdrawn, null, today, null);
        registered();

        signIn("agency-registrar");
        ComplaintForm form = letter();
        form.setGround("ANSWER");
        form.setProvider("DEMO");
        form.setAppealOf(rejected);
        String appeal = intake.register(form, List.of()).getIncomingNumber();
        signIn("agency-head");
        review.assign(appeal, null, "agency-officer");
        signIn("agency-officer");
        review.draft(appeal, null, Outcome.SATISFIED, "Анықтама кешікті.", "Анықтаманы қайта беру.", 5);
        signIn("agency-head");
        review.approve(appeal, null);
        signIn("agency-registrar");
        review.dispatch(appeal, null, new Dispatch(AnswerDelivery.IN_PERSON, today, null, "Сейітова Ә."));
        signIn("head");
        instructions.comply(rejected, today, "Анықтама қайта берілді.");
        request.logout();
    }

    @Test
    void theApisFiguresAreThoseAPlainQueryCountsFromTheCases() throws Exception {
        JsonObject answer = get("/api/statistics?from=" + month + "&to=" + month + "&groupBy=provider", "quality");
        JsonObject demo = answer.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("provider").equals("DEMO")).findFirst().orElseThrow();

        String provider = "organisation_id = (SELECT id FROM organisation WHERE code = 'DEMO') AND stage = 'PROVIDER'";
        String against = "against_organisation_id = (SELECT id FROM organisation WHERE code = 'DEMO') AND stage = 'APPEAL'";
        String left = " AND state = 'ANSWER_SENT' AND answer_left_on BETWEEN ? AND ?";
        assertFigure(demo, "registered", "SELECT COUNT(*) FROM complaint WHERE " + provider + " AND registration_date BETWEEN ? AND ?");
        assertFigure(demo, "answered", "SELECT COUNT(*) FROM complaint WHERE " + provider + left);
        assertFigure(demo, "answeredOnTime", "SELECT COUNT(*) FROM complaint WHERE " + provider + left + " AND answer_left_on <= deadline");
        assertFigure(demo, "withdrawn", "SELECT COUNT(*) FROM complaint c JOIN complaint_answer a ON a.complaint_id = c.id"
                + " WHERE c." + provider + " AND c.state = 'WITHDRAWN' AND a.withdrawal_date BETWEEN ? AND ?");
        assertFigure(demo, "overdueNow", "SELECT COUNT(*) FROM complaint WHERE " + provider
                + " AND state IN ('REGISTERED', 'ASSIGNED', 'ANSWER_DRAFTED', 'ANSWER_APPROVED')"
                + " AND registration_date BETWEEN ? AND ? AND deadline < CAST('" + today + "' AS DATE)");
        for (String outcome : List.of("SATISFIED", "PARTLY_SATISFIED", "REJECTED")) {
            String key = outcome.equals("PARTLY_SATISFIED") ? "partlySatisfied" : outcome.toLowerCase();
            assertFigure(demo, key, "SELECT COUNT(*) FROM complaint c JOIN complaint_answer a ON a.complaint_id = c.id"
                    + " WHERE c." + provider + " AND c.state = 'ANSWER_SENT' AND c.answer_left_on BETWEEN ? AND ?"
                    + " AND a.outcome = '" + outcome + "'");
        }
        assertFigure(demo, "appeals", "SELECT COUNT(*) FROM complaint WHERE " + against + " AND registration_date BETWEEN ? AND ?");
        assertFigure(demo, "appealsUpheld", "SELECT COUNT(*) FROM complaint c JOIN complaint_answer a ON a.complaint_id = c.id"
                + " WHERE c." + against + " AND c.answer_left_on BETWEEN ? AND ? AND a.outcome IN ('SATISFIED', 'PARTLY_SATISFIED')");
        assertFigure(demo, "instructions", "SELECT COUNT(*) FROM appeal_instruction WHERE provider_organisation_id ="
                + " (SELECT id FROM organisation WHERE code = 'DEMO') AND issued_on BETWEEN ? AND ?");
        assertFigure(demo, "instructionsCompliedOnTime", "SELECT COUNT(*) FROM appeal_instruction WHERE provider_organisation_id ="
                + " (SELECT id FROM organisation WHERE code = 'DEMO') AND issued_on BETWEEN ? AND ? AND complied_on <= deadline");
        assertTrue(demo.getInt("answered") >= 2 && demo.getInt("appealsUpheld") >= 1, demo.toString());

        double rate = (double) demo.getInt("answeredOnTime") / demo.getInt("answered");
        assertEquals(rate, demo.getJsonNumber("onTimeRate").doubleValue(), 0.00005);
        assertEquals(median(provider + left), demo.getJsonNumber("medianWorkingDays").doubleValue(), 0.05);
    }

    @Test
    void aProvidersHeadGetsTheirOwnProviderOnlyByServiceAndByExecutor() throws Exception {
        JsonObject mine = get("/api/statistics?from=" + month + "&to=" + month + "&groupBy=executor", "head");
        assertEquals("DEMO", mine.getString("provider"));
        assertTrue(mine.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .anyMatch(r -> r.getString("executor").equals("executor") && r.getInt("answered") >= 2), mine.toString());
        JsonObject all = get("/api/statistics?from=" + month + "&to=" + month + "&groupBy=provider", "head");
        assertEquals(1, all.getJsonArray("rows").size(), "one row: their own provider");
        assertEquals(403, status("/api/statistics?from=" + month + "&to=" + month + "&provider=SECOND", "head"));
        assertEquals(403, status("/api/statistics?from=" + month + "&to=" + month, "registrar"));
    }

    @Test
    void aCaseMovingIsCountedAtTheNextLook() throws Exception {
        String q = "/api/statistics?from=" + month + "&to=" + month + "&groupBy=provider";
        int before = demoFigure(get(q, "quality"), "registered");
        registered();
        request.logout();
        assertEquals(before + 1, demoFigure(get(q, "quality"), "registered"));
    }

    static int demoFigure(JsonObject answer, String key) {
        return answer.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("provider").equals("DEMO")).findFirst().orElseThrow().getInt(key);
    }

    void assertFigure(JsonObject row, String key, String plainQuery) throws Exception {
        assertEquals(count(plainQuery), row.getInt(key), key);
    }

    int count(String sql) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setDate(1, Date.valueOf(month.atDay(1)));
            s.setDate(2, Date.valueOf(month.atEndOfMonth()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** The median of working days to answer, from the answered cases' dates, sorted and read in the middle. */
    double median(String where) throws Exception {
        List<Integer> days = new ArrayList<>();
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT registration_date, answer_left_on FROM complaint WHERE " + where)) {
            s.setDate(1, Date.valueOf(month.atDay(1)));
            s.setDate(2, Date.valueOf(month.atEndOfMonth()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    days.add(workingDays.calendar().workingDaysLeft(r.getDate(1).toLocalDate(), r.getDate(2).toLocalDate()));
                }
            }
        }
        Collections.sort(days);
        int n = days.size();
        return n % 2 == 1 ? days.get(n / 2) : (days.get(n / 2 - 1) + days.get(n / 2)) / 2.0;
    }

    JsonObject get(String path, String user) throws Exception {
        HttpResponse<String> r = send(path, user);
        assertEquals(200, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    int status(String path, String user) throws Exception {
        return send(path, user).statusCode();
    }

    static HttpResponse<String> send(String path, String user) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + System.getProperty("it.http.port", "9180") + path))
                .header("Authorization", "Basic " + auth).header("Accept-Language", "en").GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
