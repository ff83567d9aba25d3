package kz.shagym.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
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
    /** A view state the server never gave out. */
    static final String FORGED_VIEW_STATE = "-4242424242424242424:1234567890123456789";

    @Test
    void aFormWithoutItsNonceOrWithAForgedViewStateIsRefusedWith400AndChangesNothing() throws Exception {
        HttpClient browser = ScreenSession.signedIn(Deployments.baseUrl(), "registrar", "demo");
        String page = ScreenSession.page(browser, Deployments.baseUrl() + "/staff/").body();
        assertTrue(page.contains("lang=\"kk\""), "Kazakh by default");
        ScreenSession.FormState form = ScreenSession.FormState.of(page);
        String russian = ScreenSession.languageControl(page, "ru");

        refused(switchTo(browser, new ScreenSession.FormState(form.viewState(), null), russian), "without the nonce");
        refused(switchTo(browser, new ScreenSession.FormState(FORGED_VIEW_STATE, form.nonce()),
                russian), "with a forged view state");
        assertTrue(ScreenSession.page(browser, Deployments.baseUrl() + "/staff/").body().contains("lang=\"kk\""),
                "neither refused form switched the language");

        HttpResponse<String> taken = switchTo(browser, form, russian);
        assertEquals(200, taken.statusCode());
        assertTrue(taken.body().contains("lang=\"ru\""), "the form as its page gave it switched to Russian");
    }

    /**
     * The same forged view state sent as an Ajax step: the answer is the error page, carried in
     * Faces' Ajax answer so that the browser shows it (an error status would make PrimeFaces'
     * script drop it and the click seem to do nothing).
     */
    @Test
    void anAjaxStepTheServerCannotTakeShowsTheErrorPage() throws Exception {
        HttpClient browser = ScreenSession.signedIn(Deployments.baseUrl(), "registrar", "demo");
        String page = ScreenSession.page(browser, Deployments.baseUrl() + "/staff/").body();
        ScreenSession.FormState form = ScreenSession.FormState.of(page);
        HttpResponse<String> answer = new ScreenSession.FormState(FORGED_VIEW_STATE, form.nonce())
                .ajaxPostBack(browser, Deployments.baseUrl() + HOME, "languageForm", ScreenSession.languageControl(page, "ru"));
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("<partial-response") && answer.body().contains("<update id=\"jakarta.faces.ViewRoot\">"),
                "the whole page replaced: " + answer.body());
        assertTrue(answer.body().contains("Форма қабылданбады") && answer.body().contains("staffName"),
                "the error page in the staff layout, saying why in Kazakh");
        for (String internal : new String[] {"Exception", "at org.", "at jakarta.", "Liberty", "Mojarra"}) {
            assertFalse(answer.body().contains(internal), "the page names " + internal);
        }
        assertTrue(ScreenSession.page(browser, Deployments.baseUrl() + "/staff/").body().contains("lang=\"kk\""),
                "the language unchanged");
    }

    static HttpResponse<String> switchTo(HttpClient browser, ScreenSession.FormState form, String control) throws Exception {
        return form.postBack(browser, Deployments.baseUrl() + HOME, "languageForm", control);
    }

    static void refused(HttpResponse<String> answer, String how) {
        assertEquals(400, answer.statusCode(), how + ": " + answer.body());
        assertTrue(answer.body().contains("Форма қабылданбады"), how + ": the error page says why, in Kazakh: " + answer.body());
        for (String internal : new String[] {"Exception", "at org.", "at jakarta.", "Liberty", "Mojarra"}) {
            assertFalse(answer.body().contains(internal), how + ": the page names " + internal);
        }
    }
}
