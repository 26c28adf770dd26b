package fr.packnum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Browser;
import fr.packnum.testing.Server;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The referral of a household in headless Chromium, as a social worker and a coordinator live it:
 * the household's file created with the person's consent and a current RSA proof, a pack requested
 * and sent, the request found on "Mes demandes", decided eligible by the coordinator from the
 * eligibility queue, and the social worker seeing the answer. Then what the forms say when
 * something is wrong: in the browser before sending, from the server at the (nested) field, and at
 * the top of the page when a household without consent is refused a request.
 */
@Tag("browser")
class HouseholdsUiIT {

  private static final LocalDate TODAY = fr.packnum.testing.Days.today();
  private static final DateTimeFormatter FRENCH_DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

  /**
   * Chromium, for the class's tests. No script error or CSP violation; an API refusal the page
   * shows on purpose is no error. A failed test leaves a picture of the page it failed on.
   */
  @RegisterExtension static final Browser browser = new Browser();

  private ChromeDriver driver;

  final URL base = Server.base();

  @BeforeEach
  void atTheServerUnderTest() {
    driver = browser.at(base).driver();
  }

  @Test
  void aSocialWorkerRefersAHouseholdAndACoordinatorDecidesItIsEligible() {
    Api admin = Accounts.admin(base);
    Accounts.NewUser socialWorker = Accounts.user(admin, "SOCIAL_WORKER");
    Accounts.NewUser coordinator = Accounts.user(admin, "COORDINATOR");

    browser.startFresh();
    browser.signIn(socialWorker.username(), Accounts.PASSWORD);
    waitForHome("SOCIAL_WORKER");
    assertThat(browser.texts(By.cssSelector("#main-nav a")))
        .containsExactly(
            "Accueil",
            "Foyers",
            "Mes demandes",
            "Lieux d’accompagnement",
            "Règles d’éligibilité",
            "Mon compte");
    assertThat(browser.texts(By.cssSelector("#home-links a"))).contains("Foyers", "Mes demandes");

    // A new household file, filled in with the family: the notice is read, consent ticked.
    browser.follow("Foyers");
    browser.follow("Nouveau foyer");
    browser.waitForText(By.id("consent-notice"), "Vos informations sont enregistrées dans PackNum");
    assertThat(driver.findElement(By.id("household-consentGivenOn")).getDomProperty("value"))
        .isEqualTo(TODAY.toString());
    String name = Accounts.unique("Awa Diallo ");
    browser.type(By.id("household-contactName"), name);
    browser.type(By.id("household-contactPhone"), "06 12 34 56 78");
    // The commune by its name, with the keyboard alone: "montr", Down, Enter.
    WebElement commune = driver.findElement(By.id("household-inseeCode"));
    assertThat(commune.getDomAttribute("role")).isEqualTo("combobox");
    commune.sendKeys("montr");
    browser.waitForText(
        By.id("household-inseeCode-list"), "Montreuil (93100) — Seine-Saint-Denis (93)");
    assertThat(commune.getDomAttribute("aria-expanded")).isEqualTo("true");
    assertThat(browser.text(By.id("household-inseeCode-live"))).contains("commune(s) proposée(s)");
    commune.sendKeys(Keys.ARROW_DOWN);
    assertThat(commune.getDomAttribute("aria-activedescendant"))
        .isEqualTo("household-inseeCode-list-0");
    commune.sendKeys(Keys.ENTER);
    assertThat(commune.getDomProperty("value")).isEqualTo("Montreuil (93100)");
    assertThat(commune.getDomAttribute("aria-expanded")).isEqualTo("false");
    assertThat(browser.text(By.id("household-inseeCode-chosen")))
        .isEqualTo("Code INSEE 93048 · Seine-Saint-Denis");
    driver.findElement(By.id("household-inQpv")).click();
    browser.type(By.id("household-children"), "2");
    browser.type(By.id("household-schoolChildren"), "2");
    new Select(driver.findElement(By.id("situation-0-situation"))).selectByValue("RSA");
    browser.type(By.id("situation-0-proofType"), "Attestation CAF");
    browser.setValue(By.id("situation-0-proofDate"), TODAY.minusMonths(1).toString());
    driver.findElement(By.id("household-needs-SCHOOL")).click();
    driver.findElement(By.id("household-needs-ADMINISTRATIVE")).click();
    driver.findElement(By.id("household-connectivity-MOBILE_ONLY")).click();
    browser.type(By.id("household-accessibilityNeeds"), "grand écran");
    driver.findElement(By.id("household-consentAgreed")).click();
    browser.fullScreenshot("household-new");
    driver.findElement(By.id("household-submit")).click();

    // The household's page: the rules' preview says eligible, with the proof as the reason.
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains("/households/household.html?id="));
    browser.waitReady();
    browser.waitForText(By.id("status"), "créé.");
    String household = browser.text(By.id("household-heading")).replaceAll("^Foyer ", "");
    assertThat(household).matches("F-[0-9A-Z]+");
    browser.waitForText(By.id("eligibility-outcome"), "Éligible");
    assertThat(browser.text(By.id("eligibility-reasons"))).contains("RSA", "en cours de validité");
    assertThat(browser.text(By.id("consent-current"))).contains("Recueilli", "version 1");
    assertThat(browser.text(By.id("summary")))
        .contains(name, "Montreuil", "QPV", "Attestation CAF", "grand écran")
        .doesNotContain("93048");
    long householdId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    var stored = socialWorker.signIn(base).get("api/households/" + householdId).expect(200);
    assertThat(stored.getString("inseeCode"))
        .as("the INSEE code is what is stored")
        .isEqualTo("93048");
    // Written in France's time, whatever the browser's zone (here on another day than France).
    assertThat(browser.text(By.id("household-subtitle")))
        .contains(
            "dossier créé le "
                + FRENCH_DATE_TIME.format(Instant.parse(stored.getString("createdAt"))));
    assertThat(driver.findElement(By.id("consent-form")).isDisplayed()).isFalse();
    browser.fullScreenshot("household-page");

    // A pack for it: a laptop with a webcam, sent at once.
    browser.follow("Demander un pack");
    browser.waitForText(By.id("form-household"), household);
    assertThat(driver.findElement(By.id("consent-warning")).isDisplayed()).isFalse();
    // No internet at home but a mobile phone: the offer is ticked for the social worker.
    assertThat(driver.findElement(By.id("request-needsInternet")).isSelected()).isTrue();
    assertThat(driver.findElement(By.id("urgency-reason-field")).isDisplayed()).isFalse();
    driver.findElement(By.id("request-preferredDevice-LAPTOP")).click();
    driver.findElement(By.id("request-features-WEBCAM")).click();
    browser.type(By.id("request-supportPlace"), "EPN de la mairie");
    driver.findElement(By.cssSelector("#request-form button[value=send]")).click();
    browser.waitForText(By.id("status"), "envoyée à la coordination");
    assertThat(browser.text(By.id("request-status"))).isEqualTo("Envoyée");
    String reference = browser.text(By.id("request-heading")).replaceAll("^Demande ", "");
    assertThat(reference).matches("P-[0-9A-Z]+");
    assertThat(driver.getCurrentUrl()).contains("/households/request.html?id=");
    assertThat(browser.text(By.id("assessment"))).contains("Éligible", "RSA");
    assertThat(browser.text(By.id("request-summary")))
        .contains("Ordinateur portable", "Webcam", "EPN de la mairie");
    assertThat(browser.texts(By.cssSelector("#events-table tbody tr")).get(0))
        .contains("Envoi et évaluation", "Brouillon → Envoyée");
    assertThat(browser.fetch(driver.findElement(By.id("slip-link")).getDomProperty("href")))
        .isEqualTo("200 application/pdf %PDF");
    assertThat(driver.findElement(By.id("decide-section")).isDisplayed()).isFalse();
    browser.fullScreenshot("request-submitted");

    // "Mes demandes" counts and lists it as sent.
    browser.follow("Mes demandes");
    WebElement row =
        browser.waitFor(By.cssSelector("#requests-table tr[data-request='" + reference + "']"));
    assertThat(row.getText()).contains(household, name, "Envoyée", "Éligible");
    assertThat(browser.text(By.cssSelector("#summary [data-status='SUBMITTED'] .board-count")))
        .startsWith("1");
    browser.screenshot("requests-social-worker");
    browser.signOut();

    // The coordinator decides from the queue.
    browser.signIn(coordinator.username(), Accounts.PASSWORD);
    waitForHome("COORDINATOR");
    browser.follow("À examiner");
    WebElement queued =
        browser.waitFor(By.cssSelector("#queue-table tr[data-request='" + reference + "']"));
    assertThat(queued.getText()).contains(household, "Éligible", "Normale");
    browser.screenshot("queue-coordinator");
    queued.findElement(By.linkText(reference)).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains("/households/request.html?id="));
    browser.waitReady();
    browser.waitFor(By.id("decide-section"));
    assertThat(browser.text(By.id("decide-assessment"))).contains("Éligible");
    // Following the rules needs no justification; going against them would.
    driver.findElement(By.id("decide-outcome-REJECTED")).click();
    assertThat(browser.text(By.id("decide-justification-label")))
        .isEqualTo("Justification (obligatoire)");
    driver.findElement(By.id("decide-outcome-ELIGIBLE")).click();
    assertThat(browser.text(By.id("decide-justification-label")))
        .isEqualTo("Justification (facultative)");
    driver.findElement(By.cssSelector("#decide-form button[type=submit]")).click();
    browser.waitForText(By.id("status"), "Décision enregistrée");
    assertThat(browser.text(By.id("request-status"))).isEqualTo("Éligible");
    assertThat(browser.text(By.id("decision"))).contains("Éligible", "Décidé par");
    assertThat(driver.findElement(By.id("decide-section")).isDisplayed()).isFalse();
    assertThat(browser.texts(By.cssSelector("#events-table tbody tr")).get(0))
        .contains("Décision", "Envoyée → Éligible");
    browser.fullScreenshot("request-decided");

    // The rules the decision was made with; saving them makes a new version.
    browser.follow("Règles d’éligibilité");
    assertThat(browser.text(By.id("current"))).contains("RSA", "12 mois");
    assertThat(driver.findElement(By.id("rules-situations-RSA")).isSelected()).isTrue();
    driver.findElement(By.cssSelector("#rules-form button[type=submit]")).click();
    browser.waitForText(By.id("status"), "des règles enregistrée");
    browser.screenshot("rules-coordinator");
    browser.signOut();

    // The social worker sees the answer.
    browser.signIn(socialWorker.username(), Accounts.PASSWORD);
    waitForHome("SOCIAL_WORKER");
    browser.follow("Mes demandes");
    browser.waitForText(
        By.cssSelector("#requests-table tr[data-request='" + reference + "'] .request-status-cell"),
        "Éligible");
    assertThat(browser.text(By.cssSelector("#summary [data-status='ELIGIBLE'] .board-count")))
        .startsWith("1");

    // The household's file shows it too, and is corrected in place.
    browser.follow("Foyers");
    WebElement file =
        browser.waitFor(By.cssSelector("#households-table tr[data-household='" + household + "']"));
    assertThat(file.getText()).contains(name, "Montreuil", "Recueilli", reference, "Éligible");
    file.findElement(By.linkText(household)).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains("/households/household.html?id="));
    browser.waitReady();
    browser.waitFor(By.cssSelector("#requests-table tr[data-request='" + reference + "']"));
    driver.findElement(By.id("edit-toggle")).click();
    assertThat(driver.findElement(By.id("household-contactPhone")).getDomProperty("value"))
        .isEqualTo("06 12 34 56 78");
    browser.type(By.id("household-contactPhone"), "+33 6 12 34 56 79");
    driver.findElement(By.id("household-submit")).click();
    browser.waitForText(By.id("status"), "Dossier du foyer " + household + " enregistré.");
    assertThat(browser.text(By.id("summary"))).contains("+33 6 12 34 56 79");
    assertThat(driver.findElement(By.id("form-section")).isDisplayed()).isFalse();
    browser.signOut();
  }

  @Test
  void theFormsSayWhatIsWrongWhereItIsWrong() {
    Accounts.NewUser socialWorker = Accounts.user(Accounts.admin(base), "SOCIAL_WORKER");
    browser.startFresh();
    browser.signIn(socialWorker.username(), Accounts.PASSWORD);
    waitForHome("SOCIAL_WORKER");
    browser.open("households/household.html");
    browser.waitReady();
    browser.waitFor(By.id("household-form"));
    browser.type(By.id("household-contactName"), Accounts.unique("Jean Testeur "));
    browser.type(By.id("household-contactPhone"), "07 11 22 33 44");
    browser.type(By.id("household-inseeCode"), "9304");
    new Select(driver.findElement(By.id("situation-0-situation"))).selectByValue("RSA");
    browser.type(By.id("situation-0-proofType"), "Attestation CAF");
    // A proof dated tomorrow: the server's calendar judges dates.
    browser.setValue(By.id("situation-0-proofDate"), TODAY.plusDays(1).toString());
    driver.findElement(By.id("household-connectivity-NONE")).click();
    driver.findElement(By.id("household-consentAgreed")).click();

    // Four digits are neither a commune chosen from the list nor an INSEE code: caught before
    // sending, at the field.
    driver.findElement(By.id("household-submit")).click();
    WebElement insee = driver.findElement(By.id("household-inseeCode"));
    assertThat(browser.waitFor(By.id("household-inseeCode-error")).getText())
        .contains("Choisissez la commune dans la liste");
    assertThat(insee.getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(insee.getDomAttribute("aria-describedby"))
        .isEqualTo("household-inseeCode-hint household-inseeCode-error");
    assertThat(driver.switchTo().activeElement()).isEqualTo(insee);
    assertThat(browser.text(By.id("status"))).contains("Formulaire incomplet");
    assertThat(driver.getCurrentUrl()).doesNotContain("id=");

    // Corrected, the form goes to the server, whose answer lands at the situation's date.
    browser.type(By.id("household-inseeCode"), "93048");
    driver.findElement(By.id("household-submit")).click();
    WebElement proofDate = driver.findElement(By.id("situation-0-proofDate"));
    assertThat(browser.waitFor(By.id("situation-0-proofDate-error")).getText()).contains("futur");
    assertThat(proofDate.getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(proofDate.getDomAttribute("aria-describedby"))
        .contains("situation-0-proofDate-error");
    assertThat(driver.switchTo().activeElement()).isEqualTo(proofDate);
    assertThat(driver.findElements(By.id("household-inseeCode-error"))).isEmpty();
    assertThat(browser.text(By.id("status"))).contains("Données invalides");
    browser.fullScreenshot("household-errors");

    // A household recorded without consent: its request is refused, said at the top.
    Api api = socialWorker.signIn(base);
    Api.Reply created =
        api.post(
            "api/households",
            "{\"contactName\":\""
                + Accounts.unique("Sans Consentement ")
                + "\",\"contactPhone\":\"07 98 76 54 32\",\"inseeCode\":\"2A004\",\"inQpv\":false,"
                + "\"adults\":2,\"children\":0,\"schoolChildren\":0,\"situations\":[],"
                + "\"needs\":[\"JOB_SEARCH\"],\"connectivity\":\"NONE\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long household = created.json().getJsonNumber("id").longValue();
    browser.open("households/request.html?household=" + household);
    browser.waitReady();
    assertThat(browser.waitFor(By.id("consent-warning")).getText())
        .contains("pas de consentement enregistré");
    driver.findElement(By.id("request-preferredDevice-ANY")).click();
    driver.findElement(By.cssSelector("#request-form button[value=draft]")).click();
    browser.waitForText(By.id("status"), "Consentement manquant");
    assertThat(browser.text(By.id("status")))
        .contains("Aucun consentement n’est enregistré pour ce foyer");
    assertThat(driver.getCurrentUrl()).contains("household=" + household);
    assertThat(driver.findElement(By.id("request-view")).isDisplayed()).isFalse();
    browser.screenshot("request-consent-missing");
    browser.signOut();
  }

  // ---- helpers -------------------------------------------------------------------------------

  private WebElement waitForHome(String role) {
    WebElement main = browser.waitFor(By.cssSelector("main[data-role='" + role + "']"));
    browser.waitReady();
    return main;
  }
}
