package fr.packnum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Browser;
import fr.packnum.testing.Days;
import fr.packnum.testing.Referrals;
import fr.packnum.testing.Referrals.Person;
import fr.packnum.testing.Server;
import jakarta.json.JsonObject;
import java.net.URL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The internet lines in headless Chromium: a social worker records the offer chosen with the
 * household and the line's start on the request page, with the keyboard; a coordinator reports an
 * unpaid bill; a support person then finds the line on "Lignes à surveiller", as unpaid.
 */
@Tag("browser")
class LinesUiIT {

  @RegisterExtension static final Browser browser = new Browser();

  private ChromeDriver driver;

  final URL base = Server.base();

  @BeforeEach
  void atTheServerUnderTest() {
    driver = browser.at(base).driver();
  }

  @Test
  void aLineStartedOnTheRequestPageAndReportedUnpaidIsOnTheSupportWorklist() {
    Api admin = Accounts.admin(base);
    long structure = Accounts.structure(admin, "CCAS");
    Accounts.NewUser worker = Accounts.user(admin, "SOCIAL_WORKER", structure);
    Api socialWorker = worker.signIn(base);
    Api coordinator = Accounts.user(admin, "COORDINATOR").signIn(base);
    Accounts.NewUser support = Accounts.user(admin, "SUPPORT", structure);
    String name = Accounts.unique("Ligne UI ");
    long offer =
        coordinator
            .post(
                "api/offers",
                "{\"operator\":\"Opérateur UI\",\"name\":\""
                    + name
                    + "\",\"kind\":\"MOBILE_SIM\",\"monthlyPriceCents\":500,"
                    + "\"howToSubscribe\":\"En boutique.\",\"validFrom\":\""
                    + Days.today().minusDays(1)
                    + "\"}")
            .expect(201)
            .getJsonNumber("id")
            .longValue();
    long request =
        Referrals.draft(socialWorker, Referrals.eligibleHousehold(socialWorker, Person.next()));

    // The social worker records the offer chosen, then the line's start (today by default).
    browser.startFresh();
    browser.signIn(worker.username(), Accounts.PASSWORD);
    browser.waitFor(By.cssSelector("main[data-role='SOCIAL_WORKER']"));
    browser.open("households/request.html?id=" + request);
    browser.waitReady();
    browser.waitForText(By.id("line-title"), "Connexion internet");
    browser.waitFor(By.cssSelector("#line-offer option[value='" + offer + "']"));
    new Select(driver.findElement(By.id("line-offer"))).selectByValue(String.valueOf(offer));
    driver.findElement(By.cssSelector("#line-form button[type='submit']")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("status"), "Offre choisie enregistrée");
    assertThat(browser.waitFor(By.id("line-details")).getText())
        .contains(name, "Demandée à l’opérateur");
    assertThat(driver.findElement(By.id("line-refuse-form")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.id("line-activeFrom")).getDomProperty("value"))
        .isEqualTo(Days.today().toString());
    driver
        .findElement(By.cssSelector("#line-activate-form button[type='submit']"))
        .sendKeys(Keys.ENTER);
    browser.waitForText(By.id("status"), "Mise en service enregistrée");
    assertThat(browser.text(By.id("line-details"))).contains("Active", "Active depuis le");
    assertThat(driver.findElement(By.id("line-activate-form")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.id("line-unpaid")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.id("line-end-form")).isDisplayed()).isTrue();
    browser.fullScreenshot("request-line-active");
    browser.signOut();

    // A coordinator reports an unpaid bill through the API.
    JsonObject line =
        coordinator.get("api/subscriptions?requestId=" + request).array(200).getJsonObject(0);
    assertThat(line.getString("status")).isEqualTo("ACTIVE");
    coordinator
        .post(
            "api/subscriptions/" + line.getJsonNumber("id") + "/unpaid",
            "{\"version\":" + line.getJsonNumber("version") + "}")
        .expect(200);

    // The support person sees it on "Lignes à surveiller", as unpaid.
    browser.startFresh();
    browser.signIn(support.username(), Accounts.PASSWORD);
    browser.waitFor(By.cssSelector("main[data-role='SUPPORT']"));
    browser.waitReady();
    browser.follow("Lignes à surveiller");
    browser.waitReady();
    assertThat(driver.getTitle()).isEqualTo("Lignes à surveiller — PackNum");
    assertThat(driver.findElement(By.id("lines-days")).getDomProperty("value")).isEqualTo("30");
    String reference = line.getString("requestReference");
    assertThat(
            browser
                .waitFor(By.cssSelector("#lines-table tr[data-request='" + reference + "']"))
                .getText())
        .contains(reference, name, "Impayé signalé le");
    assertThat(
            driver.findElements(
                By.cssSelector("#lines-table tr[data-request='" + reference + "'] a")))
        .isEmpty();
    browser.fullScreenshot("lines-support");
    browser.signOut();
  }
}
