package fr.packnum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Browser;
import fr.packnum.testing.Days;
import fr.packnum.testing.Referrals;
import fr.packnum.testing.Referrals.Person;
import fr.packnum.testing.Server;
import jakarta.json.JsonValue;
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
 * The internet offers in headless Chromium: a coordinator adds an offer to the catalogue with the
 * keyboard alone ("Offres internet"), then a social worker sees it ranked with its cost over 12
 * months on a pack request's page, beside an offer set aside with its reason, and set aside itself
 * once a monthly budget is typed.
 */
@Tag("browser")
class OffersUiIT {

  @RegisterExtension static final Browser browser = new Browser();

  private ChromeDriver driver;

  final URL base = Server.base();

  @BeforeEach
  void atTheServerUnderTest() {
    driver = browser.at(base).driver();
  }

  @Test
  void aCoordinatorAddsAnOfferWithTheKeyboardAndASocialWorkerSeesItRankedOnARequest() {
    Api admin = Accounts.admin(base);
    long structure = Accounts.structure(admin, "CCAS");
    Accounts.NewUser worker = Accounts.user(admin, "SOCIAL_WORKER", structure);
    Api socialWorker = worker.signIn(base);
    Accounts.NewUser coordinator = Accounts.user(admin, "COORDINATOR");
    Api coordinatorApi = coordinator.signIn(base);
    String name = Accounts.unique("Forfait UI ");
    String reserved = Accounts.unique("Réservée AAH ");
    coordinatorApi
        .post(
            "api/offers",
            "{\"operator\":\"Opérateur UI\",\"name\":\""
                + reserved
                + "\",\"kind\":\"FREE_SIM\",\"monthlyPriceCents\":0,"
                + "\"eligibleSituations\":[\"AAH\"],\"howToSubscribe\":\"Sur le portail.\","
                + "\"validFrom\":\""
                + Days.today().minusDays(1)
                + "\"}")
        .expect(201);

    browser.startFresh();
    browser.signIn(coordinator.username(), Accounts.PASSWORD);
    browser.waitFor(By.cssSelector("main[data-role='COORDINATOR']"));
    browser.waitReady();
    browser.follow("Offres internet");
    assertThat(driver.getTitle()).isEqualTo("Offres internet — PackNum");
    assertThat(driver.findElement(By.cssSelector("#main-nav a[aria-current='page']")).getText())
        .isEqualTo("Offres internet");

    // The form, with the keyboard: text typed, the kind chosen with the arrows, a box ticked with
    // Space, sent with Enter.
    // Offered from today in France, as the API counts days, whatever the browser's own zone.
    assertThat(driver.findElement(By.id("new-validFrom")).getDomProperty("value"))
        .isEqualTo(Days.today().toString());
    WebElement operator = driver.findElement(By.id("new-operator"));
    operator.sendKeys("Opérateur UI", Keys.TAB, name, Keys.TAB);
    WebElement kind = driver.switchTo().activeElement();
    assertThat(kind.getDomAttribute("id")).isEqualTo("new-kind");
    kind.sendKeys(Keys.DOWN, Keys.DOWN, Keys.DOWN);
    assertThat(kind.getDomProperty("value")).isEqualTo("MOBILE_SIM");
    driver.findElement(By.id("new-monthlyPriceCents")).sendKeys("4,50");
    driver.findElement(By.id("new-situations-RSA")).sendKeys(Keys.SPACE);
    assertThat(driver.findElement(By.id("new-situations-RSA")).isSelected()).isTrue();
    driver.findElement(By.id("new-departements")).sendKeys("93");
    driver
        .findElement(By.id("new-howToSubscribe"))
        .sendKeys("En boutique, avec l’attestation CAF.");
    driver.findElement(By.id("new-operator")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("status"), "ajoutée au catalogue");
    By row = By.cssSelector("#offers-table tr[data-offer='" + name + "']");
    WebElement added = browser.waitFor(row);
    assertThat(added.getText())
        .contains("Opérateur UI", "Forfait mobile (carte SIM)", "4,50 €", "54,00 €", "RSA")
        .contains("département 93");
    long offerId =
        coordinatorApi
            .get("api/offers?q=" + name.replace(' ', '+'))
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    browser.fullScreenshot("offers-catalogue");
    browser.signOut();

    // A social worker's request for a household of Montreuil (93) on RSA.
    long household = Referrals.eligibleHousehold(socialWorker, Person.next());
    long request = Referrals.draft(socialWorker, household);
    browser.signIn(worker.username(), Accounts.PASSWORD);
    browser.waitFor(By.cssSelector("main[data-role='SOCIAL_WORKER']"));
    browser.open("households/request.html?id=" + request);
    browser.waitReady();
    browser.waitForText(By.id("offers-title"), "Offres internet possibles");
    By ranked = By.cssSelector("#offers-table tr[data-offer='" + name + "']");
    assertThat(browser.waitFor(ranked).getText())
        .contains(name, "54,00 €", "4,50 € par mois", "En boutique");
    By excluded = By.cssSelector("#offers-excluded-table tr[data-offer='" + reserved + "']");
    assertThat(browser.waitFor(excluded).getText())
        .contains("Conditions non remplies", "Réservée aux foyers bénéficiant de : AAH");
    browser.fullScreenshot("request-offers");

    // A budget of 3 € a month sets the 4.50 € offer aside, saying why.
    WebElement budget = driver.findElement(By.id("offers-budget"));
    budget.sendKeys("3", Keys.ENTER);
    By overBudget = By.cssSelector("#offers-excluded-table tr[data-offer='" + name + "']");
    assertThat(browser.waitFor(overBudget).getText())
        .contains("Au-delà du budget", "au-delà du budget de 3,00 €");
    assertThat(driver.findElements(ranked)).isEmpty();
    assertThat(
            socialWorker
                .get("api/offers/for-household/" + household + "?budget=3")
                .json()
                .getJsonArray("excluded")
                .stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getJsonObject("offer").getJsonNumber("id").longValue() == offerId))
        .isTrue();
    browser.signOut();
  }
}
