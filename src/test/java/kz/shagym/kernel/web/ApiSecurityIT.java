package kz.shagym.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import kz.shagym.testing.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HTTP Basic on /api/* with the same accounts and role checks as the screens; health. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ApiSecurityIT {

    @ParameterizedTest
    @CsvSource({
            "registrar, DEMO, REGISTRAR",
            "executor, DEMO, EXECUTOR",
            "head, DEMO, HEAD",
            "registrar2, SECOND, REGISTRAR",
            "quality, AGENCY, QUALITY_OFFICER",
            "operator, CC1414, CONTACT_CENTRE",
            "admin, IT, ADMIN"})
    void eachDemoUserSignsInWithTheirOrganisationAndRole(String user, String organisation, String role) {
        HttpResponse<String> me = Http.get("/api/me", user);
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("{\"login\":\"" + user + "\",\"organisation\":\"" + organisation + "\",\"roles\":[\"" + role + "\"]}",
                me.body());
    }

    @Test
    void withoutCredentialsAProtectedServiceAsksForThem() {
        HttpResponse<String> me = Http.get("/api/me", null, null, "en");
        assertEquals(401, me.statusCode());
        assertTrue(me.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertTrue(me.body().contains("Sign-in required"), me.body());
    }

    @Test
    void aWrongPasswordIsRefusedInJsonInTheCallersLanguageWithoutTheServersName() {
        HttpResponse<String> me = Http.get("/api/me", "admin", "wrong", "ru");
        assertEquals(401, me.statusCode());
        assertTrue(me.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("{\"errors\":[{\"field\":null,\"message\":\"Неверное имя пользователя или пароль.\"}]}", me.body());
        assertTrue(me.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    void theWrongRoleIsRefusedInTheCallersLanguage() {
        HttpResponse<String> ru = Http.get("/api/audit", "registrar", "demo", "ru-RU,ru;q=0.9");
        assertEquals(403, ru.statusCode());
        assertTrue(ru.body().contains("У вас нет прав на это действие."), ru.body());

        HttpResponse<String> kk = Http.get("/api/audit", "head", "demo", null);
        assertEquals(403, kk.statusCode());
        assertTrue(kk.body().contains("Бұл әрекетке құқығыңыз жоқ."), kk.body());
    }

    @Test
    void anAdministratorReadsTheAuditTrail() {
        HttpResponse<String> audit = Http.get("/api/audit?actor=system&action=STAFF_MEMBER_CREATED&max=100", "admin");
        assertEquals(200, audit.statusCode(), audit.body());
        for (String login : new String[] {"registrar", "executor", "head", "registrar2", "quality", "operator", "admin"}) {
            assertTrue(audit.body().contains("\"entityId\":\"" + login + "\""), login + " in " + audit.body());
        }
    }

    @Test
    void readyOnlyWithTheDatabaseMigratedAndLive() {
        HttpResponse<String> ready = Http.get("/health/ready", null);
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());
        HttpResponse<String> live = Http.get("/health/live", null);
        assertEquals(200, live.statusCode(), live.body());
        for (String anonymous : new String[] {ready.body(), live.body(), Http.get("/health", null).body()}) {
            assertFalse(anonymous.contains("\"data\":{\""), "up or down, nothing more: " + anonymous);
        }

        HttpResponse<String> server = Http.get("/api/server", "admin");
        assertEquals(200, server.statusCode(), server.body());
        assertTrue(server.body().matches("(?s).*\"schemaVersion\":\"\\d+(\\.\\d+)?\".*"), server.body());
        assertTrue(Http.json(server).getJsonNumber("freeMemoryBytes").longValue() > 0, server.body());
        assertEquals(403, Http.get("/api/server", "registrar").statusCode(), "administrators only");
        assertEquals(401, Http.get("/api/server", null).statusCode());
    }

    @Test
    void aBodyLargerThanTheApiTakesIsRefusedBeforeAnythingReadsIt() {
        String huge = "{\"summary\":\"" + "ә".repeat(200_000) + "\"}";
        HttpResponse<String> r = Http.post("/api/complaints", huge, "registrar", "en");
        assertEquals(413, r.statusCode(), r.body());
        assertEquals("{\"errors\":[{\"field\":null,\"message\":\"The request body is larger than the API takes (256 KB).\"}]}",
                r.body());
    }

    @Test
    void anAddressOrMethodTheApiLacksAnswersJsonWithoutInternals() {
        HttpResponse<String> missing = Http.get("/api/no-such-thing", null, null, "en");
        assertEquals(404, missing.statusCode());
        assertEquals("{\"errors\":[{\"message\":\"The API has no such address.\"}]}", missing.body());
        HttpResponse<String> method = Http.delete("/api/status", "registrar");
        assertEquals(405, method.statusCode());
        assertTrue(method.body().startsWith("{\"errors\":"), method.body());
        for (HttpResponse<String> r : java.util.List.of(missing, method)) {
            assertFalse(r.body().contains("Exception") || r.body().contains("Liberty") || r.body().contains("RESTEASY"),
                    r.body());
        }
    }
}
