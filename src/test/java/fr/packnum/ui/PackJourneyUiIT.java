package fr.packnum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Browser;
import fr.packnum.testing.Days;
import fr.packnum.testing.Referrals;
import fr.packnum.testing.Server;
import fr.packnum.testing.Workshop;
import jakarta.json.JsonObject;
import java.net.URL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * A pack from the shelf to the household, through the pages of the three people who carry it, in
 * headless Chromium: the coordinator runs matching for a fresh structure and confirms the pair,
 * then books the hand-over on the calendar; the social worker sees the appointment and its letter
 * on the request's page; the support person finds it on today's list and records it with a
 * signature drawn on the pad; the social worker sees the pack delivered.
 */
@Tag("browser")
class PackJourneyUiIT {

  static final String LAPTOP =
      "\"preferredDevice\":\"LAPTOP\",\"features\":[],\"urgency\":\"NORMAL\","
          + "\"needsInternet\":true";

  @RegisterExtension static final Browser browser = new Browser();

  final URL base = Server.base();

  @Test
  void theCoordinatorMatchesAndBooksTheSupportPersonHandsOverTheSocialWorkerSeesItDelivered() {
    Api admin = Accounts.admin(base);
    long structure = Accounts.structure(admin, "CCAS");
    Accounts.NewUser worker = Accounts.user(admin, "SOCIAL_WORKER", structure);
    Api socialWorker = worker.signIn(base);
    Accounts.NewUser coordinator = Accounts.user(admin, "COORDINATOR");
    Api coordinatorApi = coordinator.signIn(base);
    Api technician = Accounts.user(admin, "TECHNICIAN").signIn(base);
    Accounts.NewUser mediator = Accounts.user(admin, "SUPPORT");
    JsonObject laptop = Workshop.readyLaptop(technician);
    long deviceId = laptop.getJsonNumber("id").longValue();
    String tag = laptop.getString("assetTag");
    JsonObject request = Referrals.eligibleRequest(socialWorker, coordinatorApi, LAPTOP);
    String reference = request.getString("reference");
    ChromeDriver driver = browser.at(base).driver();

    // The coordinator: the proposal for the fresh structure, given this test's laptop, confirmed.
    browser.startFresh();
    browser.signIn(coordinator.username(), Accounts.PASSWORD);
    browser.waitFor(By.cssSelector("main[data-role='COORDINATOR']"));
    browser.waitReady();
    browser.follow("Attribution");
    new Select(driver.findElement(By.id("proposal-structureId")))
        .selectByValue(String.valueOf(structure));
    driver.findElement(By.id("proposal-run")).click();
    By pairRow = By.cssSelector("#pairs-table tr[data-request='" + reference + "']");
    browser.waitFor(pairRow);
    driver.findElement(By.id("pair-" + request.getInt("id") + "-swap")).sendKeys(Keys.ENTER);
    browser.waitFor(By.id("pair-" + request.getInt("id") + "-tag")).sendKeys(tag, Keys.ENTER);
    browser.until(
        d ->
            String.valueOf(deviceId).equals(d.findElement(pairRow).getDomAttribute("data-device")));
    driver.findElement(By.id("confirm-submit")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("status"), "1 paire réservée");

    // The calendar: the reservation waits for an appointment; booked for today at the mediator's.
    browser.follow("Calendrier des remises");
    assertThat(driver.getTitle()).isEqualTo("Calendrier des remises — PackNum");
    By toBook = By.cssSelector("#tobook-table tr[data-reservation]");
    WebElement waiting =
        browser.until(
            d ->
                d.findElements(toBook).stream()
                    .filter(r -> r.getText().contains(reference))
                    .findFirst()
                    .orElse(null));
    assertThat(waiting.getText()).contains(tag);
    waiting.findElement(By.tagName("button")).sendKeys(Keys.ENTER);
    WebElement title = browser.waitFor(By.id("book-title"));
    assertThat(driver.switchTo().activeElement()).isEqualTo(title);
    assertThat(title.getText()).contains(reference, tag);
    browser.setValue(By.id("book-appointmentAt"), Days.today() + "T16:30");
    new Select(driver.findElement(By.id("book-placeStructureId")))
        .selectByValue(String.valueOf(mediator.structureId()));
    new Select(driver.findElement(By.id("book-supportUserId")))
        .selectByValue(String.valueOf(mediator.id()));
    driver.findElement(By.cssSelector("#book-form button[type=submit]")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("status"), "Remise du pack " + reference + " planifiée");
    By calendarRow = By.cssSelector("#calendar tr[data-handover]");
    browser.until(
        d -> d.findElements(calendarRow).stream().anyMatch(r -> r.getText().contains(reference)));
    String structureName =
        coordinatorApi.get("api/structures/" + mediator.structureId()).json().getString("name");
    assertThat(browser.text(By.id("calendar"))).contains(structureName, "16:30", tag);
    browser.fullScreenshot("handover-calendar");

    // The social worker: the appointment on the request's page, with its letter.
    browser.startFresh();
    browser.signIn(worker.username(), Accounts.PASSWORD);
    browser.waitFor(By.cssSelector("main[data-role='SOCIAL_WORKER']"));
    browser.open("households/request.html?id=" + request.getInt("id"));
    browser.waitReady();
    browser.waitForText(By.id("handover-list"), "16:30");
    assertThat(browser.text(By.id("request-status"))).isEqualTo("Remise planifiée");
    assertThat(browser.text(By.id("handover-list"))).contains(structureName, "Planifiée");
    String letter =
        driver
            .findElement(By.cssSelector("#handover-list a[href*='letter.pdf']"))
            .getDomAttribute("href");
    assertThat(browser.fetch(letter)).isEqualTo("200 application/pdf %PDF");

    // The support person: today's list, the hand-over, the tag, the signature drawn on the pad.
    browser.startFresh();
    browser.signIn(mediator.username(), Accounts.PASSWORD);
    browser.waitFor(By.cssSelector("main[data-role='SUPPORT']"));
    browser.waitReady();
    browser.follow("Remises du jour");
    WebElement line = browser.waitFor(By.cssSelector("#handovers-table tr[data-handover]"));
    assertThat(line.getText()).contains("16:30", tag);
    line.findElement(By.cssSelector("a.open-handover")).sendKeys(Keys.ENTER);
    browser.waitFor(By.id("complete-form"));
    browser.waitReady();
    browser.type(By.id("complete-scannedTag"), tag);
    WebElement pad = driver.findElement(By.id("signature-pad"));
    new Actions(driver)
        .moveToElement(pad, -120, 0)
        .clickAndHold()
        .moveByOffset(50, -25)
        .moveByOffset(50, 35)
        .moveByOffset(60, -30)
        .release()
        .perform();
    browser.waitForText(By.id("pad-state"), "Signature dessinée");
    driver.findElement(By.id("complete-submit")).click();
    browser.waitForText(By.id("status"), "Remise enregistrée");
    assertThat(technician.get("api/devices/" + deviceId).json().getString("status"))
        .isEqualTo("DELIVERED");

    // The social worker again: the pack is delivered, its receipt one click away.
    browser.startFresh();
    browser.signIn(worker.username(), Accounts.PASSWORD);
    browser.waitFor(By.cssSelector("main[data-role='SOCIAL_WORKER']"));
    browser.open("households/request.html?id=" + request.getInt("id"));
    browser.waitReady();
    browser.waitForText(By.id("request-status"), "En accompagnement");
    browser.waitForText(By.id("handover-list"), "Remis");
    String receipt =
        driver
            .findElement(By.cssSelector("#handover-list a[href*='receipt.pdf']"))
            .getDomAttribute("href");
    assertThat(browser.fetch(receipt)).isEqualTo("200 application/pdf %PDF");
    browser.fullScreenshot("request-delivered");
  }
}
