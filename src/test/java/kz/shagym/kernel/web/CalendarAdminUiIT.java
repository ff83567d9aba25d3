package kz.shagym.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.shagym.testing.Browser;
import kz.shagym.testing.NeedsChromium;
import kz.shagym.testing.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * An administrator adds a government transfer for 2027 and removes it again: the year at a
 * glance, the public deadline API and the audit trail follow; a wrong day is refused.
 */
@NeedsChromium
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class CalendarAdminUiIT {

    static final String DEADLINE_FROM_THURSDAY = "/api/calendar/deadline?from=2027-11-18&workingDays=1";


    static String deadlineFromThursday() {
        String body = Http.get(DEADLINE_FROM_THURSDAY, null, null, "en").body();
        return body.replaceAll(".*\"deadline\":\"([0-9-]+)\".*", "$1");
    }

    @Test
    void aTransferAddedAndRemovedMovesTheDeadlinesComputedAfterIt() {
        assertEquals("2027-11-19", deadlineFromThursday());
        try (Browser browser = new Browser()) {
            browser.signInAs("admin");
            browser.open("/admin/calendar.xhtml?year=2027");
            assertEquals("Жұмыс күндерінің күнтізбесі", browser.text(By.tagName("h1")));
            browser.waitFor(By.cssSelector("td[data-date='2027-11-19']"));

            // A Saturday cannot be the day off of a transfer.
            browser.driver().findElement(By.id("calendar:reasonKk")).sendKeys("Сынақ ауыстыруы");
            browser.driver().findElement(By.id("calendar:dayOff_input")).sendKeys("13.11.2027", org.openqa.selenium.Keys.TAB);
            browser.driver().findElement(By.id("calendar:workedDay_input")).sendKeys("20.11.2027", org.openqa.selenium.Keys.TAB);
            browser.driver().findElement(By.id("calendar:addTransfer")).click();
            assertTrue(browser.text(By.id("calendar:messages")).contains("демалыс күні жұмыс күніне"),
                    browser.text(By.id("calendar:messages")));
            assertEquals("2027-11-19", deadlineFromThursday(), "nothing changed");

            browser.driver().findElement(By.id("calendar:dayOff_input")).sendKeys(
                    org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "19.11.2027",
                    org.openqa.selenium.Keys.TAB);
            browser.driver().findElement(By.id("calendar:addTransfer")).click();
            browser.waitFor(By.cssSelector("td.TRANSFER[data-date='2027-11-19']"));
            browser.waitFor(By.cssSelector("td.WORKING_WEEKEND[data-date='2027-11-20']"));
            browser.screenshot("calendar-2027-transfer");
            assertEquals("2027-11-20", deadlineFromThursday(), "the worked Saturday is the next working day");

            browser.driver().findElement(By.xpath("//tbody[@id='calendar:entries_data']/tr[td[normalize-space()='19.11.2027']]//button")).click();
            browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
            browser.waitFor(By.cssSelector("td.WORKING[data-date='2027-11-19']"));
            assertEquals("2027-11-19", deadlineFromThursday(), "back as it was");
        }
        String audit = Http.get("/api/audit?action=CALENDAR_TRANSFER_ADDED&entityId=2027-11-19", "admin").body();
        assertTrue(audit.contains("\"actor\":\"admin\""), audit);
    }
}
