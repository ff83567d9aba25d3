package kz.shagym.kernel.web;

import static kz.shagym.testing.Cases.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import kz.shagym.testing.AuditDetails;
import kz.shagym.testing.Browser;
import kz.shagym.testing.Http;
import kz.shagym.testing.Letters;
import kz.shagym.testing.NeedsChromium;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Organisations kept on a screen: an administrator adds a provider (its office address is
 * required: the place of every answer) whose phones the public directory then lists; a
 * deactivated provider registers nothing new until it is active again.
 */
@NeedsChromium
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class OrganisationsUiIT {

    static String row(String code) {
        return "//tbody[@id='organisation:list_data']/tr[td[normalize-space()='" + code + "']]";
    }

    @Test
    void anAdministratorAddsAProviderAndDeactivatesAnother() {
        String code = "P" + (System.currentTimeMillis() % 1_000_000_000L);
        try (Browser browser = new Browser()) {
            browser.signInAs("admin");
            browser.open("/admin/organisations.xhtml");
            browser.waitFor(By.id("organisation:code")).sendKeys(code);
            browser.choose("organisation:kind", "Қызмет беруші");
            browser.driver().findElement(By.id("organisation:nameKk")).sendKeys("Сынақ қызмет берушісі");
            browser.driver().findElement(By.id("organisation:phones")).sendKeys("+7 7172 00 00 01");
            browser.driver().findElement(By.id("organisation:save")).click();
            browser.waitForAjax();
            assertTrue(browser.text(By.id("organisation")).contains("жауап алу орны"), "the office address is required");

            browser.driver().findElement(By.id("organisation:addressKk")).sendKeys("Астана, Сынақ көшесі, 1");
            browser.driver().findElement(By.id("organisation:save")).click();
            browser.waitFor(By.xpath(row(code)));
            assertTrue(Http.get("/api/organisations/reference-phones?q=" + code, null, null, null).body()
                    .contains("+7 7172 00 00 01"), "published in the reference directory");

            browser.driver().findElement(By.xpath(row("SECOND") + "//a")).click();
            browser.waitForAjax();
            browser.driver().findElement(By.cssSelector("#organisation\\:active .ui-chkbox-box")).click();
            browser.driver().findElement(By.id("organisation:save")).click();
            browser.waitForAjax();
            browser.waitFor(By.xpath(row("SECOND") + "[td[normalize-space()='Жоқ']]"));
            HttpResponse<String> refused = Http.post("/api/complaints", Letters.json("900101300017", TODAY),
                    "registrar2", "en");
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("no longer active"), refused.body());

            browser.driver().findElement(By.xpath(row("SECOND") + "//a")).click();
            browser.waitForAjax();
            browser.driver().findElement(By.cssSelector("#organisation\\:active .ui-chkbox-box")).click();
            browser.driver().findElement(By.id("organisation:save")).click();
            browser.waitFor(By.xpath(row("SECOND") + "[td[normalize-space()='Иә']]"));
        }
        assertEquals(201, Http.post("/api/complaints", Letters.json("900101300017", TODAY), "registrar2", null).statusCode(),
                "active again");
        assertTrue(AuditDetails.of("action=ORGANISATION_CHANGED&entityId=SECOND").stream()
                .anyMatch(d -> d.key().equals("organisationInactive")), "the deactivation audited");
    }
}
