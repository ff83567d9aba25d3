package kz.shagym.deadlines.web;

import static kz.shagym.testing.Cases.deadline;
import static kz.shagym.testing.Cases.ok;
import static kz.shagym.testing.Cases.path;
import static kz.shagym.testing.Cases.providerCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import kz.shagym.testing.Browser;
import kz.shagym.testing.Http;
import kz.shagym.testing.NeedsChromium;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * When the law adds a holiday: an administrator adds the rule on the calendar screen, sees the
 * open case it would move on the deadline review, applies the new date, and the head's case
 * page shows it; the rule is then ended again, before it ever applied, so no other test sees it.
 */
@NeedsChromium
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class DeadlineReviewUiIT {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");



    @Test
    void anAdministratorAddsAHolidayRuleAndAppliesTheDeadlineItMoves() {
        String number = providerCase();
        LocalDate set = deadline(5);
        LocalDate holiday = deadline(2);
        int lastYear = LocalDate.now().getYear() - 1;
        String code = "TEST_DAY_" + System.currentTimeMillis(); // a database kept from an earlier run has the last one
        try (Browser browser = new Browser()) {
            browser.signInAs("admin");
            browser.open("/admin/calendar.xhtml");
            browser.waitFor(By.id("rules:code")).sendKeys(code);
            browser.driver().findElement(By.id("rules:day_input")).sendKeys(String.valueOf(holiday.getDayOfMonth()));
            browser.driver().findElement(By.id("rules:month_input")).sendKeys(String.valueOf(holiday.getMonthValue()));
            browser.driver().findElement(By.id("rules:firstYear_input")).sendKeys(String.valueOf(lastYear));
            browser.driver().findElement(By.id("rules:nameKk")).sendKeys("Сынақ мерекесі");
            browser.driver().findElement(By.id("rules:addRule")).click();
            browser.waitForAjax();
            assertTrue(browser.text(By.id("rules:rulesMessages")).contains("өткен жылдар қайта жазылмайды"),
                    "last year is refused: " + browser.text(By.id("rules:rulesMessages")));

            browser.driver().findElement(By.id("rules:firstYear_input")).sendKeys(
                    Keys.chord(Keys.CONTROL, "a"), String.valueOf(holiday.getYear()), Keys.TAB);
            browser.driver().findElement(By.id("rules:addRule")).click();
            browser.waitForAjax();
            assertTrue(browser.text(By.id("rules:rulesMessages")).contains("Мереке қосылды"),
                    browser.text(By.id("rules:rulesMessages")));
            assertEquals(set, LocalDate.parse(ok(Http.get(path(number), "head"), 200)
                    .getString("deadline")), "the case keeps its date until a decision");

            browser.open("/admin/deadline-review.xhtml");
            String row = "//tbody[@id='review:deadlines_data']/tr[td[normalize-space()='" + number + "']]";
            browser.waitFor(By.xpath(row));
            assertTrue(browser.text(By.xpath(row)).contains(set.format(SHOWN)));
            browser.driver().findElement(By.xpath(row + "//input")).sendKeys("Заң өзгерді");
            browser.driver().findElement(By.xpath(row + "//button[contains(@id,'apply')]")).click();
            browser.waitFor(By.cssSelector(".ui-messages-info"));
            browser.screenshot("deadline-review-applied");

            browser.forgetSession();
            browser.signInAs("head");
            browser.open("/staff/case.xhtml?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8));
            LocalDate moved = LocalDate.parse(ok(Http.get(path(number), "head"), 200).getString("deadline"));
            assertTrue(moved.isAfter(set), moved + " after " + set);
            assertEquals(moved.format(SHOWN), browser.text(By.id("deadline")));
            assertTrue(browser.driver().getPageSource().contains("Заң өзгерді"), "on the timeline");
        } finally {
            // Ended before its first year: as if never added, for the tests after this one.
            Http.post("/api/calendar/rules/" + code + "/end", "{\"lastYear\":" + (holiday.getYear() - 1) + "}", "admin", null);
        }
    }
}
