package kz.shagym.registry.web;

import static kz.shagym.testing.Cases.ok;
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
        browser.signInAs("registrar");
        browser.open("/staff/journal.xhtml");
        browser.waitFor(By.id("journal:cases"));
        browser.driver().findElement(By.id("journal:exportCsv")).click();
        String csv = Files.readString(browser.downloaded(".csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains(number), "the new case is exported");
        assertTrue(csv.contains("'=HYPERLINK"), csv);
        assertFalse(csv.contains("\"=HYPERLINK") || csv.contains(",=HYPERLINK") || csv.startsWith("=HYPERLINK"),
                "no cell starts with the formula");
    }
}
