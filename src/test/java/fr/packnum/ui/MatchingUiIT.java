package fr.packnum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Browser;
import fr.packnum.testing.Referrals;
import fr.packnum.testing.Server;
import fr.packnum.testing.Workshop;
import jakarta.json.JsonObject;
import java.net.URL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The coordinator's "Attribution" page in headless Chromium: a READY laptop and an ELIGIBLE request
 * of a fresh structure made through the API, the proposal for that structure with its explanation,
 * the pair given this test's laptop and confirmed with the keyboard alone, the device RESERVED on
 * the server, then released from the reservations list with a reason. Then, in English: the
 * explanations in English, a pair whose device was reserved meanwhile refused on its own row, and
 * the weights saved as a new version.
 */
@Tag("browser")
class MatchingUiIT {

  static final String LAPTOP_WITH_WEBCAM =
      "\"preferredDevice\":\"LAPTOP\",\"features\":[\"WEBCAM\"],\"urgency\":\"NORMAL\","
          + "\"needsInternet\":true";

  /** Chromium for the class's tests; no script error or CSP violation; quit after the class. */
  @RegisterExtension static final Browser browser = new Browser();

  private ChromeDriver driver;

  final URL base = Server.base();

  @BeforeEach
  void atTheServerUnderTest() {
    driver = browser.at(base).driver();
  }

  @Test
  void aCoordinatorConfirmsAProposedPairWithTheKeyboardReleasesItAndReadsRefusalsInEnglish() {
    Api admin = Accounts.admin(base);
    long structure = Accounts.structure(admin, "CCAS");
    Api socialWorker = Accounts.user(admin, "SOCIAL_WORKER", structure).signIn(base);
    Accounts.NewUser coordinator = Accounts.user(admin, "COORDINATOR");
    Api coordinatorApi = coordinator.signIn(base);
    Api technician = Accounts.user(admin, "TECHNICIAN").signIn(base);
    JsonObject laptop = Workshop.readyLaptop(technician);
    long deviceId = laptop.getJsonNumber("id").longValue();
    String tag = laptop.getString("assetTag");
    JsonObject request =
        Referrals.eligibleRequest(socialWorker, coordinatorApi, LAPTOP_WITH_WEBCAM);
    String reference = request.getString("reference");
    String structureName =
        coordinatorApi.get("api/structures/" + structure).json().getString("name");

    browser.startFresh();
    browser.signIn(coordinator.username(), Accounts.PASSWORD);
    browser.waitFor(By.cssSelector("main[data-role='COORDINATOR']"));
    browser.waitReady();
    browser.follow("Attribution");
    assertThat(driver.getTitle()).isEqualTo("Attribution — PackNum");
    assertThat(driver.findElement(By.cssSelector("#main-nav a[aria-current='page']")).getText())
        .isEqualTo("Attribution");
    // Shelf and queue: this test's laptop and request are counted.
    browser.waitForText(By.cssSelector("#shelf [data-value='LAPTOP']"), "Ordinateur portable");
    browser.waitForText(By.cssSelector("#waiting [data-value='LAPTOP']"), "Ordinateur portable");
    assertThat(browser.text(By.id("weights-current"))).contains("Par enfant scolarisé", "points");

    // The proposal for the fresh structure: its one request, explained.
    new Select(driver.findElement(By.id("proposal-structureId")))
        .selectByValue(String.valueOf(structure));
    new Select(driver.findElement(By.id("proposal-deviceType"))).selectByValue("LAPTOP");
    driver.findElement(By.id("proposal-run")).click();
    By pairRow = By.cssSelector("#pairs-table tr[data-request='" + reference + "']");
    WebElement pair = browser.waitFor(pairRow);
    // the engine may pick any READY laptop on the shared server (the sample shelf has a grade A
    // one): the row shows a grade, and the test swaps in its own laptop below
    assertThat(pair.getText()).contains(structureName, "Ordinateur portable", "Grade ");
    assertThat(pair.findElement(By.cssSelector("td.explanation")).getText()).contains("enfant");
    assertThat(browser.texts(By.cssSelector("#pairs-table tbody tr"))).hasSize(1);
    assertThat(browser.text(By.id("proposal-summary")))
        .contains("1 paire proposée", "Demandes éligibles : 1", "ms");
    assertThat(pair.findElement(By.cssSelector("input[type=checkbox]")).isSelected()).isTrue();
    browser.fullScreenshot("matching-proposal");

    // The shared server's shelf holds other laptops: the pair is given this test's, by its tag.
    WebElement swap = driver.findElement(By.id("pair-" + request.getInt("id") + "-swap"));
    assertThat(swap.getText()).startsWith("Changer d’appareil");
    swap.sendKeys(Keys.ENTER);
    WebElement tagInput = browser.waitFor(By.id("pair-" + request.getInt("id") + "-tag"));
    assertThat(driver.switchTo().activeElement()).isEqualTo(tagInput);
    tagInput.sendKeys(tag.toLowerCase(), Keys.ENTER);
    browser.until(
        d ->
            String.valueOf(deviceId).equals(d.findElement(pairRow).getDomAttribute("data-device")));
    assertThat(browser.text(pairRow)).contains(tag);

    // Confirmed with the keyboard; the summary takes the focus, the row says "réservé".
    driver.findElement(By.id("confirm-submit")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("status"), "1 paire réservée");
    assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("status");
    assertThat(browser.text(pairRow)).contains("Réservé");
    JsonObject reserved = technician.get("api/devices/" + deviceId).json();
    assertThat(reserved.getString("status")).isEqualTo("RESERVED");
    assertThat(reserved.getString("reservedFor")).isEqualTo(reference);
    browser.fullScreenshot("matching-confirmed");

    // Released from the reservations list: the reason is required.
    By reservationRow = By.cssSelector("#reservations-table tr[data-request='" + reference + "']");
    WebElement reservation = browser.waitFor(reservationRow);
    assertThat(reservation.getText()).contains(tag, structureName);
    reservation.findElement(By.tagName("button")).sendKeys(Keys.ENTER);
    WebElement reason = browser.waitFor(By.id("release-reason"));
    assertThat(driver.switchTo().activeElement()).isEqualTo(reason);
    assertThat(browser.text(By.id("release-title"))).contains(tag, reference);
    reason.sendKeys(Keys.TAB, Keys.ENTER); // "Libérer la réservation" with no reason
    assertThat(browser.waitFor(By.id("release-reason-error")).getText()).contains("obligatoire");
    assertThat(driver.switchTo().activeElement()).isEqualTo(reason);
    reason.sendKeys("Le foyer a déménagé entre-temps", Keys.TAB, Keys.ENTER);
    browser.waitForText(By.id("status"), "Réservation libérée");
    browser.until(d -> d.findElements(reservationRow).isEmpty());
    assertThat(technician.get("api/devices/" + deviceId).json().getString("status"))
        .isEqualTo("READY");
    assertThat(driver.findElement(By.id("release-form")).isDisplayed()).isFalse();

    // In English: the page, and the engine's explanations, follow the switch.
    driver.findElement(By.cssSelector("[data-lang-switch]")).click();
    browser.waitForText(By.tagName("h1"), "Device matching");
    assertThat(driver.getTitle()).isEqualTo("Matching — PackNum");
    assertThat(browser.text(By.id("proposal-run"))).isEqualTo("Run matching");
    assertThat(browser.text(By.cssSelector("label[for=proposal-structureId]")))
        .isEqualTo("Referring structure");
    driver.findElement(By.id("proposal-run")).click();
    browser.waitForText(By.id("status"), "1 pair proposed");
    assertThat(browser.waitFor(pairRow).findElement(By.cssSelector("td.explanation")).getText())
        .contains("child");
    assertThat(browser.texts(By.cssSelector("#pairs-table thead th")))
        .contains("Confirm", "Request", "Device", "Why this pair");
    browser.fullScreenshot("matching-en");

    // Reserved meanwhile by someone else: that pair alone is refused, its row says why.
    long proposed = Long.parseLong(driver.findElement(pairRow).getDomAttribute("data-device"));
    JsonObject other = Referrals.eligibleRequest(socialWorker, coordinatorApi, LAPTOP_WITH_WEBCAM);
    coordinatorApi
        .post(
            "api/reservations",
            "{\"requestId\":" + other.getInt("id") + ",\"deviceId\":" + proposed + "}")
        .expect(201);
    driver.findElement(By.id("confirm-submit")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("status"), "1 pair refused by the server");
    assertThat(browser.text(By.id("status"))).contains("No pair reserved", reference);
    assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("status");
    assertThat(browser.text(By.cssSelector("#pairs-table tr[data-request='" + reference + "']")))
        .contains("Device not available");
    browser.fullScreenshot("matching-refused-en");

    // The weights: saving makes a new version.
    int version = coordinatorApi.get("api/matching/weights").json().getInt("version");
    driver.findElement(By.cssSelector("#weights-details summary")).sendKeys(Keys.ENTER);
    WebElement perSchoolChild = browser.waitFor(By.id("weights-perSchoolChild"));
    assertThat(browser.text(By.cssSelector("label[for=weights-perSchoolChild]")))
        .isEqualTo("Per school-age child");
    perSchoolChild.sendKeys(Keys.ENTER);
    browser.waitForText(By.id("status"), "Version " + (version + 1) + " of the weights saved");
    assertThat(browser.text(By.id("weights-version"))).startsWith("Version " + (version + 1));
    browser.signOut();
  }
}
