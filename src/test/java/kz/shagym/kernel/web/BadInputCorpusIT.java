package kz.shagym.kernel.web;

import static kz.shagym.testing.Cases.TODAY;
import static kz.shagym.testing.Cases.ok;
import static kz.shagym.testing.Cases.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.shagym.testing.Cases;
import kz.shagym.testing.Http;
import kz.shagym.testing.Letters;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A corpus of bad input over every write endpoint of the API, sent by a caller whose role may
 * take the step, at a case in the state where the step is possible: each answer is a 4xx
 * (never 401 or 403, never 5xx) in JSON, naming the field and saying what is wrong, and
 * nothing is written: no number is used, no case changes, the calendar is as it was, and
 * none of the callers has a new audit record.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class BadInputCorpusIT {

    /** One bad request and the field its refusal must name (null: the body as a whole). */
    record Bad(String method, String path, String user, String body, String field) {
    }

    static final String NUL = "\u0000";
    static final String[] HIDDEN = {"\u0000", "\u0007", "\u202E", "\u200B", "\u001B"};
    static final List<String> CALLERS = List.of("registrar", "executor", "head", "admin", "agency-registrar");

    @Test
    void everyBadInputIsRefusedAtItsFieldAndChangesNothing() {
        Map<String, String> cases = casesInEachState();
        List<Bad> corpus = new ArrayList<>();
        registrations(corpus);
        steps(corpus, cases);
        calendar(corpus);
        assertTrue(corpus.size() >= 200, "a corpus of " + corpus.size());

        long providerNumber = Cases.sequence(register("registrar", Letters.json("900101300017", TODAY)));
        long appealNumber = Cases.sequence(register("agency-registrar", appeal()));
        Map<String, String> casesBefore = fingerprints(cases);
        String calendarBefore = calendar();
        Map<String, String> auditBefore = newestAudit();

        StringBuilder wrong = new StringBuilder();
        for (Bad bad : corpus) {
            HttpResponse<String> r = Http.send(bad.method(), bad.path(), bad.user(),
                    bad.body() == null ? null : "application/json", bad.body());
            String said = bad.method() + " " + bad.path() + " " + abbreviated(bad.body()) + " -> " + r.statusCode() + " "
                    + abbreviated(r.body());
            if (r.statusCode() < 400 || r.statusCode() >= 500 || r.statusCode() == 401 || r.statusCode() == 403) {
                wrong.append("not refused as bad input: ").append(said).append('\n');
                continue;
            }
            JsonObject answer;
            try {
                answer = Json.createReader(new StringReader(r.body())).readObject();
            } catch (RuntimeException notJson) {
                wrong.append("not JSON: ").append(said).append('\n');
                continue;
            }
            var errors = answer.getJsonArray("errors").getValuesAs(JsonObject.class);
            boolean messages = !errors.isEmpty() && errors.stream().allMatch(e -> !e.getString("message", "").isBlank());
            boolean field = bad.field() == null || errors.stream()
                    .anyMatch(e -> e.get("field") instanceof JsonString named && bad.field().equals(named.getString()));
            if (!messages || !field) {
                wrong.append("expected a message at ").append(bad.field()).append(": ").append(said).append('\n');
            }
        }
        assertEquals("", wrong.toString());

        assertEquals(auditBefore, newestAudit(), "no caller has a new audit record");
        assertEquals(casesBefore, fingerprints(cases), "no case changed");
        assertEquals(calendarBefore, calendar(), "the calendar is as it was");
        assertEquals(providerNumber + 1, Cases.sequence(register("registrar", Letters.json("900101300017", TODAY))),
                "no provider number used");
        assertEquals(appealNumber + 1, Cases.sequence(register("agency-registrar", appeal())), "no appeal number used");
    }

    /** Registration: every field of the letter wrong in every way its kind can be, and bodies that are no letter. */
    static void registrations(List<Bad> corpus) {
        JsonObject letter = Json.createReader(new StringReader(Letters.json("900101300017", TODAY))).readObject();
        Map<String, Integer> required = new LinkedHashMap<>();
        required.put("complainant.surname", 100);
        required.put("complainant.name", 100);
        required.put("complainant.address", 400);
        required.put("summary", 4000);
        Map<String, Integer> optional = new LinkedHashMap<>();
        optional.put("complainant.patronymic", 100);
        optional.put("official", 200);
        optional.put("officialPosition", 200);
        optional.put("complainant.email", 200);
        optional.put("complainant.phone", 30);
        for (var text : required.entrySet()) {
            for (JsonValue blank : List.of(Json.createValue(""), Json.createValue("   "), JsonValue.NULL)) {
                corpus.add(letter(letter, text.getKey(), blank));
            }
        }
        Map<String, Integer> texts = new LinkedHashMap<>(required);
        texts.putAll(optional);
        for (var text : texts.entrySet()) {
            corpus.add(letter(letter, text.getKey(), Json.createValue("Ә".repeat(text.getValue() + 1))));
            for (String hidden : HIDDEN) {
                corpus.add(letter(letter, text.getKey(), Json.createValue("Сейі" + hidden + "това")));
            }
            for (JsonValue wrongType : List.of(Json.createValue(42), Json.createArrayBuilder().add("x").build(),
                    JsonValue.EMPTY_JSON_OBJECT, JsonValue.TRUE)) {
                corpus.add(letter(letter, text.getKey(), wrongType));
            }
        }
        for (String iin : List.of("", "12345", "1234567890123", "ABCDEFGHIJKL", "900101300018", "9001013000\u00A017")) {
            corpus.add(letter(letter, "complainant.iin", Json.createValue(iin)));
        }
        corpus.add(letter(letter, "complainant.iin", Json.createValue(900101300017L)));
        for (String choice : List.of("channel", "complainant.type", "language", "answerDelivery", "subject")) {
            for (JsonValue wrong : List.of(Json.createValue("BOGUS"), Json.createValue(""), Json.createValue(1))) {
                corpus.add(letter(letter, choice, wrong));
            }
        }
        for (JsonValue date : List.of(Json.createValue("2099-01-01"), Json.createValue("2020-01-01"),
                Json.createValue("2026-02-30"), Json.createValue("20.11.2026"), Json.createValue(""),
                Json.createValue(20261120))) {
            corpus.add(letter(letter, "postmarkDate", date));
        }
        for (JsonValue pages : List.of(Json.createValue(0), Json.createValue(-1), Json.createValue(1001),
                Json.createValue(2.5), Json.createValue("2"), Json.createValue(1e10), JsonValue.NULL)) {
            corpus.add(letter(letter, "pages", pages));
        }
        for (JsonValue service : List.of(Json.createValue("NOPE"), Json.createValue(""), Json.createValue(5))) {
            corpus.add(letter(letter, "serviceCode", service));
        }
        corpus.add(letter(letter, "envelopeTracking", Json.createValue("<script>alert(1)</script>")));
        corpus.add(letter(letter, "ground", Json.createValue("BOGUS")));
        for (String body : List.of("", "not json", "[]", "null", "42", "{\"channel\":\"POST\"", "[" + letter + "]")) {
            corpus.add(new Bad("POST", "/api/complaints", "registrar", body, null));
        }
        corpus.add(new Bad("POST", "/api/complaints", "registrar", "{\"summary\":\"" + "Ә".repeat(300_000) + "\"}", null));
    }

    /** The review's and the appeal's steps, each at a case where the step is possible but for its input. */
    static void steps(List<Bad> corpus, Map<String, String> cases) {
        String registered = path(cases.get("registered"));
        for (String executor : List.of("\"\"", "\"nobody\"", "\"registrar\"", "5", "null")) {
            corpus.add(new Bad("POST", registered + "/assignment", "head", "{\"executor\":" + executor + "}", "executor"));
        }
        String assigned = path(cases.get("assigned"));
        for (String step : List.of("/answer", "/answer/draft")) {
            corpus.add(new Bad("POST", assigned + step, "executor", "{\"outcome\":\"BOGUS\",\"reasoning\":\"x\"}", "outcome"));
            corpus.add(new Bad("POST", assigned + step, "executor", "{\"outcome\":1,\"reasoning\":\"x\"}", "outcome"));
            corpus.add(new Bad("POST", assigned + step, "executor", "{\"outcome\":\"REJECTED\",\"reasoning\":\""
                    + "Ә".repeat(8001) + "\"}", "reasoning"));
            corpus.add(new Bad("POST", assigned + step, "executor", "{\"outcome\":\"REJECTED\",\"reasoning\":\"a\\u202Eb\"}",
                    "reasoning"));
        }
        corpus.add(new Bad("POST", assigned + "/answer", "executor", "{\"outcome\":\"REJECTED\",\"reasoning\":\"  \"}", "reasoning"));
        corpus.add(new Bad("POST", assigned + "/answer", "executor", "{\"reasoning\":\"x\"}", "outcome"));
        String drafted = path(cases.get("drafted"));
        for (String comment : List.of("\"\"", "\"a\\u0000b\"", "\"" + "Ә".repeat(1001) + "\"", "7")) {
            corpus.add(new Bad("POST", drafted + "/return", "head", "{\"comment\":" + comment + "}", "comment"));
        }
        String approved = path(cases.get("approved"));
        corpus.add(new Bad("POST", approved + "/dispatch", "registrar", "{\"method\":\"BOGUS\",\"date\":\"" + TODAY + "\"}", "method"));
        corpus.add(new Bad("POST", approved + "/dispatch", "registrar", "{\"date\":\"" + TODAY + "\"}", "method"));
        corpus.add(new Bad("POST", approved + "/dispatch", "registrar", "{\"method\":\"IN_PERSON\",\"date\":\"2099-01-01\","
                + "\"receiverName\":\"Сейітова Ә.\"}", "date"));
        corpus.add(new Bad("POST", approved + "/dispatch", "registrar", "{\"method\":\"IN_PERSON\",\"date\":\"x\","
                + "\"receiverName\":\"Сейітова Ә.\"}", "date"));
        corpus.add(new Bad("POST", approved + "/dispatch", "registrar", "{\"method\":\"POST\",\"date\":\"" + TODAY
                + "\",\"trackingNumber\":\"<script>\"}", "trackingNumber"));
        corpus.add(new Bad("POST", approved + "/dispatch", "registrar", "{\"method\":\"IN_PERSON\",\"date\":\"" + TODAY
                + "\",\"receiverName\":\"a\\u202Eb\"}", "receiverName"));
        for (String date : List.of("\"2099-01-01\"", "\"x\"", "5")) {
            corpus.add(new Bad("POST", registered + "/withdrawal", "registrar", "{\"date\":" + date + "}", "date"));
            corpus.add(new Bad("POST", path(cases.get("held")) + "/forwarding", "registrar", "{\"date\":" + date + "}", "date"));
            corpus.add(new Bad("POST", path(cases.get("instructed")) + "/compliance", "head", "{\"date\":" + date
                    + ",\"note\":\"Орындалды.\"}", "date"));
            corpus.add(new Bad("POST", path(cases.get("answered")) + "/court", "registrar", "{\"court\":\"Астана соты\","
                    + "\"filedOn\":" + date + ",\"caseNumber\":\"7199-26-00-4/1\"}", "filedOn"));
            corpus.add(new Bad("POST", path(cases.get("inCourt")) + "/court/judgment", "agency-registrar",
                    "{\"result\":\"UPHELD\",\"date\":" + date + "}", "date"));
        }
        corpus.add(new Bad("POST", registered + "/withdrawal", "registrar", "{\"date\":\"" + TODAY + "\",\"note\":\""
                + "Ә".repeat(5000) + "\"}", "note"));
        corpus.add(new Bad("POST", path(cases.get("instructed")) + "/compliance", "head", "{\"date\":\"" + TODAY
                + "\",\"note\":\"\"}", "note"));
        corpus.add(new Bad("POST", path(cases.get("instructed")) + "/compliance", "head", "{\"date\":\"" + TODAY
                + "\",\"note\":\"a\\u202Eb\"}", "note"));
        for (String court : List.of("\"\"", "\"a\\u202Eb\"", "\"" + "Ә".repeat(301) + "\"")) {
            corpus.add(new Bad("POST", path(cases.get("answered")) + "/court", "registrar", "{\"court\":" + court
                    + ",\"filedOn\":\"" + TODAY + "\",\"caseNumber\":\"7199-26-00-4/1\"}", "court"));
        }
        corpus.add(new Bad("POST", path(cases.get("answered")) + "/court", "registrar", "{\"court\":\"Астана соты\","
                + "\"filedOn\":\"" + TODAY + "\",\"caseNumber\":\"\"}", "caseNumber"));
        corpus.add(new Bad("POST", path(cases.get("inCourt")) + "/court/judgment", "agency-registrar",
                "{\"result\":\"BOGUS\",\"date\":\"" + TODAY + "\"}", "result"));
        // No such provider or no such number: the pair names no forwarded appeal, which the refusal says at number.
        corpus.add(new Bad("POST", "/api/appeals/forwarded", "agency-registrar", "{\"provider\":\"NOPE\",\"number\":\"x\"}",
                "number"));
        corpus.add(new Bad("POST", "/api/appeals/forwarded", "agency-registrar", "{\"provider\":\"DEMO\",\"number\":\"\"}",
                "number"));
    }

    /** The calendar's administration: days and rules. */
    static void calendar(List<Bad> corpus) {
        for (String date : List.of("\"x\"", "\"2026-02-30\"", "5", "null")) {
            corpus.add(new Bad("POST", "/api/calendar/days", "admin", "{\"date\":" + date + ",\"reasonKk\":\"Мереке\"}", "date"));
        }
        for (String reason : List.of("\"\"", "\"a\\u202Eb\"", "\"" + "Ә".repeat(301) + "\"")) {
            corpus.add(new Bad("POST", "/api/calendar/days", "admin", "{\"date\":\"2027-12-01\",\"reasonKk\":" + reason + "}",
                    "reasonKk"));
        }
        corpus.add(new Bad("POST", "/api/calendar/rules", "admin", "{\"code\":\"TEST_DAY\",\"month\":13,\"day\":1,"
                + "\"firstYear\":2027,\"nameKk\":\"Тест\"}", "month"));
        corpus.add(new Bad("POST", "/api/calendar/rules", "admin", "{\"code\":\"TEST_DAY\",\"month\":2,\"day\":30,"
                + "\"firstYear\":2027,\"nameKk\":\"Тест\"}", "day"));
        corpus.add(new Bad("POST", "/api/calendar/rules", "admin", "{\"code\":\"TEST_DAY\",\"month\":3,\"day\":1,"
                + "\"firstYear\":1999,\"nameKk\":\"Тест\"}", "firstYear"));
        corpus.add(new Bad("POST", "/api/calendar/rules", "admin", "{\"code\":\"TEST_DAY\",\"month\":\"3\",\"day\":1,"
                + "\"firstYear\":2027,\"nameKk\":\"Тест\"}", "month"));
        corpus.add(new Bad("POST", "/api/calendar/rules/CONSTITUTION_DAY/end", "admin", "{\"lastYear\":1999}", "lastYear"));
        corpus.add(new Bad("POST", "/api/calendar/rules/CONSTITUTION_DAY/end", "admin", "{\"lastYear\":\"x\"}", "lastYear"));
    }

    /** The demo provider's cases, one at each step a bad input is tried at, and the authorized body's. */
    static Map<String, String> casesInEachState() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("registered", Cases.providerCase());
        cases.put("assigned", Cases.assignedProviderCase());
        cases.put("drafted", Cases.draftedProviderCase());
        cases.put("approved", Cases.approvedProviderCase());
        String answered = Cases.answeredProviderCase();
        cases.put("answered", answered);
        cases.put("held", Cases.appealHeldToForward(answered));
        String instructed = Cases.answeredProviderCase();
        String decided = Cases.appealDecidedAndInCourt(instructed, "7199-26-00-4/2");
        cases.put("instructed", instructed);
        cases.put("inCourt", decided);
        return cases;
    }

    private static String appeal() {
        return Letters.appealJson("SERVICE_RESULT", "DEMO", null, TODAY);
    }

    private static Bad letter(JsonObject letter, String field, JsonValue value) {
        String[] parts = field.split("\\.");
        JsonObject changed = parts.length == 1 ? with(letter, parts[0], value)
                : with(letter, parts[0], with(letter.getJsonObject(parts[0]), parts[1], value));
        return new Bad("POST", "/api/complaints", "registrar", changed.toString(), parts[parts.length - 1]);
    }

    /** {@code object} with {@code key} set to {@code value}, or left out when the value is JSON null. */
    private static JsonObject with(JsonObject object, String key, JsonValue value) {
        JsonObjectBuilder copy = Json.createObjectBuilder(object);
        if (value == JsonValue.NULL) {
            copy.remove(key);
        } else {
            copy.add(key, value);
        }
        return copy.build();
    }

    private static String register(String user, String letter) {
        return ok(Http.post("/api/complaints", letter, user, null), 201).getString("number");
    }

    /** Each case's state and version, as the office reads them. */
    private static Map<String, String> fingerprints(Map<String, String> cases) {
        Map<String, String> seen = new LinkedHashMap<>();
        cases.forEach((step, number) -> {
            String reader = step.equals("inCourt") ? "agency-registrar" : "registrar";
            JsonObject c = ok(Http.get(path(number), reader), 200);
            seen.put(step, c.getString("state") + " v" + c.get("version") + " court " + c.get("court"));
        });
        return seen;
    }

    private static String calendar() {
        return Http.get("/api/calendar/non-working-days?year=2027", null).body()
                + Http.get("/api/calendar/non-working-days?year=2026", null).body();
    }

    /** The newest audit record of each caller of the corpus. */
    private static Map<String, String> newestAudit() {
        Map<String, String> newest = new LinkedHashMap<>();
        for (String user : CALLERS) {
            newest.put(user, Http.get("/api/audit?max=1&actor=" + user, "admin").body());
        }
        return newest;
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
