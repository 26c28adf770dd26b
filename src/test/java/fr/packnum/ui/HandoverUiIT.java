package fr.packnum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Browser;
import fr.packnum.testing.Days;
import fr.packnum.testing.Packs;
import fr.packnum.testing.Referrals;
import fr.packnum.testing.Server;
import fr.packnum.testing.Workshop;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The counter in headless Chromium: a support person (conseiller numérique, médiateur) finds
 * tomorrow's appointment on "Remises du jour", opens it, checks the device by its tag and has the
 * recipient sign on the screen with the pointer — the device is DELIVERED on the server. Then a
 * hand-over signed on paper with the keyboard alone, the device brought back and swapped for
 * another laptop, whose hand-over the page leads to right away.
 */
@Tag("browser")
class HandoverUiIT {

  static final String ANY_COMPUTER =
      "\"preferredDevice\":\"ANY\",\"features\":[],\"urgency\":\"NORMAL\",\"needsInternet\":true";

  /** Chromium for the class's tests; no script error or CSP violation; quit after the class. */
  @RegisterExtension static final Browser browser = new Browser();

  private ChromeDriver driver;

  final URL base = Server.base();
  final Api admin = Accounts.admin(base);
  final Api socialWorker =
      Accounts.user(admin, "SOCIAL_WORKER", Accounts.structure(admin, "CCAS")).signIn(base);
  final Api coordinator = Accounts.user(admin, "COORDINATOR").signIn(base);
  final Api technician = Accounts.user(admin, "TECHNICIAN").signIn(base);

  /** A support person of a structure of their own: its day's list holds this test's only. */
  final Accounts.NewUser mediator = Accounts.user(admin, "SUPPORT");

  @BeforeEach
  void atTheServerUnderTest() {
    driver = browser.at(base).driver();
  }

  /** A laptop reserved for an eligible request, handed over tomorrow at 10:00 by the mediator. */
  private JsonObject booked() {
    JsonObject request = Referrals.eligibleRequest(socialWorker, coordinator, ANY_COMPUTER);
    JsonObject reservation = Packs.reserve(coordinator, request, Workshop.readyLaptop(technician));
    return Packs.book(coordinator, reservation, mediator);
  }

  private void signInAsTheMediator() {
    browser.startFresh();
    browser.signIn(mediator.username(), Accounts.PASSWORD);
    browser.waitFor(By.cssSelector("main[data-role='SUPPORT']"));
    browser.waitReady();
  }

  private String deviceStatus(long id) {
    return technician.get("api/devices/" + id).json().getString("status");
  }

  private WebElement active() {
    return driver.switchTo().activeElement();
  }

  private void keys(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  @Test
  void aSupportPersonFindsTomorrowsHandOverAndTheRecipientSignsOnTheScreen() {
    JsonObject handover = booked();
    int id = handover.getInt("id");
    String tag = handover.getString("assetTag");
    String name = handover.getJsonObject("recipient").getString("name");
    String phone = handover.getJsonObject("recipient").getString("phone");

    signInAsTheMediator();
    assertThat(browser.texts(By.cssSelector("#main-nav a")))
        .containsExactly(
            "Accueil",
            "Lignes à surveiller",
            "Remises du jour",
            "Ma journée",
            "Ateliers",
            "Chèques pass numérique",
            "Lieux d’accompagnement",
            "Mon compte");
    assertThat(browser.text(By.id("home-links"))).contains("Remises du jour");
    browser.follow("Remises du jour");
    assertThat(driver.getTitle()).isEqualTo("Remises du jour — PackNum");
    assertThat(driver.findElement(By.cssSelector("#main-nav a[aria-current='page']")).getText())
        .isEqualTo("Remises du jour");
    // Today: nothing at the mediator's new structure.
    browser.waitForText(By.id("day-title"), "Aujourd’hui");
    browser.waitForText(By.cssSelector("#handovers-table td.empty"), "Aucune remise prévue");
    assertThat(driver.findElement(By.id("day")).getDomProperty("value"))
        .isEqualTo(Days.today().toString());

    // The next day, with the keyboard: tomorrow's appointment at 10:00.
    driver.findElement(By.id("day-next")).sendKeys(Keys.SPACE);
    By row = By.cssSelector("#handovers-table tr[data-handover='" + id + "']");
    WebElement line = browser.waitFor(row);
    assertThat(active().getDomAttribute("id"))
        .as("the focus stays on the button")
        .isEqualTo("day-next");
    assertThat(driver.getCurrentUrl()).endsWith("?day=" + Days.today().plusDays(1));
    assertThat(line.getText()).contains("10:00", name, phone, tag, "Ordinateur portable");
    assertThat(line.findElement(By.cssSelector("a[href^='tel:']")).getText()).isEqualTo(phone);
    assertThat(browser.text(By.id("day-count"))).isEqualTo("1 remise prévue.");
    browser.fullScreenshot("handovers-day");

    line.findElement(By.cssSelector("a.open-handover")).sendKeys(Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.getCurrentUrl().contains("handover.html?id=" + id));
    browser.waitReady();
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Remise à " + name);
    assertThat(browser.text(By.cssSelector("#appointment [data-field='status']")))
        .isEqualTo("Planifiée");
    assertThat(driver.findElement(By.id("doc-letter-fr")).getDomAttribute("href"))
        .contains("/letter.pdf");
    assertThat(driver.findElement(By.id("return-section")).isDisplayed()).isFalse();

    // A wrong tag is flagged as typed (a hint: the server checks again); then the right one.
    browser.type(By.id("complete-scannedTag"), "PN-000000-0");
    browser.waitForText(By.id("complete-tag-check"), "Ce n’est pas l’étiquette");
    browser.type(By.id("complete-scannedTag"), tag.toLowerCase());
    browser.waitForText(By.id("complete-tag-check"), "C’est bien l’appareil réservé");
    assertThat(driver.findElement(By.id("complete-recipientName")).getDomProperty("value"))
        .isEqualTo(name);

    // Signing with the pointer: the pad says so; it is named and explains the paper way.
    WebElement pad = driver.findElement(By.id("signature-pad"));
    assertThat(pad.getDomAttribute("aria-label")).isEqualTo("Cadre de signature du bénéficiaire");
    assertThat(pad.getCssValue("touch-action")).isEqualTo("none");
    assertThat(browser.text(By.id("signature-hint"))).contains("Signé sur papier");
    assertThat(browser.text(By.id("pad-state"))).isEqualTo("Le cadre est vide.");
    new Actions(driver)
        .moveToElement(pad, -150, 10)
        .clickAndHold()
        .moveByOffset(40, -30)
        .moveByOffset(40, 40)
        .moveByOffset(50, -35)
        .moveByOffset(60, 30)
        .release()
        .perform();
    assertThat(browser.text(By.id("pad-state"))).isEqualTo("Signature dessinée dans le cadre.");
    browser.screenshot("handover-signed");

    driver.findElement(By.id("complete-submit")).click();
    browser.waitForText(By.id("status"), "Remise enregistrée");
    assertThat(browser.text(By.cssSelector("#outcome [data-field='status']"))).isEqualTo("Remis");
    assertThat(browser.text(By.cssSelector("#outcome [data-field='signedHow']")))
        .isEqualTo("à l’écran");
    assertThat(driver.findElement(By.id("complete-section")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.id("return-section")).isDisplayed()).isTrue();
    assertThat(driver.findElements(By.id("doc-letter-fr"))).isEmpty();
    for (String language : new String[] {"fr", "en"}) {
      String receipt = driver.findElement(By.id("doc-receipt-" + language)).getDomAttribute("href");
      assertThat(browser.fetch(receipt)).isEqualTo("200 application/pdf %PDF");
    }

    assertThat(deviceStatus(handover.getInt("deviceId"))).isEqualTo("DELIVERED");
    JsonObject done = coordinator.get("api/handovers/" + id).json();
    assertThat(done.getString("status")).isEqualTo("DONE");
    assertThat(done.getBoolean("signedOnScreen")).isTrue();
    assertThat(done.getString("signedBy")).isEqualTo(name);
  }

  @Test
  void aHandOverSignedOnPaperWithTheKeyboardThenASwapLeadsToTheReplacementsHandOver() {
    JsonObject handover = booked();
    int id = handover.getInt("id");
    String tag = handover.getString("assetTag");
    String name = handover.getJsonObject("recipient").getString("name");
    JsonObject replacement = Workshop.readyLaptop(technician);
    String replacementTag = replacement.getString("assetTag");

    signInAsTheMediator();
    browser.open("handovers/handover.html?id=" + id);
    browser.waitReady();
    browser.waitFor(By.id("complete-form"));

    // Keyboard alone: the tag, Tab to the name (prefilled), Tab to "Signé sur papier", Space,
    // Tab to the paper's reference, Enter.
    driver.findElement(By.id("complete-scannedTag")).sendKeys(tag);
    keys(Keys.TAB);
    assertThat(active().getDomAttribute("id")).isEqualTo("complete-recipientName");
    keys(Keys.TAB);
    assertThat(active().getDomAttribute("id")).isEqualTo("complete-onPaper");
    keys(Keys.SPACE);
    assertThat(driver.findElement(By.id("signature-pad")).isDisplayed()).isFalse();
    keys(Keys.TAB);
    assertThat(active().getDomAttribute("id")).isEqualTo("complete-paperReference");
    keys(Keys.ENTER); // no reference yet: said at the field, which keeps the focus
    browser.waitFor(By.id("complete-paperReference-error"));
    assertThat(active().getDomAttribute("id")).isEqualTo("complete-paperReference");
    keys("BR-2026-0042", Keys.ENTER);
    browser.waitForText(By.id("status"), "Remise enregistrée");
    assertThat(browser.text(By.cssSelector("#outcome [data-field='signedHow']")))
        .isEqualTo("sur papier, référence BR-2026-0042");
    JsonObject done = coordinator.get("api/handovers/" + id).json();
    assertThat(done.getBoolean("signedOnScreen")).isFalse();
    assertThat(done.getString("paperReference")).isEqualTo("BR-2026-0042");
    assertThat(deviceStatus(handover.getInt("deviceId"))).isEqualTo("DELIVERED");

    // The laptop comes back: swapped for another, scanned from the shelf.
    WebElement returnForm = browser.waitFor(By.id("return-form"));
    assertThat(driver.findElement(By.id("return-returnedByName")).getDomProperty("value"))
        .isEqualTo(name);
    assertThat(driver.findElement(By.id("replacement-field")).isDisplayed()).isFalse();
    browser.type(By.id("return-scannedTag"), tag);
    new Select(driver.findElement(By.id("return-reason"))).selectByValue("FAULTY");
    new Select(driver.findElement(By.id("return-condition"))).selectByValue("WORN");
    driver.findElement(By.id("return-chargerBack")).sendKeys(Keys.SPACE);
    driver.findElement(By.id("return-accessories")).sendKeys("Housse");
    driver.findElement(By.id("return-outcome-SWAP")).sendKeys(Keys.SPACE);
    browser.waitFor(By.id("return-replacementTag")).sendKeys(replacementTag);
    returnForm.findElement(By.id("return-submit")).click();
    browser.waitForText(By.id("status"), "Retour enregistré");
    assertThat(browser.text(By.cssSelector("#outcome [data-field='outcome']")))
        .isEqualTo("Échange contre un autre appareil");
    assertThat(browser.text(By.cssSelector("#outcome [data-field='replacementTag']")))
        .isEqualTo(replacementTag);
    assertThat(driver.findElement(By.id("return-section")).isDisplayed()).isFalse();
    String returnReceipt =
        driver.findElement(By.id("doc-return-receipt-fr")).getDomAttribute("href");
    assertThat(browser.fetch(returnReceipt)).isEqualTo("200 application/pdf %PDF");
    assertThat(deviceStatus(handover.getInt("deviceId"))).isEqualTo("RETURNED");
    assertThat(deviceStatus(replacement.getInt("id"))).isEqualTo("RESERVED");
    browser.fullScreenshot("handover-swapped");

    // Straight on to the replacement's hand-over, booked now, here.
    WebElement next = driver.findElement(By.id("replacement-link"));
    assertThat(next.getText()).contains(replacementTag);
    next.sendKeys(Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> !d.getCurrentUrl().endsWith("handover.html?id=" + id));
    browser.waitReady();
    browser.waitFor(By.id("complete-form"));
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Remise à " + name);
    assertThat(browser.text(By.id("complete-scannedTag-hint"))).contains(replacementTag);
    assertThat(browser.text(By.cssSelector("#recipient [data-field='device']")))
        .contains(replacementTag);

    // In English.
    driver.findElement(By.cssSelector("[data-lang-switch]")).click();
    browser.waitForText(By.id("complete-title"), "Hand over the device");
    assertThat(browser.text(By.cssSelector("label[for=complete-onPaper]")))
        .isEqualTo("Signed on paper");
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Hand-over to " + name);
  }
}
