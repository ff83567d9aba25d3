package kz.shagym.kernel.web;

import static kz.shagym.testing.Cases.ok;
import static kz.shagym.testing.Cases.path;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.shagym.testing.Axe;
import kz.shagym.testing.BrowserTest;
import kz.shagym.testing.Cases;
import kz.shagym.testing.Http;
import kz.shagym.testing.NeedsChromium;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * axe-core over every staff and administration page, as the user whose work it is, in each of
 * the three languages: no WCAG 2.0/2.1 A or AA violation. Case pages are seen at each step a
 * form changes them (to assign, to draft, to approve, to dispatch, answered, to forward, an appeal
 * to draft, an instruction to comply with, a court case awaiting its judgment), and the
 * registration form also after a failed save, with its errors showing. Nor does any page have
 * anything of its own refused by the Content-Security-Policy.
 */
@NeedsChromium
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class StaffPagesAxeUiIT extends BrowserTest {

    @Test
    void axeFindsNoViolationOnAnyStaffOrAdministrationPageInAnyLanguage() {
        Map<String, List<String>> pagesByUser = pagesByUser();
        StringBuilder violations = new StringBuilder();
        browser.open("/index.xhtml");
        browser.driver().executeScript("const s = document.createElement('script'); s.textContent = 'window.injected = 1';"
                + " document.body.appendChild(s);");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                .until(d -> !browser.cspViolations().isEmpty());
        assertEquals(null, browser.driver().executeScript("return window.injected;"), "an injected script never runs");
        for (var user : pagesByUser.entrySet()) {
            browser.forgetSession();
            browser.signInAs(user.getKey());
            for (String language : List.of("kk", "ru", "en")) {
                for (String page : user.getValue()) {
                    browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                    browser.waitFor(By.cssSelector("main.content h1"));
                    violations.append(Axe.violations(browser.driver(), user.getKey() + " " + language + " " + page));
                    browser.cspViolations().forEach(refused -> violations.append(user.getKey()).append(' ')
                            .append(page).append(": the Content-Security-Policy refused ").append(refused).append('\n'));
                }
                if (user.getKey().equals("registrar")) {
                    browser.open("/staff/register.xhtml?lang=" + language);
                    browser.waitFor(By.id("reg:save")).click();
                    browser.waitFor(By.cssSelector("[aria-invalid='true']"));
                    violations.append(Axe.violations(browser.driver(), "registrar " + language + " failed save"));
                }
            }
        }
        assertEquals("", violations.toString());
    }

    /** Each user's pages, with cases made over the API at the step each case page is to be seen in. */
    private static Map<String, List<String>> pagesByUser() {
        String toAssign = Cases.providerCase();
        String toDraft = Cases.assignedProviderCase();
        String toApprove = Cases.draftedProviderCase();
        String toDispatch = Cases.approvedProviderCase();
        String answered = Cases.answeredProviderCase();
        String toForward = Cases.appealHeldToForward(answered);
        String appeal = Cases.appealAgainst(answered);
        ok(Http.post(path(appeal) + "/assignment", "{\"executor\":\"agency-officer\"}", "agency-head", null), 200);
        String instructed = Cases.answeredProviderCase();
        String decided = Cases.appealDecidedAndInCourt(instructed, "7199-26-00-4/1");

        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("registrar", List.of("/staff/index.xhtml", "/staff/register.xhtml", "/staff/journal.xhtml",
                "/staff/journal.xhtml?queue=TO_DISPATCH", "/staff/overdue.xhtml", "/staff/organisations.xhtml",
                "/staff/instructions.xhtml", casePage(toDispatch), casePage(answered), casePage(toForward)));
        pages.put("head", List.of("/staff/journal.xhtml?queue=INBOX", casePage(toAssign), casePage(toApprove),
                casePage(instructed),
                "/staff/statistics.xhtml", "/staff/statistics-cases.xhtml?figure=REGISTERED"));
        pages.put("executor", List.of("/staff/journal.xhtml?queue=MINE", casePage(toDraft)));
        pages.put("agency-registrar", List.of("/staff/forwarded.xhtml", casePage(appeal), casePage(decided)));
        pages.put("agency-officer", List.of(casePage(appeal)));
        pages.put("quality", List.of("/staff/lookup.xhtml", "/staff/statistics.xhtml", casePage(appeal)));
        pages.put("operator", List.of("/staff/lookup.xhtml"));
        pages.put("admin", List.of("/admin/audit.xhtml", "/admin/calendar.xhtml", "/admin/deadline-review.xhtml",
                "/admin/organisations.xhtml", "/admin/registry.xhtml", "/admin/staff.xhtml"));
        return pages;
    }

    private static String casePage(String number) {
        return "/staff/case.xhtml?number=" + Http.enc(number);
    }
}
