package kz.shagym.statistics.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.testing.BrowserTest;
import kz.shagym.testing.Cases;
import kz.shagym.testing.NeedsChromium;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The quality dashboard and the open data in headless Chromium. */
@NeedsChromium
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class StatisticsUiIT extends BrowserTest {

    static final YearMonth MONTH = YearMonth.from(LocalDate.now(BusinessClock.ZONE));


    @Test
    void theQualityOfficerRanksProvidersDrillsIntoOneAndExportsIt() throws Exception {
        String number = Cases.answeredProviderCase();
        browser.signInAs("quality");
        assertTrue(browser.text(By.id("menuForm")).contains("Сапа көрсеткіштері"), "in the menu");
        browser.open("/staff/statistics.xhtml?from=" + MONTH + "&to=" + MONTH);
        browser.waitFor(By.cssSelector("[id$='ranking'] canvas"));
        browser.waitFor(By.cssSelector("[id$='trend'] canvas"));
        assertTrue(browser.text(By.id("figures:table")).contains("Барлығы"), "a total row");
        browser.screenshot("statistics-dashboard");

        browser.driver().findElement(By.linkText("Демо қызмет беруші")).click();
        browser.waitFor(By.cssSelector("[id$='trend'] canvas"));
        assertTrue(browser.driver().getCurrentUrl().contains("provider=DEMO"), browser.driver().getCurrentUrl());
        // The month's row of DEMO: its answered count opens the cases behind it.
        browser.driver().findElement(By.cssSelector("#figures\\:table tbody a.drill[href*='figure=ANSWERED']")).click();
        browser.waitFor(By.id("figures:cases"));
        assertTrue(browser.text(By.id("figures:cases")).contains(number), "the case behind the figure");
        browser.screenshot("statistics-cases");

        browser.driver().findElement(By.id("figures:exportXlsx")).click();
        Path xlsx = browser.downloaded(".xlsx");
        try (InputStream in = Files.newInputStream(xlsx); Workbook book = WorkbookFactory.create(in)) {
            Sheet sheet = book.getSheetAt(0);
            StringBuilder all = new StringBuilder();
            sheet.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
            assertTrue(all.toString().contains(number), all.toString());
        }
    }

    @Test
    void thePublicPageDrawsTheRankingInKazakhAndTheCsvDownloads() throws Exception {
        Cases.answeredProviderCase();
        browser.forgetSession();
        browser.open("/statistics.xhtml");
        assertEquals("kk", browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"));
        assertTrue(browser.text(By.tagName("h1")).contains("Ашық деректер"));
        browser.waitFor(By.cssSelector("[id$='ranking'] canvas"));
        assertTrue(browser.text(By.id("providers")).contains("Демо қызмет беруші"));
        assertTrue(browser.text(By.id("licence")).contains("CC BY 4.0"));
        assertFalse(browser.text(By.id("providers")).contains("executor"));
        browser.screenshot("statistics-public");

        browser.driver().findElement(By.id("downloadCsv")).click();
        String csv = Files.readString(browser.downloaded(".csv"));
        assertTrue(csv.startsWith("provider,name_kk,name_ru,name_en,registered,"), csv);
        assertTrue(csv.contains("\r\nDEMO,Демо қызмет беруші,"), csv);
    }
}
