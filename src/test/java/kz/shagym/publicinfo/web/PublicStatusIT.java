package kz.shagym.publicinfo.web;

import static kz.shagym.testing.Cases.TODAY;
import static kz.shagym.testing.Cases.answeredProviderCase;
import static kz.shagym.testing.Cases.ok;
import static kz.shagym.testing.Cases.path;
import static kz.shagym.testing.Cases.providerCase;
import static kz.shagym.testing.Cases.reviewed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.Set;
import kz.shagym.testing.Http;
import kz.shagym.testing.Letters;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A citizen's status look-up, without sign-in (¶7): the facts of each stage and nothing
 * personal or substantive; a wrong number and a wrong code alike. This class fails at most
 * four look-ups, under the five that cost nothing (StatusLimiterIT tries more).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PublicStatusIT {

    @BeforeAll
    static void noFailedLookupsYet() {
        Http.forgetFailedLookups();
    }

    /** What the letter of Letters.json and the answers below say: none of it may show. */
    static final String[] PERSONAL = {"900101300017", "Сейітова", "Әсел", "Ерланқызы", "Абай", "701 000", "asel@",
            "Анықтама берілмеді", "Иванов", "Анықтама берілді", "Анықтама кешігіп", "7199-26", "ауданаралық"};
    static final Set<String> KEYS = Set.of("number", "stage", "state", "registeredOn", "deadline", "workingDaysLeft",
            "answer", "appeal", "court");


    static String code(String number, String reader) {
        return ok(Http.get(path(number), reader), 200).getString("accessCode");
    }

    static HttpResponse<String> status(String number, String code) {
        return Http.get("/api/status?number=" + Http.enc(number) + "&code=" + Http.enc(code), null, null, "en");
    }


    static void assertNothingPersonal(String body) {
        for (String personal : PERSONAL) {
            assertFalse(body.contains(personal), personal + " in " + body);
        }
    }

    @Test
    void aRegisteredComplaintShowsItsStageDatesAndTermOnly() {
        String number = providerCase();
        HttpResponse<String> r = status(number, code(number, "registrar"));
        JsonObject s = ok(r, 200);
        assertEquals(KEYS, s.keySet());
        assertEquals(number, s.getString("number"));
        assertEquals("PROVIDER", s.getString("stage"));
        assertEquals("REGISTERED", s.getString("state"));
        assertEquals(TODAY, s.getString("registeredOn"));
        assertEquals(ok(Http.get(path(number), "registrar"), 200).getString("deadline"), s.getString("deadline"));
        assertTrue(s.getInt("workingDaysLeft") >= 4 && s.getInt("workingDaysLeft") <= 5, r.body());
        assertEquals(JsonValue.NULL, s.get("answer"));
        assertEquals(JsonValue.NULL, s.get("appeal"));
        assertEquals(JsonValue.NULL, s.get("court"));
        assertNothingPersonal(r.body());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("frame-ancestors 'self'", r.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""));
    }

    @Test
    void theNumberAndCodeAreForgivenAsACitizenTypesThem() {
        String number = providerCase();
        String code = code(number, "registrar");
        String typed = number.toLowerCase().replace('-', ' ').replace("т", "t");
        String read = " " + code.toLowerCase().replace("-", "").replace('1', 'l').replace('0', 'o') + " ";
        assertEquals(number, ok(status(typed, read), 200).getString("number"));
    }

    @Test
    void anAnswerSentByPostShowsWhenAndTheTrackingNumberAndAnAppealAndTheCourtFollow() {
        String number = answeredProviderCase();
        String code = code(number, "registrar");
        JsonObject sent = ok(status(number, code), 200);
        assertEquals("ANSWER_SENT", sent.getString("state"));
        assertEquals(JsonValue.NULL, sent.get("workingDaysLeft"), "the term stopped");
        JsonObject answer = sent.getJsonObject("answer");
        assertEquals(Set.of("leftOn", "method", "trackingNumber"), answer.keySet());
        assertEquals(TODAY, answer.getString("leftOn"));
        assertEquals("POST", answer.getString("method"));
        assertEquals("RR123456785KZ", answer.getString("trackingNumber"));

        String appeal = ok(Http.post("/api/complaints", Letters.appealJson("ANSWER", "DEMO", number, TODAY),
                "agency-registrar", null), 201).getString("number");
        JsonObject appealed = ok(status(number, code), 200).getJsonObject("appeal");
        assertEquals(Set.of("number", "stage", "state", "registeredOn", "deadline", "workingDaysLeft", "answer"),
                appealed.keySet());
        assertEquals(appeal, appealed.getString("number"));
        assertEquals("APPEAL", appealed.getString("stage"));
        assertEquals("REGISTERED", appealed.getString("state"));
        assertTrue(appealed.getInt("workingDaysLeft") >= 14, appealed.toString());

        reviewed(appeal, "agency-head", "agency-officer", "agency-registrar",
                "{\"outcome\":\"REJECTED\",\"reasoning\":\"Анықтама кешігіп берілді.\"}");
        ok(Http.post(path(appeal) + "/court", "{\"court\":\"Астана қаласының ауданаралық әкімшілік соты\",\"filedOn\":\""
                + TODAY + "\",\"caseNumber\":\"7199-26-00-4/1\"}", "agency-registrar", null), 201);
        HttpResponse<String> r = status(number, code);
        JsonObject s = ok(r, 200);
        assertEquals("ANSWER_SENT", s.getJsonObject("appeal").getString("state"));
        assertEquals(TODAY, s.getJsonObject("appeal").getJsonObject("answer").getString("leftOn"));
        JsonObject court = s.getJsonObject("court");
        assertEquals(Set.of("filedOn", "judgment", "decidedOn"), court.keySet());
        assertEquals(TODAY, court.getString("filedOn"));
        assertEquals(JsonValue.NULL, court.get("judgment"));
        assertNothingPersonal(r.body());

        // The appeal's own confirmation opens the appeal, with the court.
        JsonObject own = ok(status(appeal, code(appeal, "agency-registrar")), 200);
        assertEquals("APPEAL", own.getString("stage"));
        assertEquals(JsonValue.NULL, own.get("appeal"));
        assertEquals(TODAY, own.getJsonObject("court").getString("filedOn"));
    }

    @Test
    void anAppealHandedInAtTheProviderShowsWhatItWasForwardedAs() {
        String answered = answeredProviderCase();
        String held = ok(Http.post("/api/complaints", Letters.appealJson("ANSWER", null, answered, TODAY),
                "registrar", null), 201).getString("number");
        String code = code(held, "registrar");
        JsonObject waiting = ok(status(held, code), 200);
        assertEquals("FORWARDING", waiting.getString("stage"));
        assertEquals("REGISTERED", waiting.getString("state"));
        assertEquals(JsonValue.NULL, waiting.get("appeal"));

        ok(Http.post(path(held) + "/forwarding", "{\"date\":\"" + TODAY + "\"}", "registrar", null), 200);
        String registered = ok(Http.post("/api/appeals/forwarded", "{\"provider\":\"DEMO\",\"number\":\"" + held + "\"}",
                "agency-registrar", null), 201).getString("number");
        JsonObject forwarded = ok(status(held, code), 200);
        assertEquals("FORWARDED", forwarded.getString("state"));
        assertEquals(JsonValue.NULL, forwarded.get("workingDaysLeft"));
        assertEquals(registered, forwarded.getJsonObject("appeal").getString("number"));
        assertEquals("APPEAL", forwarded.getJsonObject("appeal").getString("stage"));

        // The provider's own case, through its confirmation, shows the appeal at the authorized body.
        assertEquals(registered, ok(status(answered, code(answered, "registrar")), 200).getJsonObject("appeal")
                .getString("number"));
    }

    @Test
    void aWrongNumberAndAWrongCodeAnswerAlike() {
        String number = providerCase();
        String code = code(number, "registrar");
        String otherCode = code.charAt(0) == 'A' ? "B" + code.substring(1) : "A" + code.substring(1);
        HttpResponse<String> wrongCode = status(number, otherCode);
        HttpResponse<String> wrongNumber = status("ЖТ-1999-999999", code);
        assertEquals(404, wrongCode.statusCode());
        assertEquals(404, wrongNumber.statusCode());
        assertEquals(wrongCode.body(), wrongNumber.body());
        assertEquals(wrongCode.headers().map().keySet(), wrongNumber.headers().map().keySet());
        assertTrue(wrongCode.body().contains("No case matches this incoming number and access code"), wrongCode.body());

        HttpResponse<String> noCode = Http.get("/api/status?number=" + Http.enc(number), null, null, "ru");
        assertEquals(400, noCode.statusCode());
        assertEquals("{\"errors\":[{\"field\":\"code\",\"message\":\"Введите код доступа.\"}]}", noCode.body());
    }

    @Test
    void thePageShowsTheStatusInKazakhThenRussianWithoutASession() {
        String number = answeredProviderCase();
        String code = code(number, "registrar");
        String query = "?number=" + Http.enc(number) + "&code=" + Http.enc(code);
        HttpResponse<String> kk = Http.get("/status.xhtml" + query, null, null, null);
        assertEquals(200, kk.statusCode(), kk.body());
        assertTrue(kk.body().contains(number), kk.body());
        assertTrue(kk.body().contains("Жауап жіберілді"), "state in plain Kazakh words");
        assertTrue(kk.body().contains("RR123456785KZ"));
        assertNothingPersonal(kk.body());
        assertTrue(kk.headers().allValues("Set-Cookie").isEmpty(), "no session: " + kk.headers().allValues("Set-Cookie"));
        assertEquals("frame-ancestors 'self'", kk.headers().firstValue("Content-Security-Policy").orElse(""));
        assertFalse(kk.body().contains("jakarta.faces.ViewState"), "no view state, no postback: plain links and a GET form");

        HttpResponse<String> ru = Http.get("/status.xhtml" + query + "&lang=ru", null, null, null);
        assertTrue(ru.body().contains("Ответ отправлен"), ru.body());
        assertTrue(ru.body().contains("lang=\"ru\""));

        HttpResponse<String> wrong = Http.get("/status.xhtml?number=" + Http.enc(number) + "&code=AAAAA-AAAAA&lang=en",
                null, null, null);
        assertEquals(404, wrong.statusCode());
        assertTrue(wrong.body().contains("No case matches this incoming number and access code"), wrong.body());
        assertFalse(wrong.body().contains(number + "</dd>"));
    }

    @Test
    void thePageEscapesWhatWasTyped() {
        HttpResponse<String> page = Http.get("/status.xhtml", null, null, null);
        assertEquals(200, page.statusCode(), "a bare page is the form, no look-up");
        assertTrue(page.body().contains("name=\"number\""));
        HttpResponse<String> probe = Http.get("/status.xhtml?number=" + Http.enc("\"><script>alert(1)</script>")
                + "&code=", null, null, null);
        assertFalse(probe.body().contains("<script>alert(1)"), probe.body());
        assertTrue(probe.body().contains("&lt;script&gt;") || probe.body().contains("&#60;script"), probe.body());
    }

    @Test
    void theReferenceDirectoryIsPublicAndSearchable() {
        HttpResponse<String> all = Http.get("/api/organisations/reference-phones", null, null, "ru");
        assertEquals(200, all.statusCode(), all.body());
        assertTrue(all.body().contains("\"code\":\"DEMO\""), all.body());
        assertTrue(all.body().contains("\"code\":\"AGENCY\""), "the authorized body's phones too");
        assertFalse(all.body().contains("\"code\":\"IT\""), "not the IT department");
        String identity = Http.get("/api/organisations/reference-phones?q=" + Http.enc("удостоверения"), null, null, "ru").body();
        assertTrue(identity.contains("\"code\":\"DEMO\"") && identity.contains("Выдача удостоверения личности"), identity);
        assertFalse(identity.contains("\"code\":\"SECOND\""), identity);
        assertEquals("[]", Http.get("/api/organisations/reference-phones?q=zzzz", null, null, null).body());

        HttpResponse<String> page = Http.get("/phones.xhtml?q=" + Http.enc("DEMO-005") + "&lang=en", null, null, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Award of state social benefits"), page.body());
        assertTrue(page.body().contains("1414") && page.body().contains("8 800 080 7777"), "the contact centre's numbers");
    }

    @Test
    void theHomePageReadsTheTermsFromTheSettings() {
        String en = Http.get("/index.xhtml?lang=en", null, null, null).body();
        assertTrue(en.contains("within 5 working days"), en);
        assertTrue(en.contains("within 15 working days"), en);
        assertTrue(en.contains("free of charge from a mobile phone: 8 800 080 7777"), en);
        assertTrue(Http.get("/index.xhtml", null, null, "ru-RU,ru;q=0.9,en;q=0.8").body().contains("lang=\"ru\""),
                "a first visit in the browser's language");
        assertTrue(Http.get("/index.xhtml", null, null, "de-DE,de;q=0.9").body().contains("lang=\"kk\""),
                "Kazakh when the browser names none of the three");
    }
}
