package kz.shagym.registry.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.shagym.testing.Browser;
import kz.shagym.testing.NeedsChromium;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The state-service catalogue in headless Chromium: an administrator adds a service named in three languages, then edits it. */
@NeedsChromium
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class CatalogueUiIT {

    @Test
    void anAdministratorAddsAServiceInThreeLanguagesAndEditsIt() {
        String code = "T-" + (System.currentTimeMillis() % 100_000_000);
        try (Browser browser = new Browser()) {
            browser.signInAs("admin");
            browser.open("/admin/registry.xhtml");
            browser.waitFor(By.id("services:code")).sendKeys(code);
            browser.driver().findElement(By.id("services:nameKk")).sendKeys("Сынақ қызметі");
            browser.driver().findElement(By.id("services:nameRu")).sendKeys("Тестовая услуга");
            browser.driver().findElement(By.id("services:nameEn")).sendKeys("Test service");
            browser.driver().findElement(By.id("services:saveService")).click();
            String row = "//tbody[@id='services:list_data']/tr[td[normalize-space()='" + code + "']]";
            assertTrue(browser.text(By.xpath(row)).contains("Сынақ қызметі"));
            assertTrue(browser.text(By.xpath(row)).contains("Тестовая услуга"));

            browser.driver().findElement(By.xpath(row + "//a")).click();
            browser.waitForAjax();
            assertEquals("Тестовая услуга", browser.driver().findElement(By.id("services:nameRu")).getAttribute("value"),
                    "the form holds the service's names to edit");
        }
    }
}
