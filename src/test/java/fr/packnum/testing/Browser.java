package fr.packnum.testing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.platform.control.FrenchCalendar;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the browser tests, with the helpers they share: opening a page of the UI,
 * waiting for it to be ready, typing, reading, signing in and out, screenshots and the check of the
 * browser console.
 *
 * <p>A test class registers one as a JUnit extension, {@code @RegisterExtension static final
 * Browser browser = new Browser();}: it then {@link #start() starts} Chromium before the class's
 * tests and {@link #close() closes} it after them, checks after each test that the console shows no
 * script error nor Content-Security-Policy violation, and leaves a screenshot of the page a failed
 * test failed on. {@link #at(URL)} tells it where the server under test is.
 */
public final class Browser
    implements BeforeAllCallback, AfterAllCallback, AfterEachCallback, TestWatcher {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(20);

  /** UTC−11, no summer time: France's morning is still yesterday evening there. */
  private static final ZoneId BEHIND = ZoneId.of("Pacific/Pago_Pago");

  /** UTC+14, no summer time: France's afternoon is already tomorrow there. */
  private static final ZoneId AHEAD = ZoneId.of("Pacific/Kiritimati");

  private ChromeDriverService service;
  private ChromeDriver driver;
  private Path profile;
  private Path downloads;
  private URL base;

  /**
   * Starts Chromium with a fresh profile, its downloads going to {@link #downloads()} without a
   * prompt, and its console logged for {@link #assertNoScriptErrorsNorPolicyViolations()}.
   *
   * <p>Chromium runs in a time zone where today is another day than in France ({@link
   * #zoneOnAnotherDay}), so a page that takes "today" from the browser's own clock instead of
   * France's calendar, as the API counts days, fails its test at whatever hour the test runs.
   */
  public void start() throws IOException {
    ZoneId zone = zoneOnAnotherDay(Instant.now());
    profile = Files.createTempDirectory("packnum-chromium-");
    downloads = Files.createDirectories(profile.resolve("downloads"));
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .withEnvironment(Map.of("TZ", zone.getId()))
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile.toAbsolutePath(),
        // Nothing but the server under test is reachable: a page that loads anything from the
        // internet (a CDN, a font) fails visibly.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toAbsolutePath().toString(),
            "download.prompt_for_download",
            false));
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    try {
      driver = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      service.stop();
      throw e;
    }
    assertThat(driver.executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone"))
        .as("Chromium's time zone")
        .isEqualTo(zone.getId());
  }

  /**
   * A time zone whose calendar day at {@code now} is not France's: 12 or 13 hours behind it in the
   * French morning, 12 or 13 hours ahead of it from noon on.
   */
  static ZoneId zoneOnAnotherDay(Instant now) {
    int frenchHour = now.atZone(FrenchCalendar.ZONE).getHour();
    return frenchHour < 12 ? BEHIND : AHEAD;
  }

  /** Quits Chromium, stops its driver and deletes the profile directory. */
  public void close() throws IOException {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      if (service != null) {
        service.stop();
      }
      if (profile != null) {
        try (Stream<Path> files = Files.walk(profile)) {
          files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
      }
      driver = null;
      service = null;
      profile = null;
      downloads = null;
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    close();
  }

  /** Each test leaves no script error or CSP violation behind. */
  @Override
  public void afterEach(ExtensionContext context) {
    assertNoScriptErrorsNorPolicyViolations();
  }

  /** A failed test leaves a picture of the page it failed on. */
  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    if (driver != null) {
      screenshot("failed-" + context.getRequiredTestMethod().getName());
    }
  }

  /** The server under test, as Arquillian reports it; answers this browser. */
  public Browser at(URL base) {
    this.base = base;
    return this;
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** The browser's profile directory, deleted by {@link #close()}: room for the tests' files. */
  public Path profile() {
    return profile;
  }

  /** Where the browser saves what it downloads. */
  public Path downloads() {
    return downloads;
  }

  /** Fails on a script error or a Content-Security-Policy violation in the browser console. */
  public void assertNoScriptErrorsNorPolicyViolations() {
    List<String> problems = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      String message = entry.getMessage();
      if (message.contains("Content Security Policy")
          || message.contains("Uncaught")
          || message.contains("SyntaxError")
          || message.contains("TypeError")) {
        problems.add(message);
      }
    }
    assertThat(problems).as("errors in the browser console").isEmpty();
  }

  /** Saves a picture of the window as {@code target/screenshots/<name>.png}. */
  public void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(
          shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A signed-out browser in French: no cookie, nothing in localStorage. */
  public void startFresh() {
    open("index.html");
    driver.manage().deleteAllCookies();
    ((JavascriptExecutor) driver).executeScript("window.localStorage.clear()");
    open("index.html");
    waitReady();
    waitFor(By.id("password-form"));
  }

  /**
   * Opens a page of the UI through localhost: Arquillian reports the server under the machine's
   * address, which the browser's host rules (nothing but localhost) would not resolve.
   */
  public void open(String page) {
    if (base == null) {
      throw new IllegalStateException("no server under test: call at(base) first");
    }
    try {
      URI local =
          new URI(
              base.getProtocol(), null, "localhost", base.getPort(), base.getPath(), null, null);
      driver.get(local.resolve(page).toString());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Waits until the page's scripts have wired its forms ({@code <html data-ready="true">}): a click
   * before that would post the form back to the page instead of calling the API.
   */
  public void waitReady() {
    new WebDriverWait(driver, WAIT)
        .withMessage(() -> "page ready: " + driver.getCurrentUrl())
        .ignoring(StaleElementReferenceException.class)
        .until(d -> "true".equals(d.findElement(By.tagName("html")).getDomAttribute("data-ready")));
  }

  /** Follows a link of the page and waits for the next page to be ready. */
  public void follow(String linkText) {
    String before = driver.getCurrentUrl();
    driver.findElement(By.linkText(linkText)).click();
    new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().equals(before));
    waitReady();
  }

  /** Fills in and sends the sign-in form, opening it first if the page has none. */
  public void signIn(String username, String password) {
    if (driver.findElements(By.id("password-form")).isEmpty()) {
      open("index.html");
    }
    waitReady();
    waitFor(By.id("username"));
    type(By.id("username"), username);
    type(By.id("password"), password);
    driver.findElement(By.cssSelector("#password-form button[type=submit]")).click();
  }

  /** Signs out through the menu's button and waits for the sign-in form. */
  public void signOut() {
    driver.findElement(By.cssSelector("#signout-form button")).click();
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/index.html"));
    waitReady();
    waitFor(By.id("password-form"));
  }

  public WebElement waitFor(By locator) {
    return new WebDriverWait(driver, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /**
   * Waits until {@code condition} holds, reading the page afresh each time: an element the page
   * re-rendered meanwhile (stale) is read again, not a failure.
   */
  public <T> T until(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  public void waitForText(By locator, String text) {
    new WebDriverWait(driver, WAIT)
        .withMessage(
            () ->
                "text \"" + text + "\" in " + locator + "; page says: " + text(By.tagName("body")))
        .ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  /** Replaces the content of a field with what a person would type. */
  public void type(By locator, String text) {
    WebElement input = driver.findElement(locator);
    input.clear();
    input.sendKeys(text);
  }

  public String text(By locator) {
    return driver.findElement(locator).getText().strip();
  }

  public List<String> texts(By locator) {
    return driver.findElements(locator).stream().map(e -> e.getText().strip()).toList();
  }

  /** The page's language, {@code <html lang>}. */
  public String htmlLang() {
    return driver.findElement(By.tagName("html")).getDomAttribute("lang");
  }

  /**
   * Fetches an address with the browser's session, as a link of the page would: answers the status,
   * the media type and the first four bytes ("200 application/pdf %PDF").
   */
  public String fetch(String href) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'})"
                    + ".then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                    + " + (r.headers.get('Content-Type') || '').split(';')[0] + ' '"
                    + " + String.fromCharCode(...new Uint8Array(b.slice(0, 4))))))"
                    + ".catch(e => done('failed ' + e));",
                href);
  }

  /** Sets a date field the way a date picker does (typing depends on the browser's locale). */
  public void setValue(By locator, String value) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            driver.findElement(locator),
            value);
  }

  /** A picture of the whole page, not only of what the window shows. */
  public void fullScreenshot(String name) {
    Dimension size = driver.manage().window().getSize();
    long height =
        ((Number)
                ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollHeight"))
            .longValue();
    driver
        .manage()
        .window()
        .setSize(new Dimension(size.getWidth(), (int) Math.min(height + 150, 8000)));
    try {
      screenshot(name);
    } finally {
      driver.manage().window().setSize(size);
    }
  }
}
