package fr.packnum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Browser;
import fr.packnum.testing.Server;
import fr.packnum.testing.SupportPlaces;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The "Lieux d'accompagnement" page in headless Chromium, for a social worker: the places of the
 * fixture (imported through the API under this test's identifiers) found in the directory, a
 * place's opening hours told day by day in French, the places nearest to Montreuil chosen with the
 * keyboard in the commune picker, and the plan's points reached with Tab and leading to their
 * place.
 */
@Tag("browser")
class PlacesUiIT {

  @RegisterExtension static final Browser browser = new Browser();

  private ChromeDriver driver;

  final URL base = Server.base();

  @BeforeEach
  void atTheServerUnderTest() {
    driver = browser.at(base).driver();
  }

  @Test
  void aSocialWorkerReadsAPlacesHoursInFrenchFindsTheNearestWithTheKeyboardAndTabsThroughThePlan() {
    Api admin = Accounts.admin(base);
    Api coordinator = Accounts.user(admin, "COORDINATOR").signIn(base);
    String prefix = Accounts.unique("ui");
    String name = "EPN Robert-Desnos " + prefix;
    String file =
        SupportPlaces.fixture(prefix).replace("EPN de la bibliothèque Robert-Desnos", name);
    Api.Binary imported = SupportPlaces.importFile(coordinator, file);
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    Accounts.NewUser socialWorker =
        Accounts.user(admin, "SOCIAL_WORKER", Accounts.structure(admin, "CCAS"));

    browser.startFresh();
    browser.signIn(socialWorker.username(), Accounts.PASSWORD);
    browser.waitFor(By.cssSelector("main[data-role='SOCIAL_WORKER']"));
    browser.waitReady();
    browser.follow("Lieux d’accompagnement");
    assertThat(driver.getTitle()).isEqualTo("Lieux d’accompagnement — PackNum");
    assertThat(driver.findElement(By.id("import-section")).isDisplayed()).isFalse();

    // The directory, searched by name: the place, its address, its hours in French, its services.
    WebElement search = driver.findElement(By.id("filter-q"));
    search.sendKeys(prefix, Keys.ENTER);
    By card = By.cssSelector("#places-list li[data-place='" + prefix + "-epn-montreuil']");
    browser.waitFor(card);
    browser.waitForText(By.id("places-count"), "1 lieu");
    String text = browser.text(card).replace('\u00a0', ' ');
    assertThat(text)
        .contains(name, "14 boulevard Rouget-de-Lisle, 93100 Montreuil", "+33199001001")
        .contains("lundi : fermé")
        .contains("mardi : 10:00–12:30, 14:00–18:00")
        .contains("samedi : 10:00–12:30, 14:00–18:00")
        .contains("dimanche : fermé")
        .contains("jours fériés : fermé")
        .contains("Accès internet et matériel informatique");
    browser.screenshot("places-directory");

    // The plan: its one point is reached with Tab after the export link, and leads to the card.
    ((JavascriptExecutor) driver).executeScript("document.getElementById('geojson-link').focus()");
    driver.switchTo().activeElement().sendKeys(Keys.TAB);
    WebElement point = driver.switchTo().activeElement();
    assertThat(point.getDomAttribute("data-place")).isEqualTo(prefix + "-epn-montreuil");
    assertThat(point.getDomAttribute("aria-label")).isEqualTo(name + ", Montreuil");
    point.sendKeys(Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().contains("#place-"));

    // The nearest places to Montreuil, chosen with the keyboard alone: "montr", Down, Enter.
    WebElement commune = driver.findElement(By.id("nearest-inseeCode"));
    commune.sendKeys("montr");
    browser.waitForText(By.id("nearest-inseeCode-list"), "Montreuil (93100)");
    commune.sendKeys(Keys.ARROW_DOWN);
    commune.sendKeys(Keys.ENTER);
    assertThat(commune.getDomProperty("value")).isEqualTo("Montreuil (93100)");
    commune.sendKeys(Keys.TAB);
    driver.switchTo().activeElement().sendKeys(Keys.TAB);
    WebElement submit = driver.switchTo().activeElement();
    assertThat(submit.getText()).isEqualTo("Chercher les lieux proches");
    submit.sendKeys(Keys.ENTER);
    browser.waitForText(By.id("nearest-result-title"), "Les lieux les plus proches de Montreuil");
    By ours = By.cssSelector("#nearest-list li[data-place='" + prefix + "-epn-montreuil']");
    browser.waitFor(ours);
    assertThat(browser.text(ours).replace('\u00a0', ' ')).contains(name, "0,74 km");
    assertThat(driver.switchTo().activeElement().getDomAttribute("id"))
        .isEqualTo("nearest-result-title");
    browser.screenshot("places-nearest");
  }
}
