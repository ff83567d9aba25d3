package kz.shagym.review.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.testing.Browser;
import kz.shagym.testing.NeedsChromium;
import kz.shagym.testing.Http;
import kz.shagym.testing.Letters;
import kz.shagym.testing.PdfText;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The provider's review on the screens, each person in turn: the head assigns from the inbox,
 * the executor drafts, the head returns it, the executor redrafts, the head approves, the
 * registrar records the posting; the answer letter holds the reasoning and the appeal notice,
 * and the case shows the answer left on time.
 */
@NeedsChromium
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ReviewUiIT {

    @Test
    void headExecutorAndRegistrarTakeTheCaseToAnAnswerSentOnTime() throws Exception {
        String today = LocalDate.now(BusinessClock.ZONE).toString();
        HttpResponse<String> registered = Http.post("/api/complaints", Letters.json("900101300017", today), "registrar", null);
        assertEquals(201, registered.statusCode(), registered.body());
        String number = Json.createReader(new StringReader(registered.body())).readObject().getString("number");
        String casePage = "/staff/case.xhtml?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8);

        try (Browser browser = new Browser()) {
            as(browser, "head");
            browser.open("/staff/journal.xhtml?queue=INBOX");
            assertEquals("Кіріс шағымдар: тағайындау және бекіту", browser.text(By.tagName("h1")));
            openFromQueue(browser, number);
            // Only executors are offered, each with the open cases they hold; not the
            // registrar (Ахметова) nor the head (Жұмабеков), though both are the provider's staff.
            List<String> offered = browser.driver().findElements(By.cssSelector("select[id='assign:executor_input'] option")).stream()
                    .map(option -> option.getAttribute("textContent").strip()).toList();
            assertTrue(offered.stream().anyMatch(o -> o.matches("Сейітов Н\\.Е\\. — жұмыста \\d+ іс")), offered.toString());
            assertTrue(offered.stream().noneMatch(o -> o.startsWith("Ахметова") || o.startsWith("Жұмабеков")), offered.toString());
            browser.choose("assign:executor", "Сейітов Н.Е.");
            browser.driver().findElement(By.id("assign:save")).click();
            expectState(browser, "Орындаушы тағайындалды");
            browser.screenshot("review-assigned");

            as(browser, "executor");
            browser.open("/staff/journal.xhtml?queue=MINE");
            openFromQueue(browser, number);
            // Kept, not sent: the executor comes back to the same text, the case still theirs.
            browser.waitFor(By.cssSelector("label[for='draft:outcome:1']")).click();
            browser.driver().findElement(By.id("draft:reasoning")).sendKeys("Бірінші нұсқа.");
            browser.driver().findElement(By.id("draft:keep")).click();
            expectState(browser, "Орындаушы тағайындалды");
            browser.open(casePage);
            assertEquals("Бірінші нұсқа.", browser.waitFor(By.id("draft:reasoning")).getAttribute("value"));
            browser.driver().findElement(By.id("draft:save")).click();
            expectState(browser, "Жауап дайындалды");

            as(browser, "head");
            browser.open(casePage);
            browser.waitFor(By.id("decide:comment")).sendKeys("Анықтаманың берілген күнін көрсетіңіз.");
            browser.driver().findElement(By.id("decide:giveBack")).click();
            expectState(browser, "Орындаушы тағайындалды");
            assertTrue(browser.text(By.id("history")).contains("Анықтаманың берілген күнін көрсетіңіз."));

            as(browser, "executor");
            browser.open(casePage);
            browser.waitFor(By.id("draft:reasoning")).clear();
            draft(browser, "2", "Анықтама 2026 жылғы 20 қарашада берілді, мерзім бұзылған жоқ.");
            expectState(browser, "Жауап дайындалды");

            as(browser, "head");
            browser.open(casePage);
            // The letter is on the page before the decision, and approving asks once more.
            assertTrue(browser.waitFor(By.id("letterPreview")).getAttribute("src").contains("number="));
            browser.waitFor(By.id("decide:approve")).click();
            browser.waitForText(By.cssSelector(".ui-confirm-dialog .ui-dialog-title"), "Хатты бекітесіз бе?");
            browser.screenshot("review-approve-confirm");
            browser.waitFor(By.id("decide:confirmYes")).click();
            expectState(browser, "Жауап бекітілді");
            assertTrue(browser.text(By.id("outgoingNumber")).matches("ШЫҒ-\\d{4}-\\d{6}, \\d\\d\\.\\d\\d\\.\\d{4}"),
                    "the approved letter's place in the outgoing register");

            as(browser, "registrar");
            browser.open(casePage);
            browser.waitFor(By.id("dispatch:trackingNumber")).sendKeys("RR123456785KZ");
            browser.driver().findElement(By.id("dispatch:save")).click();
            expectState(browser, "Жауап жіберілді");
            assertTrue(browser.text(By.id("onTime")).contains("мерзімінде"), browser.text(By.id("onTime")));
            browser.screenshot("review-sent");

            String letter = PdfText.oneLine(browser.downloadPdf(browser.driver().findElement(By.id("letter")).getAttribute("href")));
            assertTrue(letter.contains("мерзім бұзылған жоқ"), letter);
            assertTrue(letter.contains("уәкілетті органға") && letter.contains("сотқа"), letter);
            assertTrue(letter.contains("Жұмабеков Қ.М."), letter);
        }
    }

    /** Earlier tests leave cases in the queue: find this one by its number, as a clerk would. */
    private static void openFromQueue(Browser browser, String number) {
        browser.waitFor(By.id("journal:number")).sendKeys(number);
        var before = browser.driver().findElement(By.id("journal:cases_data"));
        browser.driver().findElement(By.id("journal:search")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(before));
        browser.waitFor(By.linkText(number)).click();
    }

    private static void as(Browser browser, String user) {
        browser.forgetSession();
        browser.signInAs(user);
    }

    /** Drafts with the outcome at radio index {@code outcome} (0 satisfied, 1 partly, 2 rejected). */
    private static void draft(Browser browser, String outcome, String reasoning) {
        browser.waitFor(By.cssSelector("label[for='draft:outcome:" + outcome + "']")).click();
        browser.driver().findElement(By.id("draft:reasoning")).sendKeys(reasoning);
        browser.driver().findElement(By.id("draft:save")).click();
    }

    private static void expectState(Browser browser, String state) {
        try {
            browser.waitForText(By.id("caseState"), state);
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("review-expected-" + System.currentTimeMillis());
            throw e;
        }
    }

}
