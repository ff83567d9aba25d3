package kz.shagym.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kz.shagym.kernel.model.AuditDetail;
import kz.shagym.testing.AuditDetails;
import kz.shagym.testing.BrowserTest;
import kz.shagym.testing.Http;
import kz.shagym.testing.NeedsChromium;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Staff records on a screen, with the roles the registry gives (the basic registry on the
 * first pass, OpenLDAP on .ci/run's second): an administrator makes an organisation and
 * attaches "newcomer" to it, who then signs in and sees their queue, until deactivated; a
 * login in no role group is not attached. "newcomer" has no record in a new database, and
 * each build of the tests starts on one.
 */
@NeedsChromium
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class StaffAdminUiIT extends BrowserTest {

    private static By row(String login) {
        return By.xpath("//tbody[@id='staff:list_data']/tr[td[normalize-space()='" + login + "']]");
    }

    private static void type(String id, String text) {
        browser.driver().findElement(By.id(id)).clear();
        browser.driver().findElement(By.id(id)).sendKeys(text);
    }

    @Test
    void anAttachedNewcomerSignsInAndSeesTheirQueueUntilDeactivated() {
        String code = "S" + (System.currentTimeMillis() % 1_000_000_000L);
        browser.forgetSession();
        browser.signInAs("admin");
        browser.open("/admin/organisations.xhtml");
        browser.waitFor(By.id("organisation:code")).sendKeys(code);
        browser.choose("organisation:kind", "Қызмет беруші");
        type("organisation:nameKk", "Жаңа бөлім " + code);
        type("organisation:addressKk", "Астана, Жаңа көше, 2");
        browser.driver().findElement(By.id("organisation:save")).click();
        browser.waitFor(By.xpath("//tbody[@id='organisation:list_data']/tr[td[normalize-space()='" + code + "']]"));

        browser.open("/admin/staff.xhtml");
        type("staff:login", "newcomer");
        browser.driver().findElement(By.id("staff:organisation_label")).click(); // leaves the login: its roles show
        browser.waitForText(By.id("staff:typedRoles"), "Орындаушы");
        browser.choose("staff:organisation", code);
        type("staff:surname", "Жаңабаев");
        type("staff:givenName", "Арман");
        type("staff:patronymic", "Серікұлы");
        browser.driver().findElement(By.id("staff:save")).click();
        browser.waitFor(row("newcomer"));
        String listed = browser.text(row("newcomer"));
        assertTrue(listed.contains("Жаңабаев Арман Серікұлы") && listed.contains("Орындаушы")
                && listed.contains("Жаңа бөлім " + code), listed);

        browser.forgetSession();
        browser.signInAs("newcomer");
        assertEquals("Жаңабаев Арман", browser.text(By.id("staffName")));
        assertEquals("Жаңа бөлім " + code, browser.text(By.id("staffOrganisation")));
        browser.open("/staff/journal.xhtml?queue=MINE");
        browser.waitFor(By.cssSelector("#journal\\:cases_data .ui-datatable-empty-message"));

        browser.forgetSession();
        browser.signInAs("admin");
        browser.open("/admin/staff.xhtml");
        browser.driver().findElement(By.xpath("//tbody[@id='staff:list_data']/tr[td[normalize-space()='newcomer']]//a"))
                .click();
        browser.waitForAjax();
        assertFalse(browser.driver().findElement(By.id("staff:login")).isEnabled(), "a login is attached once");
        browser.driver().findElement(By.cssSelector("#staff\\:active .ui-chkbox-box")).click();
        browser.driver().findElement(By.id("staff:save")).click();
        browser.waitFor(By.xpath("//tbody[@id='staff:list_data']/tr[td[normalize-space()='newcomer']][td[normalize-space()='Жоқ']]"));

        browser.forgetSession();
        browser.signIn("newcomer", "demo");
        browser.waitForText(By.id("errorText"), "ажыратылған");
        assertEquals(List.of(AuditDetail.of("staff", code, "Жаңабаев А.С.")),
                AuditDetails.of("action=STAFF_MEMBER_CREATED&entityId=newcomer"));
        assertEquals(List.of(AuditDetail.of("staffInactive", code, "Жаңабаев А.С.")),
                AuditDetails.of("action=STAFF_MEMBER_CHANGED&entityId=newcomer"));
    }

    @Test
    void aLoginInNoRoleGroupOrUnknownToTheRegistryIsNotAttached() {
        browser.forgetSession();
        browser.signInAs("admin");
        browser.open("/admin/staff.xhtml");
        String unknown = "nobody-" + System.nanoTime() % 100_000;
        String[][] refusals = {
                {"norole", "norole логині каталогта Shagym тобының ешқайсысында жоқ"},
                {unknown, "Каталог " + unknown + " логинін білмейді"}};
        for (String[] refusal : refusals) {
            type("staff:login", refusal[0]);
            browser.choose("staff:organisation", "DEMO");
            type("staff:surname", "Рөлсіз");
            type("staff:givenName", "Әсет");
            browser.driver().findElement(By.id("staff:save")).click();
            browser.waitForText(By.id("staff"), refusal[1]);
            assertTrue(browser.driver().findElements(row(refusal[0])).isEmpty(), "nothing kept for " + refusal[0]);
        }
        assertEquals("[]", Http.get("/api/audit?action=STAFF_MEMBER_CREATED&entityId=norole", "admin").body().strip(),
                "nothing audited");
    }
}
