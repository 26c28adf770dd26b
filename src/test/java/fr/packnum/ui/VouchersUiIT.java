package fr.packnum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Browser;
import fr.packnum.testing.Days;
import fr.packnum.testing.Packs;
import fr.packnum.testing.Referrals;
import fr.packnum.testing.Server;
import fr.packnum.testing.SupportPlaces;
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

/**
 * The pass numérique page in headless Chromium: a support person scans (types) a voucher issued to
 * a household their team follows up, records its use at a place with the keyboard alone, and sees
 * it used; scanned again, it says it was already used.
 */
@Tag("browser")
class VouchersUiIT {

  static final String ANY_COMPUTER =
      "\"preferredDevice\":\"ANY\",\"features\":[],\"urgency\":\"NORMAL\",\"needsInternet\":true";

  @RegisterExtension static final Browser browser = new Browser();

  private ChromeDriver driver;

  final URL base = Server.base();

  @BeforeEach
  void atTheServerUnderTest() {
    driver = browser.at(base).driver();
  }

  @Test
  void aVoucherIssuedToAHouseholdIsRedeemedAtAPlaceWithTheKeyboardThenSaysItIsUsed() {
    Api admin = Accounts.admin(base);
    Api socialWorker =
        Accounts.user(admin, "SOCIAL_WORKER", Accounts.structure(admin, "CCAS")).signIn(base);
    Api coordinator = Accounts.user(admin, "COORDINATOR").signIn(base);
    Api technician = Accounts.user(admin, "TECHNICIAN").signIn(base);
    Accounts.NewUser mediator = Accounts.user(admin, "SUPPORT");
    Api support = mediator.signIn(base);

    JsonObject request = Referrals.eligibleRequest(socialWorker, coordinator, ANY_COMPUTER);
    JsonObject handover =
        Packs.book(
            coordinator,
            Packs.reserve(coordinator, request, Workshop.readyLaptop(technician)),
            mediator);
    Packs.handOver(support, handover);
    JsonObject plan =
        support
            .get("api/support-plans?status=OPEN")
            .expect(200)
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(plan.getInt("requestId")).isEqualTo(handover.getInt("requestId"));
    String serial = Accounts.unique("UI").toUpperCase() + "-0001";
    coordinator
        .post(
            "api/voucher-books",
            "{\"funder\":\"Ville de Montreuil\",\"structureId\":"
                + mediator.structureId()
                + ",\"receivedOn\":\""
                + Days.today()
                + "\",\"expiresOn\":\""
                + Days.today().plusYears(1)
                + "\",\"firstSerial\":\""
                + serial
                + "\",\"count\":1}")
        .expect(201);
    support
        .post("api/vouchers/" + serial + "/issue", "{\"planId\":" + plan.getInt("id") + "}")
        .expect(200);
    assertThat(
            SupportPlaces.importFile(coordinator, SupportPlaces.fixture(Accounts.unique("ui")))
                .status())
        .isEqualTo(200);

    browser.startFresh();
    browser.signIn(mediator.username(), Accounts.PASSWORD);
    browser.waitFor(By.cssSelector("main[data-role='SUPPORT']"));
    browser.waitReady();
    browser.follow("Chèques pass numérique");
    browser.waitReady();
    assertThat(driver.getTitle()).isEqualTo("Chèques pass numérique — PackNum");

    // a barcode scanner types the serial and Enter; a person may type it in lower case
    WebElement serialField = driver.findElement(By.id("voucher-serial"));
    serialField.sendKeys(serial.toLowerCase(), Keys.ENTER);
    browser.waitForText(By.id("voucher-state"), "remis à un foyer");
    assertThat(browser.text(By.id("voucher-details")))
        .contains("Ville de Montreuil", plan.getString("requestReference"))
        .doesNotContain(plan.getString("householdName"));
    assertThat(driver.findElement(By.id("issue-form")).isDisplayed()).isFalse();

    browser.type(By.id("redeem-q"), "Robert-Desnos");
    browser.waitFor(
        By.xpath("//select[@id='redeem-placeId']/option[contains(., 'Robert-Desnos')]"));
    browser.until(
        d ->
            d.findElements(By.cssSelector("#redeem-placeId option")).stream()
                .skip(1)
                .allMatch(o -> o.getText().contains("Robert-Desnos")));
    driver.findElement(By.id("redeem-placeId")).sendKeys(Keys.ARROW_DOWN);
    driver.findElement(By.cssSelector("#redeem-form button[type='submit']")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("status"), "Utilisation du chèque " + serial + " enregistrée");
    browser.waitForText(By.id("voucher-state"), "déjà utilisé");
    assertThat(browser.text(By.id("voucher-state"))).contains("Robert-Desnos");
    assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("voucher-serial");
    browser.screenshot("voucher-redeemed");

    // scanned again: the voucher says it was already used, and offers nothing to do
    driver.switchTo().activeElement().sendKeys(serial, Keys.ENTER);
    browser.waitForText(By.id("voucher-title"), serial);
    browser.waitForText(By.id("voucher-state"), "déjà utilisé");
    assertThat(driver.findElement(By.id("redeem-form")).isDisplayed()).isFalse();
    browser.signOut();
  }
}
