package kz.shagym.deadlines.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import kz.shagym.testing.Browser;
import kz.shagym.testing.NeedsChromium;
import kz.shagym.testing.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The overdue board shows the provider's own passed deadlines, and no other provider's. */
@NeedsChromium
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class OverdueBoardUiIT {

    @Test
    void theHeadSeesTheOverdueCaseOfTheirProviderAndTheSecondProviderDoesNot() {
        String label = "BOARD-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(200, Http.post("/api/test-drill/overdue/" + label, "").statusCode());
        try (Browser browser = new Browser()) {
            browser.signInAs("head");
            browser.open("/staff/overdue.xhtml");
            assertEquals("Мерзімі өткен шағымдар", browser.text(By.tagName("h1")));
            String board = browser.text(By.id("overdue"));
            assertTrue(board.contains(label), board);
            assertTrue(board.contains("executor"), board);
            browser.screenshot("overdue-board");

            browser.forgetSession();
            browser.signInAs("registrar2");
            browser.open("/staff/overdue.xhtml");
            assertFalse(browser.text(By.id("overdue")).contains(label), "another provider's case");
        }
    }
}
