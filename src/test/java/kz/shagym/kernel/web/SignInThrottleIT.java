package kz.shagym.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import kz.shagym.kernel.model.SignInThrottle;
import kz.shagym.testing.AuditDetails;
import kz.shagym.testing.Deployments;
import kz.shagym.testing.Http;
import kz.shagym.testing.ScreenSession;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Wrong passwords slow their source down, on the API and on the sign-in form: the free ones
 * answer as usual, the next try waits (429, Retry-After) even with the right password, and
 * after the wait the right password goes through and starts the account afresh. Each wrong
 * one is audited. The logins tried have no staff record, so no other test signs in as them.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class SignInThrottleIT {

    @Test
    void theApiWaitsAfterWrongPasswordsAndAuditsThem() throws Exception {
        int audited = AuditDetails.of("action=SIGN_IN_FAILED&entityId=norole&max=1000").size();
        for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES; i++) {
            assertEquals(401, Http.get("/api/me", "norole", "wrong-" + i, "en").statusCode());
        }
        HttpResponse<String> paused = Http.get("/api/me", "norole", "demo", "en");
        assertEquals(429, paused.statusCode(), "even the right password waits");
        assertTrue(paused.body().contains("Retry-After"), paused.body());
        long seconds = Long.parseLong(paused.headers().firstValue("Retry-After").orElseThrow());
        Thread.sleep(seconds * 1000 + 200);
        assertEquals(403, Http.get("/api/me", "norole", "demo", "en").statusCode(), "signed in, with no staff record");
        assertEquals(401, Http.get("/api/me", "norole", "wrong-again", "en").statusCode(), "counted afresh");
        assertEquals(audited + SignInThrottle.FREE_ACCOUNT_FAILURES + 1,
                AuditDetails.of("action=SIGN_IN_FAILED&entityId=norole&max=1000").size());
    }

    @Test
    void theSignInFormWaitsAfterWrongPasswords() throws Exception {
        HttpClient client = ScreenSession.client();
        String url = Deployments.baseUrl();
        for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES; i++) {
            assertTrue(ScreenSession.signIn(client, url, "stranger", "wrong-" + i).body().contains("id=\"loginFailed\""));
        }
        HttpResponse<String> paused = ScreenSession.signIn(client, url, "stranger", "demo");
        assertEquals(429, paused.statusCode());
        assertTrue(paused.body().contains("Кіру уақытша тоқтатылды"), paused.body());
        long seconds = Long.parseLong(paused.headers().firstValue("Retry-After").orElseThrow());
        Thread.sleep(seconds * 1000 + 200);
        HttpResponse<String> in = ScreenSession.signIn(ScreenSession.client(), url, "stranger", "demo");
        assertTrue(in.body().contains("Shagym сіздің қай ұйымда жұмыс істейтініңізді білмейді"), "signed in: " + in.statusCode());
    }
}
