package kz.shagym.publicinfo.web;

import static kz.shagym.testing.Cases.ok;
import static kz.shagym.testing.Cases.providerCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import kz.shagym.testing.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The contact centre's look-up across providers (¶7, ¶9): status only, audited, not for provider staff. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ContactCentreLookupIT {


    @Test
    void anOperatorFindsACaseByNumberAtAnyProviderAndTheLookUpIsAudited() {
        String number = providerCase();
        HttpResponse<String> r = Http.get("/api/lookup?number=" + Http.enc(number.toLowerCase()), "operator", "demo", "ru");
        JsonArray cases = ok(r, 200).getJsonArray("cases");
        JsonObject found = cases.stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("number").equals(number)).findFirst().orElseThrow();
        assertEquals("DEMO", found.getJsonObject("provider").getString("code"));
        assertEquals("REGISTERED", found.getString("state"));
        for (String personal : PublicStatusIT.PERSONAL) {
            assertFalse(r.body().contains(personal), personal + " in " + r.body());
        }
        String audit = Http.get("/api/audit?actor=operator&action=CASE_LOOKUP&max=100", "admin").body();
        assertTrue(audit.contains("\"entityId\":\"number " + number.toLowerCase() + "\""), audit);
        assertTrue(audit.contains(number + " DEMO"), "what was shown: " + audit);
    }

    @Test
    void byTheCallersIinEveryProvidersCases() {
        String demo = providerCase();
        String second = ok(Http.post("/api/complaints", kz.shagym.testing.Letters.json("900101300017", kz.shagym.testing.Cases.TODAY),
                "registrar2", null), 201).getString("number");
        JsonArray cases = ok(Http.get("/api/lookup?iin=" + Http.enc("9001 0130 0017"), "quality", "demo", null), 200).getJsonArray("cases");
        String listed = cases.toString();
        assertTrue(listed.contains("\"number\":\"" + demo + "\"") && listed.contains("\"code\":\"DEMO\""), listed);
        assertTrue(listed.contains("\"number\":\"" + second + "\"") && listed.contains("\"code\":\"SECOND\""), listed);
        assertTrue(Http.get("/api/audit?actor=quality&action=CASE_LOOKUP&max=100", "admin").body()
                .contains("IIN/BIN 900101300017"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"registrar", "executor", "head", "registrar2", "agency-registrar", "admin"})
    void refusedToEveryoneElse(String user) {
        assertEquals(403, Http.get("/api/lookup?number=" + Http.enc("ЖТ-2026-000001"), user).statusCode(), user);
    }

    @Test
    void notWithoutSigningIn() {
        assertEquals(401, Http.get("/api/lookup?number=" + Http.enc("ЖТ-2026-000001"), null, null, null).statusCode());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/lookup?iin=12345 | iin | An IIN/BIN is 12 digits.",
            "/api/lookup?iin=90010130001x | iin | An IIN/BIN is 12 digits.",
            "/api/lookup?number=--- | number | 'Enter an incoming number: letters and digits.'",
            "/api/lookup | number | Give either an incoming number or an IIN/BIN.",
            "/api/lookup?number=1&iin=900101300017 | iin | Give either an incoming number or an IIN/BIN."})
    void badInputIsA400AtItsField(String path, String field, String message) {
        HttpResponse<String> r = Http.get(path, "operator", "demo", "en");
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("{\"errors\":[{\"field\":\"" + field + "\",\"message\":\"" + message + "\"}]}", r.body());
    }
}
