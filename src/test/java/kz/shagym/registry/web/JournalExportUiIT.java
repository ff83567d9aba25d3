package kz.shagym.registry.web;

import static kz.shagym.testing.Cases.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import kz.shagym.testing.BrowserTest;
import kz.shagym.testing.Cases;
import kz.shagym.testing.Http;
import kz.shagym.testing.Letters;
import kz.shagym.testing.NeedsChromium;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The journal's CSV export in headless Chromium: what a complainant typed never runs as a formula. */
@NeedsChromium
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class JournalExportUiIT extends BrowserTest {

    static final String FORMULA = "=HYPERLINK(\"http://example.org\";\"x\")";


    @Test
    void aSurnameThatLooksLikeAFormulaIsExportedInert() throws Exception {
        String letter = Letters.json("900101300017", Cases.TODAY)
                .replace("\"surname\":\"Сейітова\"", "\"surname\":\"" + FORMULA.replace("\"", "\\\"") + "\"");
        String number = ok(Http.post("/api/complaints", letter, "registrar", null), 201).getString("number");
        signedInAsRegistrar();
        browser.open("/staff/journal.xhtml");
        browser.waitFor(By.id("journal:cases"));
        browser.driver().findElement(By.id("journal:exportCsv")).click();
        String csv = Files.readString(browser.downloaded(".csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains(number), "the new case is exported");
        assertTrue(csv.contains("'=HYPERLINK"), csv);
        assertFalse(csv.contains("\"=HYPERLINK") || csv.contains(",=HYPERLINK") || csv.startsWith("=HYPERLINK"),
                "no cell starts with the formula");
    }

    /**
     * Kazakh headers and the placeholder are read whole, numbers are never broken, the service
     * is named; at a tablet's width (768 px) the page itself does not run off the screen.
     */
    @Test
    void theJournalIsLaidOutForKazakhWords() throws Exception {
        ok(Http.post("/api/complaints", Letters.json("900101300017", Cases.TODAY), "registrar", null), 201);
        signedInAsRegistrar();
        browser.open("/staff/journal.xhtml");
        browser.waitFor(By.cssSelector("#journal\\:cases tbody tr td.nowrap a"));
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        assertEquals("", js.executeScript("return [...document.querySelectorAll('#journal\\\\:cases thead th')]"
                + ".filter(th => th.scrollWidth > th.clientWidth + 1)"
                + ".map(th => th.textContent.trim() + ' ' + th.scrollWidth + '>' + th.clientWidth).join('; ')"),
                "no header is clipped");
        browser.screenshot("journal-kk");
        assertEquals(Boolean.TRUE, js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1"),
                "the page does not run off the screen");
        Object placeholder = js.executeScript("const i = document.getElementById('journal:complainant');"
                + " const c = document.createElement('canvas').getContext('2d'); c.font = getComputedStyle(i).font;"
                + " const s = getComputedStyle(i);"
                + " return [c.measureText(i.placeholder).width,"
                + " i.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight)];");
        java.util.List<?> widths = (java.util.List<?>) placeholder;
        assertTrue(((Number) widths.get(0)).doubleValue() <= ((Number) widths.get(1)).doubleValue(),
                "the placeholder is read whole: " + widths);
        org.openqa.selenium.WebElement number = browser.driver().findElement(By.cssSelector("#journal\\:cases tbody tr td.nowrap a"));
        org.openqa.selenium.WebElement registered = browser.driver().findElement(By.cssSelector("#journal\\:cases tbody tr td.nowrap + td"));
        assertTrue(number.getRect().getHeight() < 1.5 * registered.getRect().getHeight() || number.getRect().getHeight() < 24,
                "the number stands on one line: " + number.getRect());
        assertTrue(browser.text(By.cssSelector("#journal\\:cases tbody tr td.service")).matches("DEMO-\\d{3} — .+"),
                "the service is named");

        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024));
        browser.open("/staff/journal.xhtml");
        browser.waitFor(By.id("journal:cases"));
        browser.screenshot("journal-768");
        assertEquals("", js.executeScript("return [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.ui-datatable-tablewrapper'))"
                + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join('; ')"),
                "at 768 px nothing but the table (which scrolls) runs off the screen");
        browser.open("/staff/register.xhtml");
        browser.waitFor(By.id("reg:save"));
        browser.screenshot("registration-768");
        assertEquals(Boolean.TRUE, js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1"),
                "nor does the registration form");
    }

    /** The class's one browser, signed in as the registrar by whichever test comes first. */
    private static void signedInAsRegistrar() {
        browser.open("/staff/");
        if (!browser.driver().findElements(By.id("username")).isEmpty()) {
            browser.signInAs("registrar");
        }
    }
}
