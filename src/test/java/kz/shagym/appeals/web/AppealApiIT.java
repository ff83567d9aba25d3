package kz.shagym.appeals.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import static kz.shagym.testing.Cases.answeredProviderCase;
import static kz.shagym.testing.Cases.deadline;
import static kz.shagym.testing.Cases.ok;
import static kz.shagym.testing.Cases.path;
import static kz.shagym.testing.Cases.providerCase;
import static kz.shagym.testing.Cases.reviewed;

import kz.shagym.kernel.model.AuditDetail;
import kz.shagym.testing.AuditDetails;
import kz.shagym.testing.Cases;
import kz.shagym.testing.Http;
import kz.shagym.testing.Letters;
import kz.shagym.testing.PdfText;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The appeal stage over the API against the real server and database: both routes from the
 * paper to the decision, the instruction complied with, the court recorded; who reads which
 * case (200 and 404 exactly as docs/domain.md says); and appeals refused without a trace.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class AppealApiIT {

    static final String TODAY = Cases.TODAY;



    @Test
    void theDirectRouteFromThePaperToTheDecisionItsInstructionAndCourt() throws Exception {
        String providerNumber = answeredProviderCase();
        JsonObject stamp = ok(Http.post("/api/complaints", Letters.appealJson("ANSWER", "DEMO", providerNumber, TODAY),
                "agency-registrar", null), 201);
        String appeal = stamp.getString("number");
        assertTrue(appeal.startsWith("АП-"), appeal);
        assertEquals("APPEAL", stamp.getString("stage"));
        assertEquals(deadline(15), LocalDate.parse(stamp.getString("deadline")), "15 working days at the authorized body");
        assertFalse(stamp.getBoolean("filedLate"));

        reviewed(appeal, "agency-head", "agency-officer", "agency-registrar", """
                {"outcome":"PARTLY_SATISFIED","reasoning":"Анықтама кешігіп берілді.",
                 "instruction":{"text":"Анықтаманы қайта беру.","workingDays":10}}""");
        JsonObject decided = ok(Http.get(path(appeal), "agency-head"), 200);
        assertEquals("ANSWER_SENT", decided.getString("state"));
        assertEquals("PARTLY_SATISFIED", decided.getString("outcome"));
        assertEquals(providerNumber, decided.getString("appealOf"));
        assertEquals("DEMO", decided.getString("provider"));
        JsonObject instruction = decided.getJsonObject("instruction");
        assertEquals(10, instruction.getInt("workingDays"));
        assertEquals(deadline(10), LocalDate.parse(instruction.getString("deadline")));
        assertEquals(JsonValue.NULL, instruction.get("compliedOn"));
        List<AuditDetail> watched = AuditDetails.of("action=DEADLINE_REGISTERED&max=1000");
        assertTrue(watched.contains(AuditDetail.of("deadlineDue", AuditDetail.term("deadlineSubject.COMPLAINT"), appeal,
                deadline(15))), "the 15 days are watched");
        assertTrue(watched.contains(AuditDetail.of("deadlineDue", AuditDetail.term("deadlineSubject.INSTRUCTION"), appeal,
                deadline(10))), "the instruction's term is watched");

        String letter = PdfText.oneLine(Http.getBytes(path(appeal) + "/answer.pdf", "agency-head").body());
        assertTrue(letter.contains("Анықтаманы қайта беру."), letter);
        assertTrue(letter.contains("сотқа"), letter);
        assertFalse(letter.contains("уәкілетті органға"), "no further appeal in the decision: " + letter);

        // The provider sees the appeal and its outcome on its case, and the instruction in its queue.
        JsonObject providerSide = ok(Http.get(path(providerNumber), "head"), 200);
        JsonObject listed = providerSide.getJsonArray("appeals").getJsonObject(0);
        assertEquals(appeal, listed.getString("number"));
        assertEquals("PARTLY_SATISFIED", listed.getString("outcome"));
        assertTrue(Http.get("/api/appeals/instructions", "head").body().contains(appeal));
        assertEquals(403, Http.post(path(providerNumber) + "/compliance", "{\"date\":\"" + TODAY + "\",\"note\":\"x\"}",
                "quality", null).statusCode(), "the authorized body does not comply");
        assertEquals(404, Http.post(path(providerNumber) + "/compliance", "{\"date\":\"" + TODAY + "\",\"note\":\"x\"}",
                "registrar2", null).statusCode(), "another provider has no such case");
        JsonObject complied = ok(Http.post(path(providerNumber) + "/compliance",
                "{\"date\":\"" + TODAY + "\",\"note\":\"Анықтама қайта берілді.\"}", "head", null), 200);
        assertTrue(complied.getBoolean("compliedOnTime"));
        assertEquals(409, Http.post(path(providerNumber) + "/compliance", "{\"date\":\"" + TODAY + "\",\"note\":\"y\"}",
                "head", null).statusCode(), "complied with once");
        assertTrue(Http.get("/api/appeals/instructions", "agency-head").body().contains("Анықтама қайта берілді."));

        // Court: recorded by the authorized body on its appeal, seen from the provider's case too.
        ok(Http.post(path(appeal) + "/court", "{\"court\":\"Астана қаласының ауданаралық әкімшілік соты\",\"filedOn\":\""
                + TODAY + "\",\"caseNumber\":\"7199-26-00-4/1\"}", "agency-registrar", null), 201);
        ok(Http.post(path(appeal) + "/court/judgment", "{\"result\":\"UPHELD\",\"date\":\"" + TODAY + "\"}",
                "agency-registrar", null), 200);
        JsonObject court = ok(Http.get(path(providerNumber), "executor"), 200).getJsonObject("court");
        assertEquals("7199-26-00-4/1", court.getString("caseNumber"));
        assertEquals("UPHELD", court.getString("judgment"));

        // One timeline from either end: the provider's steps, the appeal's, the instruction and the court.
        for (String reader : new String[] {"head", "agency-head"}) {
            String chain = ok(Http.get(path(reader.equals("head") ? providerNumber : appeal), reader), 200)
                    .getJsonArray("chain").toString();
            for (String expected : new String[] {providerNumber, appeal, "APPEAL_REGISTERED", "INSTRUCTION_ISSUED",
                    "INSTRUCTION_COMPLIED", "COURT_FILED", "COURT_JUDGMENT"}) {
                assertTrue(chain.contains(expected), reader + " misses " + expected + " in " + chain);
            }
        }
    }

    @Test
    void eachSideReadsWhatTheAppealLinksAndNothingElse() {
        String providerNumber = answeredProviderCase();
        String unrelated = providerCase();
        String appeal = ok(Http.post("/api/complaints", Letters.appealJson("ANSWER", "DEMO", providerNumber, TODAY),
                "agency-registrar", null), 201).getString("number");
        for (String agency : new String[] {"agency-registrar", "agency-officer", "agency-head", "quality"}) {
            assertEquals(200, Http.get(path(appeal), agency).statusCode(), agency + " reads its appeal");
            assertEquals(200, Http.get(path(providerNumber), agency).statusCode(), agency + " reads the appealed case");
            assertEquals(404, Http.get(path(unrelated), agency).statusCode(), agency + " reads no other provider case");
        }
        assertEquals(200, Http.get(path(appeal), "head").statusCode(), "the provider reads the appeal about it");
        assertEquals(404, Http.get(path(appeal), "registrar2").statusCode(), "another provider does not");
        assertEquals(404, Http.get(path(providerNumber), "registrar2").statusCode());
        // Reading is not acting: the authorized body takes no step on the provider's case.
        assertEquals(403, Http.post(path(providerNumber) + "/approval", "{}", "agency-head", null).statusCode());
    }

    @Test
    void anAppealThatCannotBeRegisteredBurnsNoNumber() {
        String running = providerCase();
        String answered = answeredProviderCase();
        int first = sequence(ok(Http.post("/api/complaints", Letters.appealJson("ANSWER", "DEMO", answered, TODAY),
                "agency-registrar", null), 201).getString("number"));

        HttpResponse<String> nothingYet = Http.post("/api/complaints",
                Letters.appealJson("ANSWER", "DEMO", running, TODAY), "agency-registrar", "ru");
        assertEquals(409, nothingYet.statusCode(), nothingYet.body());
        assertTrue(nothingYet.body().contains("\"field\":\"appealOf\""), nothingYet.body());
        assertTrue(nothingYet.body().contains("Обжаловать пока нечего"), nothingYet.body());
        assertRefused(400, "appealOf", Letters.appealJson("ANSWER", "DEMO", "ЖТ-1999-999999", TODAY), "agency-registrar");
        assertRefused(400, "provider", Letters.appealJson("ANSWER", "NOSUCH", answered, TODAY), "agency-registrar");
        assertRefused(400, "appealOf", Letters.appealJson("NO_ANSWER", "DEMO", null, TODAY), "agency-registrar");
        assertRefused(400, "ground", Letters.appealJson("LATER", "DEMO", answered, TODAY), "agency-registrar");
        assertRefused(400, "ground", Letters.json("900101300017", TODAY), "agency-registrar");
        assertRefused(400, "provider", Letters.appealJson("ANSWER", "SECOND", answered, TODAY), "registrar");

        int next = sequence(ok(Http.post("/api/complaints", Letters.appealJson("SERVICE_RESULT", "DEMO", null, TODAY),
                "agency-registrar", null), 201).getString("number"));
        assertEquals(first + 1, next, "refused appeals used no number");
    }

    @Test
    void theRouteThroughTheProviderForwardsWithinItsTermAndStartsTheFifteenDaysOnArrival() {
        String answered = answeredProviderCase();
        JsonObject held = ok(Http.post("/api/complaints", Letters.appealJson("ANSWER", null, answered, TODAY),
                "registrar", null), 201);
        String heldNumber = held.getString("number");
        assertEquals("FORWARDING", held.getString("stage"));
        assertEquals(deadline(3), LocalDate.parse(held.getString("deadline")), "3 working days to forward");
        assertEquals(409, Http.post(path(heldNumber) + "/assignment", "{\"executor\":\"executor\"}", "head", null)
                .statusCode(), "an appeal to forward is not reviewed at the provider");
        assertFalse(Http.get("/api/appeals/forwarded", "agency-registrar").body().contains(heldNumber), "not yet sent");

        assertEquals(400, Http.post(path(heldNumber) + "/forwarding", "{\"date\":\"2999-01-01\"}", "registrar", null)
                .statusCode(), "not in the future");
        assertEquals("FORWARDED", ok(Http.post(path(heldNumber) + "/forwarding", "{\"date\":\"" + TODAY + "\"}",
                "registrar", null), 200).getString("state"));
        assertEquals(409, Http.post(path(heldNumber) + "/forwarding", "{\"date\":\"" + TODAY + "\"}", "registrar", null)
                .statusCode(), "forwarded once");
        assertTrue(Http.get("/api/appeals/forwarded", "agency-registrar").body().contains(heldNumber));

        JsonObject arrived = ok(Http.post("/api/appeals/forwarded",
                "{\"provider\":\"DEMO\",\"number\":\"" + heldNumber + "\"}", "agency-registrar", null), 201);
        assertTrue(arrived.getString("number").startsWith("АП-"));
        assertEquals(deadline(15), LocalDate.parse(arrived.getString("deadline")));
        assertEquals(400, Http.post("/api/appeals/forwarded", "{\"provider\":\"DEMO\",\"number\":\"" + heldNumber + "\"}",
                "agency-registrar", null).statusCode(), "registered once");
        assertFalse(Http.get("/api/appeals/forwarded", "agency-registrar").body().contains(heldNumber));
        JsonObject appeal = ok(Http.get(path(arrived.getString("number")), "agency-head"), 200);
        assertEquals(answered, appeal.getString("appealOf"));
        // The provider's chain shows the appeal held, forwarded and received; the authorized body's its own appeal.
        String chain = ok(Http.get(path(answered), "head"), 200).getJsonArray("chain").toString();
        for (String expected : new String[] {heldNumber, "FORWARDED", "APPEAL_RECEIVED", arrived.getString("number")}) {
            assertTrue(chain.contains(expected), expected + " missing from " + chain);
        }
        assertTrue(appeal.getJsonArray("chain").toString().contains(arrived.getString("number")));
    }

    static void assertRefused(int status, String field, String body, String user) {
        HttpResponse<String> r = Http.post("/api/complaints", body, user, null);
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"field\":\"" + field + "\""), r.body());
    }

    static int sequence(String number) {
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }
}
