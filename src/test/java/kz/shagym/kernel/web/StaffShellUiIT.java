package kz.shagym.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.shagym.testing.BrowserTest;
import kz.shagym.testing.NeedsChromium;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** The staff shell in headless Chromium: sign-in, the menu by role, languages, sign-out. */
@NeedsChromium
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class StaffShellUiIT extends BrowserTest {


    @BeforeEach
    void anonymous() {
        browser.open("/");
        browser.forgetSession();
    }

    @Test
    void anAnonymousVisitToTheStaffAreaLandsOnTheLoginPage() {
        browser.open("/staff/");
        browser.waitFor(By.id("username"));
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), browser.driver().getCurrentUrl());
        assertEquals("Қызметкерлердің кіруі", browser.text(By.tagName("h1")));
        browser.screenshot("login");
    }

    @Test
    void aWrongPasswordIsSaidPlainly() {
        browser.signIn("registrar", "not-the-password");
        assertEquals("Пайдаланушы аты немесе құпиясөз қате. Қайта көріңіз.", browser.text(By.id("loginFailed")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "registrar, Ахметова Айгүл, Демо қызмет беруші, Тіркеуші (кеңсе)",
            "executor, Сейітов Нұрлан, Демо қызмет беруші, Орындаушы",
            "head, Жұмабеков Қайрат, Демо қызмет беруші, Басшы",
            "registrar2, Иванова Ольга, Екінші қызмет беруші, Тіркеуші (кеңсе)",
            "quality, Оспанова Гүлнар, Мемлекеттік қызмет істері агенттігі, Сапаны бақылау маманы",
            "operator, Бекова Дана, Мемлекеттік қызметтер бойынша бірыңғай байланыс орталығы, Байланыс орталығының операторы",
            "admin, Ким Сергей, Ақпараттық технологиялар департаменті, Әкімші"})
    void eachDemoUserSeesTheirNameOrganisationRoleAndMenu(String user, String name, String organisation, String role) {
        browser.signIn(user, "demo");
        assertEquals(name, browser.text(By.id("staffName")));
        assertEquals(organisation, browser.text(By.id("staffOrganisation")));
        assertEquals(role, browser.text(By.id("staffRoles")));
        assertTrue(browser.text(By.id("welcome")).contains(name));
        String menu = browser.driver().findElement(By.id("menuForm")).getAttribute("innerHTML");
        assertTrue(menu.contains("/staff/organisations.xhtml"));
        assertEquals("admin".equals(user), menu.contains("/admin/audit.xhtml"), "audit trail in the menu of " + user);
        assertEquals("admin".equals(user), menu.contains("/admin/staff.xhtml"), "staff records in the menu of " + user);
        browser.screenshot("home-" + user);

        browser.driver().findElement(By.id("signOutForm:signOut")).click();
        browser.waitFor(By.id("staffSignIn"));
        assertEquals("Мемлекеттік қызмет көрсету мәселелері бойынша шағымдану тәртібі", browser.text(By.tagName("h1")));
        browser.open("/staff/");
        browser.waitFor(By.id("username"));
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), "signed out: " + user);
    }

    @Test
    void aSignedOutSignInCookieOpensNothingAgain() {
        browser.signInAs("head");
        org.openqa.selenium.Cookie sso = browser.driver().manage().getCookieNamed("ShagymSSO");
        assertTrue(sso != null, "signed in with the sign-in cookie");
        browser.driver().findElement(By.id("signOutForm:signOut")).click();
        browser.waitFor(By.id("staffSignIn"));
        // Whoever kept a copy of the cookie puts it back: it is dead.
        browser.forgetSession();
        browser.driver().manage().addCookie(sso);
        browser.open("/staff/journal.xhtml");
        browser.waitFor(By.id("username"));
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), browser.driver().getCurrentUrl());
    }

    /**
     * The session ended while the screen stayed open (30 idle minutes, or signed out in another
     * tab). The next step opens the sign-in form, and signing in brings the clerk back to the
     * screen, fresh. Before, an Ajax step's click did nothing at all, and a plain form was sent
     * again after the sign-in, with the view that died with the session: "the form could not
     * be accepted".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "an Ajax step (Save), /staff/register.xhtml, [id='reg:save'], Қағаз шағымды тіркеу",
            "a plain form (the language switch), /staff/journal.xhtml, [data-lang='ru'], Тіркеу журналы"})
    void aStepAfterTheSessionEndedOpensTheSignInFormAndLeadsBack(String how, String page, String control, String title) {
        browser.signInAs("registrar");
        browser.open(page);
        browser.waitFor(By.cssSelector(control));
        endTheSessionOnTheServer();
        browser.driver().findElement(By.cssSelector(control)).click();
        browser.fillSignInForm("registrar", "demo");
        assertEquals(title, browser.text(By.tagName("h1")));
        assertTrue(browser.driver().getCurrentUrl().endsWith(page), browser.driver().getCurrentUrl());
        assertEquals("Ахметова Айгүл", browser.text(By.id("staffName")));
    }

    /** What 30 idle minutes do: the server forgets the session while the browser keeps its cookie. */
    private static void endTheSessionOnTheServer() {
        org.openqa.selenium.Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        String ended = "0000" + "EndedOnTheServer0000000" + session.getValue().substring(session.getValue().indexOf(':'));
        browser.driver().manage().deleteCookie(session);
        browser.driver().manage().addCookie(new org.openqa.selenium.Cookie.Builder("JSESSIONID", ended).path("/")
                .isHttpOnly(true).build());
    }

    @Test
    void onlyAdministratorsOpenTheAdministration() {
        browser.signInAs("head");
        browser.open("/admin/audit.xhtml");
        assertEquals("Қол жеткізу шектелген", browser.text(By.tagName("h1")));
        assertFalse(browser.driver().getPageSource().contains("Exception"), "no stack trace");
        assertEquals("Жұмабеков Қайрат", browser.text(By.id("staffName")), "still signed in, in the staff layout");
        browser.screenshot("forbidden");
    }

    @Test
    void aPageWhoseServiceRefusesTheRoleIsAccessDeniedNotAnError() {
        browser.signInAs("admin");
        browser.open("/staff/case.xhtml?number=" + java.net.URLEncoder.encode("ЖТ-2026-000001", java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("Қол жеткізу шектелген", browser.text(By.tagName("h1")));
        assertFalse(browser.driver().getPageSource().contains("CWWKS"), "no server message");
    }

    @Test
    void theLanguageSwitchLastsForTheSession() {
        browser.signIn("registrar", "demo");
        assertEquals("Шығу", browser.text(By.id("signOutForm:signOut")));

        browser.driver().findElement(By.cssSelector("a[data-lang='ru']")).click();
        browser.waitFor(By.xpath("//button[@id='signOutForm:signOut' and normalize-space()='Выйти']"));
        assertEquals("Регистратор (канцелярия)", browser.text(By.id("staffRoles")));

        browser.open("/staff/organisations.xhtml");
        assertEquals("Организации", browser.text(By.tagName("h1")));
        assertTrue(browser.text(By.id("organisations")).contains("Демо-услугодатель"));
        browser.screenshot("organisations-ru");

        browser.driver().findElement(By.cssSelector("a[data-lang='en']")).click();
        browser.waitFor(By.xpath("//h1[normalize-space()='Organisations']"));
        assertEquals("Sign out", browser.text(By.id("signOutForm:signOut")));
        assertTrue(browser.text(By.id("organisations")).contains("Demo Provider"));
    }

    @Test
    void anAdministratorBrowsesAndFiltersTheAuditTrail() {
        browser.signInAs("admin");
        browser.open("/admin/audit.xhtml");
        assertEquals("Аудит журналы", browser.text(By.tagName("h1")));
        browser.waitFor(By.id("audit:entityId")).sendKeys("registrar2");
        browser.driver().findElement(By.id("audit:apply")).click();
        browser.waitFor(By.xpath("//tbody[@id='audit:records_data']/tr[count(td)>1][1]/td[5][normalize-space()='registrar2']"));
        String rows = browser.text(By.id("audit:records_data"));
        assertTrue(rows.contains("Қызметкер жазбасы жасалды"), "the action in the reader's language: " + rows);
        assertTrue(rows.contains("Демо деректер: SECOND"), "and what it says of the change: " + rows);
        assertFalse(rows.contains("executor"), rows);
        browser.screenshot("audit");

        browser.driver().findElement(By.id("audit:checkChain")).click();
        browser.waitForText(By.id("audit:messages"), "Аудит журналы бүтін");
        assertTrue(browser.text(By.id("audit:messages")).matches("(?s).*соңғысы — № \\d+, оның хэші [0-9a-f]{64}\\..*"),
                browser.text(By.id("audit:messages")));
    }
}
