package kz.shagym.intake.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.time.format.DateTimeFormatter;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.testing.Browser;
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

/**
 * A registrar registers a letter from the keyboard: a mistyped IIN is shown at its field, the
 * corrected letter is registered, the acceptance confirmation holds the stamp, and the journal
 * finds the case.
 */
@NeedsChromium
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class RegistrationUiIT {

    @Test
    void aRegistrarRegistersALetterAndPrintsTheConfirmation() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signInAs("registrar");
            browser.open("/staff/register.xhtml");
            assertEquals("Қағаз шағымды тіркеу", browser.text(By.tagName("h1")));

            String postmark = LocalDate.now(BusinessClock.ZONE).minusDays(2).format(DateTimeFormatter.ofPattern("ddMMyyyy"));
            type(browser, "reg:postmarkDate_input", postmark + Keys.TAB);
            type(browser, "reg:iin", "900101300018");
            type(browser, "reg:surname", "Бекұлы");
            // Said as soon as the field is left, not only at the save.
            browser.waitForText(By.id("reg:iinMessage"), "Бақылау цифры сәйкес келмейді");
            assertEquals("900101300018", browser.driver().findElement(By.id("reg:iin")).getAttribute("value"));
            browser.driver().findElement(By.id("reg:surname")).sendKeys(Keys.ENTER);
            Thread.sleep(500);
            assertEquals(1, browser.driver().findElements(By.cssSelector(".ui-message-error")).size(),
                    "Enter in a field does not send the half-filled form: only the IIN's message is shown");
            type(browser, "reg:name", "Ерсін");
            type(browser, "reg:address", "Қостанай, Әл-Фараби 12");
            // The searchable service list, from the keyboard: open, filter, arrow down, Enter: what
            // is chosen is one of the services shown, never one the filter hid.
            browser.waitFor(By.id("reg:serviceCode")).click();
            WebElement filter = browser.waitFor(By.id("reg:serviceCode_filter"));
            By items = By.cssSelector("#reg\\:serviceCode_items li.ui-selectonemenu-item");
            java.util.function.Function<org.openqa.selenium.WebDriver, List<String>> shownNow = d -> d.findElements(items)
                    .stream().filter(WebElement::isDisplayed).map(li -> li.getAttribute("data-label")).toList();
            int unfiltered = shownNow.apply(browser.driver()).size();
            filter.sendKeys("куәлік");
            // ChromeDriver types these Cyrillic letters without the key event the filter listens
            // to (the list stayed whole, and this check proved nothing): send one.
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "arguments[0].dispatchEvent(new KeyboardEvent('keyup', {bubbles: true, key: 'к'}));", filter);
            // Read once the filter has run: fewer services shown than before it, and some.
            List<String> shown = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> {
                        List<String> labels = shownNow.apply(d);
                        return !labels.isEmpty() && labels.size() < unfiltered ? labels : null;
                    });
            filter.sendKeys(Keys.ARROW_DOWN);
            filter.sendKeys(Keys.ENTER);
            String chosen = browser.text(By.id("reg:serviceCode_label"));
            assertTrue(shown.contains(chosen), chosen + " is not among " + shown);
            browser.driver().findElement(By.cssSelector("label[for='reg:subject:2']")).click();
            type(browser, "reg:summary", "Жеке куәлік 20 күн бойы берілмеді.");
            type(browser, "reg:pages_input", "3");
            browser.driver().findElement(By.id("reg:save")).click();
            browser.screenshot("registration-saved");

            // The save marks the field (the message was there already, from leaving it).
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(ExpectedConditions.attributeToBe(By.id("reg:iin"), "aria-invalid", "true"));
            assertTrue(browser.text(By.id("reg:iinMessage")).contains("Бақылау цифры сәйкес келмейді"));
            assertEquals("true", browser.driver().findElement(By.id("reg:iin")).getAttribute("aria-invalid"),
                    "the wrong field says so to a screen reader");
            browser.screenshot("registration-bad-iin");
            assertEquals("reg:iin", browser.driver().switchTo().activeElement().getAttribute("id"),
                    "after the refused save the keyboard is at the wrong field");
            assertEquals("900101300018", browser.driver().findElement(By.id("reg:iin")).getAttribute("value"),
                    "the wrong field keeps what was typed");

            WebElement iin = browser.driver().findElement(By.id("reg:iin"));
            iin.clear();
            iin.sendKeys("900101300017");
            browser.driver().findElement(By.id("reg:save")).click();

            // The case page after saving (or the duplicate warning, when earlier tests left a case of this person).
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("stamp")),
                            ExpectedConditions.presenceOfElementLocated(By.id("reg:registerAnyway"))));
            if (!browser.driver().findElements(By.id("reg:registerAnyway")).isEmpty()) {
                browser.driver().findElement(By.id("reg:registerAnyway")).click();
            }
            String number = browser.text(By.id("number"));
            assertTrue(number.matches("ЖТ-\\d{4}-\\d{6}"), number);
            String deadline = browser.text(By.id("deadline"));
            assertEquals("Ахметова А.Б.", browser.text(By.id("registrar")));
            browser.screenshot("registration-case");

            String receiptUrl = browser.driver().findElement(By.id("receipt")).getAttribute("href");
            String text = PdfText.of(browser.downloadPdf(receiptUrl));
            assertTrue(text.contains(number), text);
            assertTrue(text.contains("Ахметова А.Б."), text);
            assertTrue(text.contains(deadline), text);
            assertTrue(text.contains("Бекұлы Ерсін"), text);

            browser.open("/staff/journal.xhtml");
            type(browser, "journal:complainant", "бекұлы ерсiн");
            browser.driver().findElement(By.id("journal:search")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("journal:cases"), number));
            browser.screenshot("registration-journal");
        }
    }

    /** Each refusal stands in its row, beside its own field: none shifted to the next. */
    @Test
    void anEmptySaveShowsEachMessageBesideItsField() {
        try (Browser browser = new Browser()) {
            browser.signInAs("registrar");
            browser.open("/staff/register.xhtml");
            browser.waitFor(By.id("reg:save")).click();
            browser.waitForText(By.id("reg:summaryMessage"), "Міндетті өріс.");
            for (String field : List.of("summary", "pages_input")) {
                org.openqa.selenium.Rectangle input = browser.driver().findElement(By.id("reg:" + field)).getRect();
                org.openqa.selenium.Rectangle message = browser.driver()
                        .findElement(By.id("reg:" + field.replace("_input", "") + "Message")).getRect();
                assertTrue(message.getY() >= input.getY() - 2 && message.getY() < input.getY() + input.getHeight(),
                        field + "'s message is in its row: " + message + " against " + input);
                assertTrue(message.getX() >= input.getX() + input.getWidth(), field + "'s message is beside it");
            }
            browser.screenshot("registration-empty-save");
        }
    }

    /** The labels the intake rules require carry the mark and their fields aria-required, as the choices change them. */
    @Test
    void theRequiredFieldsAreMarkedAsTheRulesSay() {
        try (Browser browser = new Browser()) {
            browser.signInAs("registrar");
            browser.open("/staff/register.xhtml");
            browser.waitFor(By.id("reg:save"));
            assertEquals(List.of("postmarkDate", "iin", "surname", "name", "address"), markedIn(browser, "postmarkDate",
                    "envelopeTracking", "iin", "surname", "name", "patronymic", "address", "phone"));
            assertEquals("true", browser.driver().findElement(By.id("reg:surname")).getAttribute("aria-required"));
            assertEquals(null, browser.driver().findElement(By.id("reg:patronymic")).getAttribute("aria-required"));

            browser.driver().findElement(By.cssSelector("label[for='reg:channel:1']")).click();
            browser.driver().findElement(By.cssSelector("label[for='reg:type:1']")).click();
            browser.waitFor(By.id("reg:representative"));
            browser.waitForAjax();
            assertEquals(List.of("bin", "name", "representative"), markedIn(browser, "postmarkDate", "bin", "name",
                    "representative"), "by hand, from a company");
            assertEquals("true", browser.driver().findElement(By.id("reg:bin")).getAttribute("aria-required"),
                    "marked again after the Ajax update");
            assertTrue(browser.text(By.cssSelector("form.registration > p.hint")).contains("*"), "the mark explained");
        }
    }

    /** Which of {@code fields} show a label marked required. */
    private static List<String> markedIn(Browser browser, String... fields) {
        return java.util.Arrays.stream(fields).filter(f -> !browser.driver()
                .findElements(By.cssSelector("label[for^='reg:" + f + "'] .ui-outputlabel-rfi")).isEmpty()).toList();
    }

    @Test
    void switchingLanguageRenamesTheServicesOffered() {
        try (Browser browser = new Browser()) {
            browser.signInAs("registrar");
            browser.open("/staff/register.xhtml");
            browser.waitFor(By.id("reg:serviceCode"));
            browser.driver().findElement(By.cssSelector("a[data-lang='ru']")).click();
            browser.waitFor(By.cssSelector("html[lang='ru']"));
            browser.choose("reg:serviceCode", "Выдача удостоверения личности");
            assertTrue(browser.text(By.id("reg:serviceCode_label"))
                    .contains("DEMO-003 — Выдача удостоверения личности"));
        }
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.waitFor(By.id(id));
        field.sendKeys(text);
    }

}
