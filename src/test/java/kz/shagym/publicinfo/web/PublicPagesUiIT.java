package kz.shagym.publicinfo.web;

import static kz.shagym.testing.Cases.ok;
import static kz.shagym.testing.Cases.path;
import static kz.shagym.testing.Cases.providerCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import kz.shagym.testing.Axe;
import kz.shagym.testing.BrowserTest;
import kz.shagym.testing.Deployments;
import kz.shagym.testing.Http;
import kz.shagym.testing.NeedsChromium;
import kz.shagym.testing.QrCodes;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The public pages in headless Chromium: a printed confirmation's QR code opens the case's
 * status, in Kazakh, switched to Russian; and axe-core finds no WCAG 2.1 AA violation on any
 * public page in any language. Fails three look-ups, under the five that cost nothing.
 */
@NeedsChromium
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PublicPagesUiIT extends BrowserTest {

    @BeforeAll
    static void noFailedLookupsYet() {
        Http.forgetFailedLookups();
    }

    @Test
    void theQrCodeOfAPrintedConfirmationOpensTheStatusInKazakhThenRussian() {
        String number = providerCase();
        byte[] confirmation = Http.getBytes(path(number) + "/receipt.pdf", "registrar").body();
        String url = QrCodes.read(confirmation);
        assertTrue(url.startsWith(Deployments.baseUrl() + "/status.xhtml?number="), url);

        browser.driver().get(url);
        assertEquals(number, browser.text(By.cssSelector("#caseStatus .number")));
        assertEquals("Тіркелді, қарауды күтуде", browser.text(By.cssSelector("#caseStatus .state")));
        assertEquals("kk", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        browser.screenshot("public-status-kk");

        browser.driver().findElement(By.cssSelector("a[data-lang='ru']")).click();
        browser.waitFor(By.cssSelector("html[lang='ru']"));
        assertEquals("Зарегистрирована, ожидает рассмотрения", browser.text(By.cssSelector("#caseStatus .state")));
        assertEquals(number, browser.text(By.cssSelector("#caseStatus .number")), "number and code went along");
    }

    @Test
    void withJavaScriptOffTheFormLooksACaseUpAsTypedAndTheLanguageSwitches() {
        String number = providerCase();
        String code = ok(Http.get(path(number), "registrar"), 200).getString("accessCode");
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.open("/status.xhtml?lang=en");
            browser.driver().findElement(By.id("number")).sendKeys(number.toLowerCase());
            browser.driver().findElement(By.id("code")).sendKeys(code.replace("-", " "));
            browser.driver().findElement(By.id("show")).click();
            browser.waitFor(By.id("caseStatus"));
            assertEquals("Registered, waiting for review", browser.text(By.cssSelector("#caseStatus .state")));
            browser.driver().findElement(By.cssSelector("a[data-lang='kk']")).click();
            browser.waitFor(By.cssSelector("html[lang='kk']"));
            assertEquals("Тіркелді, қарауды күтуде", browser.text(By.cssSelector("#caseStatus .state")));
        } finally {
            browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void axeFindsNoViolationOnAnyPublicPageInAnyLanguage() {
        String number = providerCase();
        String code = ok(Http.get(path(number), "registrar"), 200).getString("accessCode");
        List<String> pages = List.of("/index.xhtml", "/status.xhtml",
                "/status.xhtml?number=" + Http.enc(number) + "&code=" + code,
                "/status.xhtml?number=" + Http.enc(number) + "&code=AAAAA-AAAAA",
                "/phones.xhtml", "/phones.xhtml?q=zzzz", "/statistics.xhtml", "/login.xhtml");
        StringBuilder violations = new StringBuilder();
        for (String language : List.of("kk", "ru", "en")) {
            for (String page : pages) {
                browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                violations.append(Axe.violations(browser.driver(), language + " " + page));
            }
        }
        assertEquals("", violations.toString());
    }
}
