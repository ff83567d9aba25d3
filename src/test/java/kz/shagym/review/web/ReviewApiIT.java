package kz.shagym.review.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.testing.Http;
import kz.shagym.testing.Letters;
import kz.shagym.testing.PdfText;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The provider's review over the API against the real server and database: the whole flow
 * to an answer sent on time, and each refusal (wrong role, wrong provider, wrong state, stale
 * version, bad input) leaving the case exactly as it was.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ReviewApiIT {

    static final String TODAY = LocalDate.now(BusinessClock.ZONE).toString();


    static JsonObject json(HttpResponse<String> response) {
        return Http.json(response);
    }

    static String registered() {
        HttpResponse<String> r = Http.post("/api/complaints", Letters.json("900101300017", TODAY), "registrar", null);
        assertEquals(201, r.statusCode(), r.body());
        return "/api/complaints/" + URLEncoder.encode(json(r).getString("number"), StandardCharsets.UTF_8);
    }

    static JsonObject read(String path) {
        HttpResponse<String> r = Http.get(path, "head");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("\"" + json(r).getInt("version") + "\"", r.headers().firstValue("ETag").orElseThrow());
        return json(r);
    }

    static JsonObject step(String path, String step, String body, String user) {
        HttpResponse<String> r = Http.post(path + "/" + step, body, user, null);
        assertEquals(200, r.statusCode(), step + " by " + user + ": " + r.body());
        return json(r);
    }

    /** The step is refused with {@code status} and the case stays as it was. */
    static String refused(int status, String path, String step, String body, String user, String language) {
        JsonObject before = read(path);
        HttpResponse<String> r = Http.post(path + "/" + step, body, user, language);
        assertEquals(status, r.statusCode(), step + " by " + user + ": " + r.body());
        JsonObject after = read(path);
        assertEquals(before.getString("state"), after.getString("state"));
        assertEquals(before.getInt("version"), after.getInt("version"));
        assertEquals(before.getJsonArray("history").size(), after.getJsonArray("history").size());
        return r.body();
    }

    @Test
    void theWholeReviewToAnAnswerSentOnTime() throws Exception {
        String path = registered();
        JsonObject fresh = read(path);
        assertEquals("REGISTERED", fresh.getString("state"));
        assertTrue(fresh.getInt("workingDaysLeft") >= 4, fresh.toString());
        assertEquals(JsonValue.NULL, fresh.get("onTime"));

        assertEquals("ASSIGNED", step(path, "assignment", "{\"executor\":\"executor\"}", "head").getString("state"));
        assertEquals("ASSIGNED", step(path, "answer/draft",
                "{\"outcome\":\"PARTLY_SATISFIED\",\"reasoning\":\"Жұмыс нұсқасы.\"}", "executor").getString("state"),
                "a draft kept stays with the executor");
        assertEquals(403, Http.post(path + "/answer/draft", "{\"outcome\":\"REJECTED\",\"reasoning\":\"x\"}", "head", null)
                .statusCode(), "only the executor keeps a draft");
        assertEquals("ANSWER_DRAFTED", step(path, "answer",
                "{\"outcome\":\"PARTLY_SATISFIED\",\"reasoning\":\"Бірінші нұсқа.\"}", "executor").getString("state"));
        assertEquals("ASSIGNED", step(path, "return", "{\"comment\":\"Мерзімдерді көрсетіңіз.\"}", "head").getString("state"));
        assertEquals("ANSWER_DRAFTED", step(path, "answer",
                "{\"outcome\":\"REJECTED\",\"reasoning\":\"Анықтама 20 қарашада берілді, мерзім бұзылған жоқ.\"}", "executor")
                .getString("state"));
        assertEquals("ANSWER_APPROVED", step(path, "approval", "{}", "head").getString("state"));
        JsonObject sent = step(path, "dispatch",
                "{\"method\":\"POST\",\"date\":\"" + TODAY + "\",\"trackingNumber\":\"RR123456785KZ\"}", "registrar");
        assertEquals("ANSWER_SENT", sent.getString("state"));
        assertTrue(sent.getBoolean("onTime"));

        JsonObject done = read(path);
        assertEquals("ANSWER_SENT", done.getString("state"));
        assertTrue(done.getBoolean("onTime"));
        assertEquals(JsonValue.NULL, done.get("workingDaysLeft"));
        assertEquals("executor", done.getString("executor"));
        var history = done.getJsonArray("history");
        assertEquals(7, history.size(), history.toString());
        assertEquals("Мерзімдерді көрсетіңіз.", history.getJsonObject(3).getString("comment"));
        assertEquals("ANSWER_DRAFTED", history.getJsonObject(3).getString("from"));
        assertEquals("ASSIGNED", history.getJsonObject(3).getString("to"));

        HttpResponse<byte[]> letter = Http.getBytes(path + "/answer.pdf", "registrar");
        assertEquals(200, letter.statusCode());
        String text = PdfText.oneLine(letter.body());
        assertTrue(text.contains("мерзім бұзылған жоқ") && text.contains("уәкілетті органға") && text.contains("сотқа"), text);
    }

    @Test
    void wrongRoleWrongProviderAndWrongStateAreRefusedAndChangeNothing() {
        String path = registered();
        refused(403, path, "assignment", "{\"executor\":\"executor\"}", "registrar", null);
        refused(403, path, "assignment", "{\"executor\":\"executor\"}", "registrar2", null);
        refused(409, path, "approval", "{}", "head", null);
        String wrongState = refused(409, path, "dispatch",
                "{\"method\":\"POST\",\"date\":\"" + TODAY + "\",\"trackingNumber\":\"RR123456785KZ\"}", "registrar", "ru");
        assertTrue(wrongState.contains("В текущем состоянии дела это действие невозможно."), wrongState);

        step(path, "assignment", "{\"executor\":\"executor\"}", "head");
        refused(403, path, "answer", "{\"outcome\":\"REJECTED\",\"reasoning\":\"x\"}", "head", null);
        refused(403, path, "withdrawal", "{\"date\":\"" + TODAY + "\"}", "registrar2", null);
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsOverwritten() {
        String path = registered();
        int seen = read(path).getInt("version");
        HttpResponse<String> first = Http.post(path + "/assignment", "{\"executor\":\"executor\"}", "head",
                "If-Match", "\"" + seen + "\"");
        assertEquals(200, first.statusCode(), first.body());
        JsonObject after = read(path);

        HttpResponse<String> second = Http.post(path + "/withdrawal", "{\"date\":\"" + TODAY + "\"}", "registrar",
                "If-Match", "\"" + seen + "\"");
        assertEquals(409, second.statusCode(), second.body());
        JsonObject unchanged = read(path);
        assertEquals("ASSIGNED", unchanged.getString("state"));
        assertEquals(after.getInt("version"), unchanged.getInt("version"));
    }

    @Test
    void badInputIsRefusedAtItsFieldInTheCallersLanguage() {
        String path = registered();
        assertTrue(refused(400, path, "assignment", "{\"executor\":\"registrar2\"}", "head", null).contains("\"executor\""));
        // Staff of the provider, but not executors by the user registry: the registrar, the head.
        assertTrue(refused(400, path, "assignment", "{\"executor\":\"registrar\"}", "head", "en")
                .contains("{\"field\":\"executor\",\"message\":\"Choose an executor of your organisation"));
        refused(400, path, "assignment", "{\"executor\":\"head\"}", "head", null);
        step(path, "assignment", "{\"executor\":\"executor\"}", "head");
        assertTrue(refused(400, path, "answer", "{\"outcome\":\"REJECTED\",\"reasoning\":\" \"}", "executor", "en")
                .contains("{\"field\":\"reasoning\",\"message\":\"Required.\"}"));
        assertTrue(refused(400, path, "answer", "{\"outcome\":\"MAYBE\",\"reasoning\":\"x\"}", "executor", null)
                .contains("\"outcome\""));
        step(path, "answer", "{\"outcome\":\"SATISFIED\",\"reasoning\":\"Анықтама берілді.\"}", "executor");
        assertTrue(refused(400, path, "return", "{}", "head", null).contains("\"comment\""));
        step(path, "approval", "{}", "head");
        String badTracking = refused(400, path, "dispatch",
                "{\"method\":\"POST\",\"date\":\"" + TODAY + "\",\"trackingNumber\":\"RR123456784KZ\"}", "registrar", "ru");
        assertTrue(badTracking.contains("\"trackingNumber\"") && badTracking.contains("контрольной цифрой"), badTracking);
        assertTrue(refused(400, path, "dispatch", "{\"method\":\"IN_PERSON\",\"date\":\"2099-01-01\",\"receiverName\":\"Ә.\"}",
                "registrar", null).contains("\"date\""));
        assertTrue(refused(400, path, "dispatch", "{\"method\":\"IN_PERSON\",\"date\":\"" + TODAY + "\"}",
                "registrar", null).contains("\"receiverName\""));
        JsonObject handed = step(path, "dispatch",
                "{\"method\":\"IN_PERSON\",\"date\":\"" + TODAY + "\",\"receiverName\":\"Сейітова Ә.\"}", "registrar");
        assertEquals("ANSWER_SENT", handed.getString("state"));
    }

    @Test
    void aWrittenWithdrawalClosesTheCase() {
        String path = registered();
        assertEquals("WITHDRAWN", step(path, "withdrawal", "{\"date\":\"" + TODAY + "\",\"note\":\"Өтініш 12 б.\"}",
                "registrar").getString("state"));
        refused(409, path, "assignment", "{\"executor\":\"executor\"}", "head", null);
        assertEquals(JsonValue.NULL, read(path).get("workingDaysLeft"));
    }
}
