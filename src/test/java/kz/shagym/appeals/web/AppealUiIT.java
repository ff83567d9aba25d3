package kz.shagym.appeals.web;

import static kz.shagym.testing.Cases.answeredProviderCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.testing.Browser;
import kz.shagym.testing.Cases;
import kz.shagym.testing.NeedsChromium;
import kz.shagym.testing.PdfText;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The direct route on the screens: the authorized body's registrar registers an appeal against
 * an answered provider case, its officer decides it with an instruction, the decision letter
 * holds the instruction and only the court notice; the provider records its compliance, and
 * the court case recorded on the appeal shows on both pages.
 */
@NeedsChromium
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class AppealUiIT {

    @Test
    void anAppealFromThePaperToTheDecisionComplianceAndCourt() throws Exception {
        String providerCase = answeredProviderCase();
        try (Browser browser = new Browser()) {
            as(browser, "agency-registrar");
            browser.open("/staff/register.xhtml");
            // The appeal's fields first: the complainant look-up below refreshes parts of the form.
            browser.choose("reg:ground", "Қызмет берушінің жауабы");
            browser.choose("reg:provider", "DEMO — Демо қызмет беруші");
            type(browser, "reg:appealOf", providerCase);
            String postmark = LocalDate.now(BusinessClock.ZONE).format(DateTimeFormatter.ofPattern("ddMMyyyy"));
            type(browser, "reg:postmarkDate_input", postmark + Keys.TAB);
            type(browser, "reg:iin", "900101300017" + Keys.TAB);
            browser.waitForAjax(); // the complainant look-up fills the blank fields and redraws them
            fill(browser, "reg:surname", "Сейітова");
            fill(browser, "reg:name", "Әсел");
            fill(browser, "reg:address", "Астана, Абай 1");
            browser.choose("reg:serviceCode", "куәлік");
            browser.driver().findElement(By.cssSelector("label[for='reg:subject:0']")).click();
            type(browser, "reg:summary", "Жауаппен келіспеймін.");
            type(browser, "reg:pages_input", "1");
            browser.waitForAjax();
            browser.driver().findElement(By.id("reg:save")).click();
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                        .until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("stamp")),
                                ExpectedConditions.presenceOfElementLocated(By.id("reg:registerAnyway"))));
            } catch (org.openqa.selenium.TimeoutException e) {
                browser.screenshot("appeal-not-saved");
                throw e;
            }
            if (!browser.driver().findElements(By.id("reg:registerAnyway")).isEmpty()) {
                browser.driver().findElement(By.id("reg:registerAnyway")).click();
            }
            String appeal = browser.text(By.id("number"));
            assertTrue(appeal.matches("АП-\\d{4}-\\d{6}"), appeal);
            assertEquals(providerCase, browser.text(By.id("appealOf")));
            assertEquals("Қызмет берушінің жауабы", browser.text(By.id("ground")));
            browser.screenshot("appeal-registered");
            String appealPage = "/staff/case.xhtml?number=" + URLEncoder.encode(appeal, StandardCharsets.UTF_8);

            String path = Cases.path(appeal);
            Cases.ok(kz.shagym.testing.Http.post(path + "/assignment", "{\"executor\":\"agency-officer\"}", "agency-head", null), 200);
            as(browser, "agency-officer");
            browser.open(appealPage);
            browser.waitFor(By.cssSelector("label[for='draft:outcome:1']")).click();
            browser.driver().findElement(By.id("draft:reasoning")).sendKeys("Анықтама кешігіп берілді.");
            browser.driver().findElement(By.id("draft:instruction")).sendKeys("Анықтаманы қайта беру.");
            browser.driver().findElement(By.id("draft:instructionDays_input")).sendKeys("10");
            browser.driver().findElement(By.id("draft:save")).click();
            expectState(browser, "Жауап дайындалды");
            Cases.approvedAndSent(appeal, "agency-head", "agency-registrar");

            browser.open(appealPage);
            String letter = PdfText.oneLine(browser.downloadPdf(browser.waitFor(By.id("letter")).getAttribute("href")));
            assertTrue(letter.contains("Анықтаманы қайта беру.") && letter.contains("10 жұмыс күні"), letter);
            assertTrue(letter.contains("сотқа"), letter);
            assertFalse(letter.contains("уәкілетті органға"), letter);
            browser.screenshot("appeal-decided");

            as(browser, "head");
            browser.open("/staff/instructions.xhtml");
            browser.waitFor(By.linkText(providerCase)).click();
            assertTrue(browser.text(By.id("appeals")).contains(appeal));
            browser.waitFor(By.id("comply:note")).sendKeys("Анықтама қайта берілді.");
            browser.driver().findElement(By.id("comply:scan")).sendKeys(pngFile().toString());
            browser.driver().findElement(By.id("comply:save")).click();
            assertTrue(browser.text(By.id("complied")).contains("Анықтама қайта берілді."));
            assertTrue(browser.text(By.id("scans")).contains("compliance.png"), "the scan of what was done is kept on the case");

            as(browser, "agency-registrar");
            browser.open(appealPage);
            assertTrue(browser.text(By.id("complied")).contains("Анықтама қайта берілді."), "the body sees the compliance");
            browser.waitFor(By.id("courtCase:court")).sendKeys("Астана қаласының мамандандырылған ауданаралық әкімшілік соты");
            browser.driver().findElement(By.id("courtCase:caseNumber")).sendKeys("7199-26-00-4/1");
            browser.driver().findElement(By.id("courtCase:save")).click();
            assertEquals("7199-26-00-4/1", browser.text(By.id("courtCaseNumber")));
            browser.screenshot("appeal-court");

            as(browser, "head");
            browser.open("/staff/case.xhtml?number=" + URLEncoder.encode(providerCase, StandardCharsets.UTF_8));
            assertEquals("7199-26-00-4/1", browser.text(By.id("courtCaseNumber")), "the court case shows on the provider's page");
            assertTrue(browser.text(By.id("history")).contains("Шағым тіркелді"));
            browser.screenshot("appeal-provider-case");
        }
    }

    /** A small PNG to upload, as a scanner would make it. */
    private static java.nio.file.Path pngFile() throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("shagym-scan").resolve("compliance.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", file.toFile());
        return file;
    }

    private static void as(Browser browser, String user) {
        browser.forgetSession();
        browser.signInAs(user);
    }

    /** Types into a field the complainant look-up may have filled already. */
    private static void fill(Browser browser, String id, String text) {
        WebElement field = browser.waitFor(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.waitFor(By.id(id));
        field.sendKeys(text);
    }

    private static void expectState(Browser browser, String state) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.id("caseState"), state));
    }
}
