package kz.shagym.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver: nothing is downloaded. Override
 * the paths with -Dchromium.binary and -Dchromedriver.binary. A test that uses it is marked
 * {@link NeedsChromium}.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    public Browser() {
        try {
            profile = Files.createTempDirectory("shagym-chromium");
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium().toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=kk",
                "--user-data-dir=" + profile);
        // The screens honour Accept-Language on a first visit: this browser asks for Kazakh, as a
        // clerk's in Kazakhstan would, whatever the machine's own locale.
        // Downloads land in the profile, where downloaded() finds them.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "kk",
                "download.default_directory", profile.resolve("downloads").toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver().toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        // Every page records what its Content-Security-Policy refused, for cspViolations().
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push("
                        + "e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber));"));
    }

    /** Debian's Chromium, or -Dchromium.binary. */
    public static Path chromium() {
        return Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    }

    /** The driver that matches it, or -Dchromedriver.binary. */
    public static Path chromedriver() {
        return Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(Deployments.baseUrl() + path);
    }

    /** Waits for an element to show; on a time-out keeps a screenshot and the page for the post-mortem. */
    public WebElement waitFor(By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            String name = "timeout-" + System.currentTimeMillis();
            screenshot(name);
            try {
                Files.writeString(screenshots.resolve(name + ".html"), driver.getPageSource());
            } catch (IOException ignored) {
                // the screenshot is the main evidence
            }
            // CI keeps only the log: say there which page stood in the way.
            throw new org.openqa.selenium.TimeoutException("waiting for " + by + " on " + driver.getCurrentUrl()
                    + " titled '" + driver.getTitle() + "' (kept as " + screenshots.resolve(name) + ".png/.html)", e);
        }
    }

    /** Waits until PrimeFaces has no ajax request running or queued (a look-up that refreshes part of a form). */
    public void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /**
     * Opens a PrimeFaces select and clicks the first item whose label contains {@code label}, as a
     * clerk would; a click that lands while the panel still slides open only highlights the
     * item, so try again then. A select with a filter gets {@code label} typed into it first.
     */
    public void choose(String id, String label) {
        By item = By.cssSelector("li.ui-selectonemenu-item[data-label*='" + label + "']");
        By shown = By.id(id + "_label");
        for (int attempt = 0; attempt < 3 && !text(shown).contains(label); attempt++) {
            if (!driver.findElement(By.id(id + "_panel")).isDisplayed()) {
                driver.findElement(By.id(id)).click();
            }
            var filter = driver.findElements(By.id(id + "_filter"));
            if (!filter.isEmpty() && filter.get(0).isDisplayed()) {
                filter.get(0).clear();
                filter.get(0).sendKeys(label);
            }
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(item))
                    .click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(2))
                        .until(ExpectedConditions.textToBePresentInElementLocated(shown, label));
            } catch (org.openqa.selenium.TimeoutException retry) {
                // only highlighted: the loop clicks again
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(text(shown).contains(label), text(shown));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
    }

    /**
     * The text of what {@code by} finds, once visible; read again when an Ajax update replaced
     * the element between finding and reading it (Chromium then answers "Node with given id
     * does not belong to the document" rather than a stale element).
     */
    public String text(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> waitFor(by).getText());
    }

    /** Waits until what {@code by} finds shows {@code text}, through Ajax updates that replace it. */
    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Signs in through the login form the container shows for a protected page. */
    public void signIn(String user, String password) {
        open("/staff/");
        fillSignInForm(user, password);
    }

    /** Fills in and sends the sign-in form the browser shows now (where the container sent it). */
    public void fillSignInForm(String user, String password) {
        waitFor(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("signIn")).click();
    }

    /** Signs a demo user in (password "demo") and waits for the staff layout. */
    public void signInAs(String demoUser) {
        signIn(demoUser, "demo");
        waitFor(By.id("staffName"));
    }

    /** What the signed-in browser would download from {@code url}: fetched with its session cookie. */
    public java.net.http.HttpResponse<byte[]> download(String url) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).header("Cookie", cookies).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A PDF the signed-in browser opens at {@code url}: it must come as a PDF. */
    public byte[] downloadPdf(String url) throws IOException, InterruptedException {
        java.net.http.HttpResponse<byte[]> pdf = download(url);
        org.junit.jupiter.api.Assertions.assertEquals(200, pdf.statusCode(), url);
        org.junit.jupiter.api.Assertions.assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        return pdf.body();
    }

    /** The file a click downloaded, once complete: the newest in the download folder whose name ends so. */
    public Path downloaded(String ending) {
        Path folder = profile.resolve("downloads");
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            if (Files.isDirectory(folder)) {
                try (var files = Files.list(folder)) {
                    var done = files.filter(f -> f.getFileName().toString().endsWith(ending)).findFirst();
                    if (done.isPresent()) {
                        return done.get();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("nothing ending " + ending + " was downloaded");
    }

    /** What the page shown now had refused by its Content-Security-Policy since it loaded: one line each. */
    public java.util.List<String> cspViolations() {
        Object found = driver.executeScript("return window.__csp || [];");
        return ((java.util.List<?>) found).stream().map(String::valueOf).toList();
    }

    public void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    public void screenshot(String name) {
        try {
            Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}
