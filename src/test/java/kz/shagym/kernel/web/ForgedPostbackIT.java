package kz.shagym.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.shagym.testing.Deployments;
import kz.shagym.testing.ScreenSession;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A screen's form sent back without what its page gave it (PrimeFaces' CSP nonce, or a view
 * state the server holds) is refused with 400 and the error page in the user's language,
 * names nothing of the server, and changes nothing; the same form sent as the page gave it
 * goes through.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ForgedPostbackIT {

    static final String HOME = "/staff/index.xhtml";

    @Test
    void aFormWithoutItsNonceOrWithAForgedViewStateIsRefusedWith400AndChangesNothing() throws Exception {
        HttpClient browser = ScreenSession.signedIn(Deployments.baseUrl(), "registrar", "demo");
        String page = page(browser).body();
        assertTrue(page.contains("lang=\"kk\""), "Kazakh by default");
        ScreenSession.FormState form = ScreenSession.FormState.of(page);
        Matcher russian = Pattern.compile("id=\"(languageForm:[^\"]+)\"[^>]*data-lang=\"ru\"").matcher(page);
        assertTrue(russian.find(), "the language form is on the page");
        String control = russian.group(1);

        refused(ScreenSession.post(browser, Deployments.baseUrl() + HOME,
                fields(control, form.viewState(), null)), "without the nonce");
        refused(ScreenSession.post(browser, Deployments.baseUrl() + HOME,
                fields(control, "-4242424242424242424:1234567890123456789", form.nonce())), "with a forged view state");
        assertTrue(page(browser).body().contains("lang=\"kk\""), "neither refused form switched the language");

        HttpResponse<String> taken = ScreenSession.post(browser, Deployments.baseUrl() + HOME,
                fields(control, form.viewState(), form.nonce()));
        assertEquals(200, taken.statusCode());
        assertTrue(taken.body().contains("lang=\"ru\""), "the form as its page gave it switched to Russian");
    }

    static HttpResponse<String> page(HttpClient browser) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/staff/")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, String> fields(String control, String viewState, String nonce) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("languageForm", "languageForm");
        fields.put("jakarta.faces.ViewState", viewState);
        if (nonce != null) {
            fields.put("primefaces.nonce", nonce);
        }
        fields.put(control, control);
        return fields;
    }

    static void refused(HttpResponse<String> answer, String how) {
        assertEquals(400, answer.statusCode(), how + ": " + answer.body());
        assertTrue(answer.body().contains("Форма қабылданбады"), how + ": the error page says why, in Kazakh: " + answer.body());
        for (String internal : new String[] {"Exception", "at org.", "at jakarta.", "Liberty", "Mojarra"}) {
            assertFalse(answer.body().contains(internal), how + ": the page names " + internal);
        }
    }
}
