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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The impact page in headless Chromium: a partner whose convention covers a referring structure
 * signs in, reaches "Impact environnemental" from the navigation with the keyboard, and reads the
 * laptop handed over today with its CO2e, per département and type, the factors' sources and the
 * method; it cannot edit a factor.
 */
@Tag("browser")
class ImpactUiIT {

  @RegisterExtension static final Browser browser = new Browser();

  private ChromeDriver driver;

  final URL base = Server.base();

  @BeforeEach
  void atTheServerUnderTest() {
    driver = browser.at(base).driver();
  }

  @Test
  void aPartnerReadsTheImpactOfItsConventionWithItsSourcesUsingTheKeyboardOnly() {
    Api admin = Accounts.admin(base);
    long ccas = Accounts.structure(admin, "CCAS");
    Api socialWorker = Accounts.user(admin, "SOCIAL_WORKER", ccas).signIn(base);
    Api coordinator = Accounts.user(admin, "COORDINATOR").signIn(base);
    Api technician = Accounts.user(admin, "TECHNICIAN").signIn(base);
    Accounts.NewUser mediator = Accounts.user(admin, "SUPPORT");
    Accounts.NewUser partner = Accounts.user(admin, "PARTNER");
    String name = Accounts.unique("Impact UI ");
    coordinator
        .post(
            "api/conventions",
            "{\"partnerStructureId\":"
                + partner.structureId()
                + ",\"name\":\""
                + name
                + "\",\"startsOn\":\""
                + Days.today().minusYears(1)
                + "\",\"endsOn\":\""
                + Days.today().plusYears(1)
                + "\",\"structureIds\":["
                + ccas
                + "],\"vatMode\":\"EXEMPT\",\"unitPricesCents\":{\"PACK_DELIVERED\":15000}}")
        .expect(201);
    JsonObject request =
        Referrals.eligibleRequest(
            socialWorker,
            coordinator,
            "\"preferredDevice\":\"ANY\",\"features\":[],\"urgency\":\"NORMAL\","
                + "\"needsInternet\":true");
    JsonObject reservation = Packs.reserve(coordinator, request, Workshop.readyLaptop(technician));
    Packs.handOver(mediator.signIn(base), Packs.book(coordinator, reservation, mediator));
    JsonObject laptop =
        coordinator.get("api/impact-factors").array(200).getValuesAs(JsonObject.class).stream()
            .filter(f -> f.getString("deviceType").equals("LAPTOP"))
            .findFirst()
            .orElseThrow();
    String co2e =
        laptop
            .getJsonNumber("manufacturingKgCo2e")
            .bigDecimalValue()
            .multiply(laptop.getJsonNumber("avoidedShare").bigDecimalValue())
            .setScale(1, java.math.RoundingMode.HALF_UP)
            .toPlainString()
            .replace('.', ',');

    browser.startFresh();
    browser.signIn(partner.username(), Accounts.PASSWORD);
    browser.waitFor(By.cssSelector("main[data-role='PARTNER']"));
    browser.waitReady();
    assertThat(browser.texts(By.cssSelector("#main-nav a")))
        .containsExactly("Accueil", "Mes conventions", "Impact environnemental", "Mon compte");
    String home = driver.getCurrentUrl();
    driver.findElement(By.linkText("Impact environnemental")).sendKeys(Keys.ENTER);
    browser.until(d -> !d.getCurrentUrl().equals(home));
    browser.waitReady();
    assertThat(driver.getTitle()).isEqualTo("Impact environnemental — PackNum");

    // The partner's one convention is chosen; Enter on "Afficher" shows the period's figures.
    assertThat(browser.text(By.cssSelector("#impact-convention option:checked"))).contains(name);
    driver.findElement(By.cssSelector("#period-form button[type='submit']")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("figures-period"), name);
    assertThat(browser.text(By.cssSelector("#impact-figures li[data-figure='reused']")))
        .endsWith("1");
    assertThat(browser.text(By.cssSelector("#impact-figures li[data-figure='kgCo2eAvoided']")))
        .contains(co2e);
    assertThat(driver.findElements(By.cssSelector("#impact-figures li[data-figure='scrapped']")))
        .as("scrapping is no convention's")
        .isEmpty();
    assertThat(browser.text(By.cssSelector("#departements-table tr[data-departement='93']")))
        .contains("Seine-Saint-Denis", "1", co2e);
    assertThat(browser.text(By.cssSelector("#types-table tr[data-type='LAPTOP']")))
        .contains("Ordinateur portable", co2e);
    assertThat(browser.text(By.cssSelector("#factors-table tr[data-type='LAPTOP']")))
        .contains("ADEME/Arcep 2022", "2022");
    assertThat(browser.text(By.id("method"))).contains("Appareils réemployés", "ADEME/Arcep 2022");
    assertThat(driver.findElements(By.cssSelector("#factors-table button")))
        .as("a partner reads the factors, does not edit them")
        .isEmpty();
    browser.fullScreenshot("impact-partner");
    browser.signOut();
  }
}
