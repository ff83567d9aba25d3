package kz.shagym.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import kz.shagym.testing.Deployments;
import kz.shagym.testing.Http;
import kz.shagym.testing.ScreenSession;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A login the registry accepts but Shagym has no staff record for ("stranger", a registrar in
 * the registry) signs in and is told why it can do nothing: on every staff and administration
 * page, and over the API, a 403 with the reason in the caller's language, never an error.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class StaffStandingIT {

    @Test
    void aLoginWithoutAStaffRecordIsToldSoOnTheScreens() throws Exception {
        HttpClient client = ScreenSession.client();
        HttpResponse<String> landing = ScreenSession.signIn(client, Deployments.baseUrl(), "stranger", "demo");
        assertEquals(403, landing.statusCode());
        assertTrue(landing.body().contains("Shagym сіздің қай ұйымда жұмыс істейтініңізді білмейді"), landing.body());
        for (String page : new String[] {"/staff/register.xhtml", "/staff/journal.xhtml", "/admin/staff.xhtml"}) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + page))
                    .header("Accept-Language", "ru").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, answer.statusCode(), page);
            assertFalse(answer.body().contains("Exception"), page);
            assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""), page + " carries the headers");
            assertTrue(answer.body().contains("Shagym не знает, в какой организации"), page + " in the asked language");
        }
    }

    @Test
    void aLoginWithoutAStaffRecordIsToldSoOverTheApi() {
        HttpResponse<String> me = Http.get("/api/me", "stranger", "demo", "en");
        assertEquals(403, me.statusCode());
        assertTrue(me.body().contains("does not know which organisation you work for"), me.body());
        HttpResponse<String> register = Http.post("/api/complaints", "{}", "stranger", "ru");
        assertEquals(403, register.statusCode());
        assertTrue(register.body().contains("не знает, в какой организации"), register.body());
        assertEquals(403, Http.get("/api/me", "norole", "demo", "en").statusCode(), "no role, no record");
        assertEquals(200, Http.get("/api/me", "registrar").statusCode(), "a member of staff goes on");
    }
}
