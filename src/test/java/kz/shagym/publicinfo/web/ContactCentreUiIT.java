package kz.shagym.publicinfo.web;

import static kz.shagym.testing.Cases.providerCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.shagym.testing.BrowserTest;
import kz.shagym.testing.NeedsChromium;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The operator of 1414 in headless Chromium: a caller's case by number, the look-up in their list, the procedure at hand. */
@NeedsChromium
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ContactCentreUiIT extends BrowserTest {


    @Test
    void anOperatorAnswersACallerFromTheLookUp() {
        String number = providerCase();
        browser.signInAs("operator");
        assertTrue(browser.driver().findElement(By.id("menuForm")).getText().contains("Істі іздеу"), "in the menu");
        browser.open("/staff/lookup.xhtml");
        browser.waitFor(By.id("lookup:number")).sendKeys(number.replace("-", " "));
        browser.driver().findElement(By.id("lookup:byNumber")).click();
        browser.waitFor(By.cssSelector("article.looked-up"));
        assertEquals(number, browser.text(By.cssSelector("article.looked-up .number")));
        assertTrue(browser.text(By.cssSelector("article.looked-up h2")).contains("(DEMO)"));
        assertTrue(browser.text(By.id("recent")).contains(number), "the look-up is in the operator's list");
        assertTrue(browser.text(By.cssSelector(".lookup-aside")).contains("1414"), "the procedure at hand");
        browser.screenshot("contact-centre-lookup");

        browser.driver().findElement(By.id("lookup:iin")).sendKeys("12345");
        browser.driver().findElement(By.id("lookup:byIin")).click();
        assertTrue(browser.text(By.cssSelector(".ui-message-error")).contains("ЖСН/БСН 12 цифрдан тұрады."));
    }
}
