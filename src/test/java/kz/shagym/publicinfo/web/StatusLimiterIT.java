package kz.shagym.publicinfo.web;

import static kz.shagym.testing.Cases.ok;
import static kz.shagym.testing.Cases.path;
import static kz.shagym.testing.Cases.providerCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import kz.shagym.publicinfo.model.FailedLookups;
import kz.shagym.testing.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Repeated failed look-ups from one address are slowed: 429 with Retry-After, even for the right code. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class StatusLimiterIT {

    @BeforeAll
    static void noFailedLookupsYet() {
        Http.forgetFailedLookups();
    }


    @Test
    void afterFiveFailuresTheNextLookUpWaits() {
        String number = providerCase();
        String code = ok(Http.get(path(number), "registrar"), 200).getString("accessCode");
        String right = "/api/status?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8) + "&code=" + code;
        assertEquals(200, Http.get(right, null, null, null).statusCode());
        for (int i = 0; i < FailedLookups.FREE; i++) {
            assertEquals(404, Http.get("/api/status?number=ЖТ-1999-00000" + i + "&code=" + code, null, null, null)
                    .statusCode(), "failure " + (i + 1) + " is answered");
        }
        HttpResponse<String> limited = Http.get(right, null, null, "en");
        assertEquals(429, limited.statusCode(), limited.body());
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);
        assertTrue(limited.body().contains("Too many unsuccessful attempts"), limited.body());

        HttpResponse<String> page = Http.get("/status.xhtml?number=x&code=y&lang=ru", null, null, null);
        assertEquals(429, page.statusCode());
        assertTrue(page.headers().firstValue("Retry-After").isPresent());
        assertTrue(page.body().contains("Слишком много неудачных попыток"), page.body());
    }
}
