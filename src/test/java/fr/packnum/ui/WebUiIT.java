package fr.packnum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.accounts.control.Totp;
import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Browser;
import fr.packnum.testing.Server;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser UI in headless Chromium, driven like a person would: typing into the forms, pressing
 * the buttons, reading what the page says. Every page runs under the production
 * Content-Security-Policy, so an inline script or style would break it (and is reported).
 */
@Tag("browser")
class WebUiIT {

  private static final String DEMO_PASSWORD = "PackNum-demo-2026";

  /**
   * Chromium, for the class's tests. Each test starts signed out, in French, and leaves no script
   * error or CSP violation behind. A failed test leaves a picture of the page it failed on.
   */
  @RegisterExtension static final Browser browser = new Browser();

  private ChromeDriver driver;

  final URL base = Server.base();

  @BeforeEach
  void atTheServerUnderTest() {
    driver = browser.at(base).driver();
  }

  @Test
  void everySampleRoleSignsInThroughTheFormAndLandsOnItsOwnHome() {
    record Sample(String username, String role, String name, String roleLabel, String structure) {}
    List<Sample> samples =
        List.of(
            new Sample(
                "coordination",
                "COORDINATOR",
                "Camille Coordination",
                "Coordinateur·rice",
                "Programme PackNum"),
            new Sample(
                "technicien",
                "TECHNICIAN",
                "Théo Technicien",
                "Technicien·ne",
                "Atelier solidaire de Bobigny"),
            new Sample(
                "travailleur.social",
                "SOCIAL_WORKER",
                "Sarah Travailleuse sociale",
                "Travailleur·se social·e",
                "CCAS de Montreuil"),
            new Sample(
                "mediateur",
                "SUPPORT",
                "Malik Médiateur numérique",
                "Médiateur·rice numérique",
                "EPN de Saint-Denis"),
            new Sample(
                "partenaire", "PARTNER", "Paula Partenaire", "Partenaire", "Emmaüs Connect"));
    for (Sample sample : samples) {
      browser.startFresh();
      browser.signIn(sample.username(), DEMO_PASSWORD);
      waitForHome(sample.role());

      assertThat(browser.text(By.id("greeting"))).isEqualTo("Bonjour, " + sample.name());
      assertThat(browser.text(By.id("role-label"))).isEqualTo(sample.roleLabel());
      assertThat(browser.text(By.id("structure-name"))).isEqualTo(sample.structure());
      assertThat(browser.text(By.id("role-description"))).hasSizeGreaterThan(60);
      List<String> navigation = browser.texts(By.cssSelector("#main-nav a"));
      if (sample.role().equals("COORDINATOR")) {
        assertThat(navigation)
            .containsExactly(
                "Accueil",
                "Tableau de bord",
                "Conventions",
                "Atelier",
                "Dons",
                "Foyers",
                "Demandes",
                "À examiner",
                "Attribution",
                "Calendrier des remises",
                "Offres internet",
                "Lignes à surveiller",
                "Remises du jour",
                "Appels de suivi",
                "Ateliers d’accompagnement",
                "Chèques pass numérique",
                "Lieux d’accompagnement",
                "Règles d’éligibilité",
                "Impact environnemental",
                "Mon compte",
                "Structures");
      } else if (sample.role().equals("SOCIAL_WORKER")) {
        assertThat(navigation)
            .containsExactly(
                "Accueil",
                "Foyers",
                "Mes demandes",
                "Lieux d’accompagnement",
                "Règles d’éligibilité",
                "Mon compte");
      } else if (sample.role().equals("TECHNICIAN")) {
        assertThat(navigation).containsExactly("Accueil", "Atelier", "Dons", "Mon compte");
      } else if (sample.role().equals("SUPPORT")) {
        assertThat(navigation)
            .containsExactly(
                "Accueil",
                "Lignes à surveiller",
                "Remises du jour",
                "Ma journée",
                "Ateliers",
                "Chèques pass numérique",
                "Lieux d’accompagnement",
                "Mon compte");
      } else {
        assertThat(navigation)
            .containsExactly("Accueil", "Mes conventions", "Impact environnemental", "Mon compte");
      }
      assertThat(driver.findElement(By.cssSelector("#main-nav a[aria-current='page']")).getText())
          .isEqualTo("Accueil");
      browser.screenshot("home-" + sample.role().toLowerCase());

      // A page the role may not open sends it back to its own home.
      browser.open("admin/users.html");
      waitForHome(sample.role());

      browser.signOut();
      // Signed out, a signed-in page sends back to the sign-in form.
      browser.open("home.html");
      browser.waitReady();
      browser.waitFor(By.id("password-form"));
      assertThat(driver.getCurrentUrl()).endsWith("/index.html");
    }
  }

  @Test
  void theCoordinatorReadsStructuresButCannotChangeThem() {
    browser.startFresh();
    browser.signIn("coordination", DEMO_PASSWORD);
    waitForHome("COORDINATOR");
    browser.follow("Structures");
    browser.waitFor(By.cssSelector("#structures-table tr[data-structure='CCAS de Montreuil']"));
    assertThat(driver.findElement(By.id("readonly-note")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.id("create-section")).isDisplayed()).isFalse();
    assertThat(driver.findElements(By.cssSelector("#structures-table button"))).isEmpty();
    assertThat(
            browser.text(
                By.cssSelector("#structures-table tr[data-structure='CCAS de Montreuil']")))
        .contains("CCAS (centre communal d’action sociale)", "Montreuil", "Active")
        .as("the commune by its name, not its code")
        .doesNotContain("93048");
    browser.screenshot("structures-coordinator");
    browser.signOut();
  }

  @Test
  void theAdministratorCreatesAUserOnTheUsersPageAndThatUserSignsIn() {
    browser.startFresh();
    signInAsAdministrator();
    assertThat(browser.texts(By.cssSelector("#main-nav a")))
        .containsExactly(
            "Accueil",
            "Mon compte",
            "Utilisateurs",
            "Structures",
            "Jetons d’API",
            "Journal d’audit");
    assertThat(browser.text(By.id("greeting"))).isEqualTo("Bonjour, Administrateur");
    assertThat(browser.text(By.id("role-label"))).isEqualTo("Administrateur");
    browser.screenshot("home-admin");

    browser.follow("Utilisateurs");
    browser.waitFor(By.cssSelector("#users-table tr[data-user='admin']"));
    String username = Accounts.unique("ui.");
    WebElement create = driver.findElement(By.id("create-form"));

    // A username the API refuses: its message is shown at the field and tied to it.
    browser.type(By.id("new-username"), "Not Valid");
    browser.type(By.id("new-displayName"), "Nina Nouvelle");
    new Select(driver.findElement(By.id("new-role"))).selectByValue("SOCIAL_WORKER");
    new Select(driver.findElement(By.id("new-structure"))).selectByVisibleText("CCAS de Montreuil");
    browser.type(By.id("new-password"), "Une phrase assez longue 2026");
    create.findElement(By.cssSelector("button[type=submit]")).click();
    WebElement error = browser.waitFor(By.id("new-username-error"));
    assertThat(error.getText()).contains("lettres minuscules");
    WebElement usernameInput = driver.findElement(By.id("new-username"));
    assertThat(usernameInput.getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(usernameInput.getDomAttribute("aria-describedby")).contains("new-username-error");
    assertThat(browser.text(By.id("status"))).contains("Données invalides");
    assertThat(driver.switchTo().activeElement()).isEqualTo(usernameInput);

    browser.type(By.id("new-username"), username);
    create.findElement(By.cssSelector("button[type=submit]")).click();
    browser.waitForText(By.id("status"), "Compte « " + username + " » créé.");
    assertThat(driver.findElements(By.id("new-username-error"))).isEmpty();
    browser.type(By.id("filter-q"), username);
    driver.findElement(By.cssSelector("#filter-form button[type=submit]")).click();
    browser.waitForText(By.id("status"), "1 compte trouvé.");
    WebElement row =
        browser.waitFor(By.cssSelector("#users-table tr[data-user='" + username + "']"));
    assertThat(row.getText())
        .contains("Nina Nouvelle", "Travailleur·se social·e", "CCAS de Montreuil", "Actif");
    assertThat(driver.getCurrentUrl()).contains("q=" + username);

    // Edit: the change shows in the list and, later, on the user's own home.
    row.findElement(By.tagName("button")).click();
    browser.waitForText(By.id("edit-title"), username);
    assertThat(driver.findElement(By.id("edit-displayName")).getDomProperty("value"))
        .isEqualTo("Nina Nouvelle");
    browser.type(By.id("edit-displayName"), "Nina Nouvelle-Martin");
    driver.findElement(By.cssSelector("#edit-form button[type=submit]")).click();
    browser.waitForText(By.id("status"), "Compte « " + username + " » enregistré.");
    browser.waitForText(
        By.cssSelector("#users-table tr[data-user='" + username + "']"), "Nina Nouvelle-Martin");
    browser.screenshot("users-admin");

    browser.signOut();
    browser.signIn(username, "Une phrase assez longue 2026");
    waitForHome("SOCIAL_WORKER");
    assertThat(browser.text(By.id("greeting"))).isEqualTo("Bonjour, Nina Nouvelle-Martin");
    assertThat(browser.text(By.id("structure-name"))).isEqualTo("CCAS de Montreuil");
    browser.signOut();
  }

  @Test
  void theAdministratorManagesStructuresAndApiTokensAndFindsThemInTheAuditLog() {
    browser.startFresh();
    signInAsAdministrator();

    // Structures: create (after a refused INSEE code), edit, deactivate.
    browser.follow("Structures");
    browser.waitFor(By.id("create-form"));
    String name = Accounts.unique("Maison de quartier ");
    browser.type(By.id("new-name"), name);
    new Select(driver.findElement(By.id("new-kind"))).selectByValue("ASSOCIATION");
    browser.type(By.id("new-inseeCode"), "9304");
    driver.findElement(By.cssSelector("#create-form button[type=submit]")).click();
    assertThat(browser.waitFor(By.id("new-inseeCode-error")).getText()).contains("Code INSEE");
    assertThat(driver.findElement(By.id("new-inseeCode")).getDomAttribute("aria-describedby"))
        .isEqualTo("new-inseeCode-hint new-inseeCode-error");
    browser.type(By.id("new-inseeCode"), "93048");
    driver.findElement(By.cssSelector("#create-form button[type=submit]")).click();
    browser.waitForText(By.id("status"), "Structure « " + name + " » créée.");
    browser.type(By.id("filter-q"), name);
    driver.findElement(By.cssSelector("#filter-form button[type=submit]")).click();
    browser.waitForText(By.id("status"), "1 structure trouvée.");
    By row = By.cssSelector("#structures-table tr[data-structure='" + name + "']");
    browser.waitFor(row).findElement(By.tagName("button")).click();
    browser.waitForText(By.id("edit-title"), name);
    assertThat(driver.findElement(By.id("edit-inseeCode")).getDomProperty("value"))
        .as("the commune shown by its name, its code kept")
        .isEqualTo("Montreuil");
    assertThat(browser.text(By.id("edit-inseeCode-chosen"))).contains("93048");
    browser.type(By.id("edit-contactEmail"), "contact@quartier.example");
    driver.findElement(By.cssSelector("#edit-form button[type=submit]")).click();
    browser.waitForText(By.id("status"), "enregistrée");
    browser.waitForText(row, "contact@quartier.example");
    driver.findElement(By.id("activation-button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.alertIsPresent())
        .accept();
    browser.waitForText(row, "Désactivée");
    assertThat(browser.text(By.id("activation-button"))).isEqualTo("Réactiver la structure");
    browser.screenshot("structures-admin");

    // API tokens: issued for the partner, shown once, usable, then revoked.
    browser.follow("Jetons d’API");
    browser.waitFor(By.id("create-form"));
    String tokenName = Accounts.unique("Export mensuel ");
    new Select(driver.findElement(By.id("new-user")))
        .selectByVisibleText("Paula Partenaire (partenaire)");
    browser.type(By.id("new-name"), tokenName);
    browser.type(By.id("new-validDays"), "30");
    driver.findElement(By.cssSelector("#create-form button[type=submit]")).click();
    String token = browser.waitFor(By.id("issued-token")).getDomProperty("value");
    assertThat(token).startsWith("pnk_");
    Api partner = new Api(base).bearer(token);
    assertThat(partner.get("api/me").json().getString("username")).isEqualTo("partenaire");
    browser.screenshot("tokens-admin");
    driver.findElement(By.id("dismiss-token")).click();
    assertThat(driver.findElement(By.id("issued-token")).getDomProperty("value")).isEmpty();
    By tokenRow =
        By.xpath("//table[@id='tokens-table']//tr[td[1][normalize-space()='" + tokenName + "']]");
    browser.waitFor(tokenRow).findElement(By.tagName("button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.alertIsPresent())
        .accept();
    browser.waitForText(tokenRow, "Révoqué");
    assertThat(partner.get("api/me").status()).isEqualTo(401);

    // The audit log has it, newest first.
    browser.follow("Journal d’audit");
    new Select(driver.findElement(By.id("filter-action"))).selectByValue("TOKEN_REVOKE");
    driver.findElement(By.cssSelector("#filter-form button[type=submit]")).click();
    browser.waitForText(By.id("status"), "trouvé");
    browser.waitForText(
        By.cssSelector("#audit-table tbody tr:first-child"), "Révocation d’un jeton d’API");
    assertThat(browser.text(By.cssSelector("#audit-table tbody tr:first-child")))
        .contains("admin", "Compte n° ");
    assertThat(driver.getCurrentUrl()).contains("action=TOKEN_REVOKE");
    browser.screenshot("audit-admin");

    // The event links to the account it concerns.
    driver.findElement(By.cssSelector("#audit-table tbody tr:first-child a")).click();
    browser.waitReady();
    browser.waitForText(By.id("edit-title"), "partenaire");
    assertThat(driver.getCurrentUrl()).contains("/admin/users.html").contains("edit=");
    browser.signOut();
  }

  @Test
  void theEnglishSwitchRelabelsThePageAndTheApiAnswersInEnglish() {
    browser.startFresh();
    browser.open("index.html");
    browser.waitFor(By.id("password-form"));
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Connexion à PackNum");
    assertThat(browser.htmlLang()).isEqualTo("fr");

    driver.findElement(By.cssSelector("[data-lang-switch]")).click();
    browser.waitForText(By.tagName("h1"), "Sign in to PackNum");
    assertThat(browser.htmlLang()).isEqualTo("en");
    assertThat(browser.text(By.cssSelector("label[for=username]"))).isEqualTo("Username");
    assertThat(browser.text(By.cssSelector("#password-form button[type=submit]")))
        .isEqualTo("Sign in");
    assertThat(driver.getTitle()).isEqualTo("Sign in — PackNum");
    assertThat(browser.text(By.cssSelector("[data-lang-switch]"))).isEqualTo("Français");

    // The API's refusal comes back in English too (Accept-Language: en).
    browser.signIn(Accounts.unique("nobody."), "Wrong-password-123");
    browser.waitForText(By.id("status"), "Sign-in refused");
    assertThat(browser.text(By.id("status"))).contains("Wrong username or password");
    browser.screenshot("signin-refused-en");

    // The choice is remembered, and the signed-in pages follow it.
    browser.signIn("mediateur", DEMO_PASSWORD);
    waitForHome("SUPPORT");
    assertThat(browser.htmlLang()).isEqualTo("en");
    assertThat(browser.text(By.id("greeting"))).isEqualTo("Hello, Malik Médiateur numérique");
    assertThat(browser.text(By.id("role-label"))).isEqualTo("Digital mediator");
    assertThat(browser.texts(By.cssSelector("#main-nav a")))
        .containsExactly(
            "Home",
            "Lines to watch",
            "Today’s hand-overs",
            "My day",
            "Workshops",
            "Pass numérique vouchers",
            "Support places",
            "My account");
    browser.screenshot("home-support-en");

    driver.findElement(By.cssSelector("[data-lang-switch]")).click();
    browser.waitForText(By.id("greeting"), "Bonjour, Malik Médiateur numérique");
    assertThat(browser.htmlLang()).isEqualTo("fr");
    assertThat(browser.text(By.id("role-label"))).isEqualTo("Médiateur·rice numérique");
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
    browser.signOut();
  }

  @Test
  void aUserTurnsOnTwoFactorAuthenticationOnTheAccountPageAndThenSignsInWithACode() {
    Accounts.NewUser user = Accounts.user(Accounts.admin(base), "SUPPORT");
    browser.startFresh();
    browser.signIn(user.username(), Accounts.PASSWORD);
    waitForHome("SUPPORT");
    browser.follow("Mon compte");
    browser.waitForText(By.id("profile-username"), user.username());

    // A wrong current password is reported at that field.
    browser.type(By.id("currentPassword"), "not-the-password");
    browser.type(By.id("newPassword"), "Another long passphrase 77");
    browser.type(By.id("newPasswordConfirmation"), "Another long passphrase 77");
    driver.findElement(By.cssSelector("#password-form button[type=submit]")).click();
    assertThat(browser.waitFor(By.id("currentPassword-error")).getText())
        .isEqualTo("Mot de passe actuel incorrect.");
    assertThat(driver.findElement(By.id("currentPassword")).getDomAttribute("aria-invalid"))
        .isEqualTo("true");

    assertThat(browser.text(By.id("totp-state"))).contains("n’est pas activée");
    driver.findElement(By.cssSelector("#totp-offer-form button")).click();
    String secret = browser.waitFor(By.id("totp-secret")).getText().replace(" ", "");
    assertThat(secret).matches("[A-Z2-7]{16,}");
    assertThat(driver.findElement(By.id("totp-link")).getDomAttribute("href"))
        .startsWith("otpauth://totp/");
    browser.screenshot("account-totp-enrolment");
    browser.type(By.id("confirm-code"), Totp.code(secret, Totp.step(Instant.now())));
    driver.findElement(By.cssSelector("#totp-confirm-form button[type=submit]")).click();
    browser.waitForText(By.id("status"), "Double authentification activée");
    assertThat(browser.text(By.id("totp-state"))).contains("est activée");
    assertThat(driver.findElement(By.id("totp-disable-form")).isDisplayed()).isTrue();

    browser.signOut();
    browser.signIn(user.username(), Accounts.PASSWORD);
    browser.waitFor(By.id("code"));
    // The code that confirmed the enrolment is spent: sign in with the next one.
    Accounts.waitForNextTotpStep();
    browser.type(By.id("code"), Totp.code(secret, Totp.step(Instant.now())));
    driver.findElement(By.cssSelector("#code-form button[type=submit]")).click();
    waitForHome("SUPPORT");
    browser.signOut();
  }

  @Test
  void anAdministratorWithoutASecondFactorEnrolsOneWhileSigningIn() {
    Accounts.NewUser administrator = Accounts.user(Accounts.admin(base), "ADMIN");
    browser.startFresh();
    browser.signIn(administrator.username(), Accounts.PASSWORD);
    String secret = browser.waitFor(By.id("enrol-secret")).getText().replace(" ", "");
    assertThat(secret).matches("[A-Z2-7]{16,}");
    assertThat(driver.findElement(By.id("enrol-link")).getDomAttribute("href"))
        .startsWith("otpauth://totp/")
        .contains("secret=" + secret);
    assertThat(browser.text(By.id("status"))).contains("Enregistrez la clé secrète");
    assertThat(driver.findElement(By.id("enrol-qr")).getDomAttribute("src"))
        .startsWith("data:image/svg+xml;base64,");
    browser.screenshot("signin-enrolment");

    // A wrong code is refused at the field, and the right one signs in.
    browser.type(
        By.id("code"),
        "000000".equals(Totp.code(secret, Totp.step(Instant.now()))) ? "111111" : "000000");
    driver.findElement(By.cssSelector("#code-form button[type=submit]")).click();
    assertThat(browser.waitFor(By.id("code-error")).getText())
        .contains("Code faux, expiré ou déjà utilisé");
    assertThat(driver.findElement(By.id("code")).getDomAttribute("aria-describedby"))
        .isEqualTo("code-hint code-error");
    browser.type(By.id("code"), Totp.code(secret, Totp.step(Instant.now())));
    driver.findElement(By.cssSelector("#code-form button[type=submit]")).click();
    waitForHome("ADMIN");
    browser.signOut();
  }

  /** Every page of forms/, with whom to sign in to open it (null: signed out) and its shell. */
  private record Page(String path, String signedInAs, boolean scanBox) {}

  private static final List<Page> PAGES =
      List.of(
          new Page("index.html", null, false),
          new Page("verify.html", null, false),
          new Page("home.html", "coordination", false),
          new Page("account.html", "coordination", false),
          new Page("workshop/board.html", "coordination", true),
          new Page("workshop/donations.html", "coordination", true),
          new Page("workshop/donation.html", "coordination", true),
          new Page("workshop/device.html", "coordination", true),
          new Page("households/households.html", "coordination", false),
          new Page("households/household.html", "coordination", false),
          new Page("households/requests.html", "coordination", false),
          new Page("households/request.html", "coordination", false),
          new Page("coordination/queue.html", "coordination", false),
          new Page("coordination/rules.html", "coordination", false),
          new Page("coordination/matching.html", "coordination", false),
          new Page("coordination/handovers.html", "coordination", false),
          new Page("coordination/offers.html", "coordination", false),
          new Page("connectivity/lines.html", "coordination", false),
          new Page("handovers/today.html", "coordination", false),
          new Page("handovers/handover.html", "coordination", false),
          new Page("support/places.html", "coordination", false),
          new Page("support/day.html", "coordination", false),
          new Page("support/sessions.html", "coordination", false),
          new Page("support/session.html", "coordination", false),
          new Page("support/vouchers.html", "coordination", false),
          new Page("reporting/impact.html", "coordination", false),
          new Page("reporting/dashboard.html", "coordination", false),
          new Page("reporting/partner.html", "coordination", false),
          new Page("admin/structures.html", "coordination", false),
          new Page("admin/users.html", Accounts.ADMIN, false),
          new Page("admin/tokens.html", Accounts.ADMIN, false),
          new Page("admin/audit.html", Accounts.ADMIN, false));

  @Test
  void everyPageRendersTheShellAndItsLanguageSwitchWorksWithTheKeyboardAlone() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("forms"))) {
      assertThat(
              files
                  .filter(path -> path.toString().endsWith(".html"))
                  .map(path -> Path.of("forms").relativize(path).toString().replace('\\', '/')))
          .as("the pages this test walks through are all the pages of forms/")
          .containsExactlyInAnyOrderElementsOf(PAGES.stream().map(Page::path).toList());
    }
    String signedInAs = null;
    browser.startFresh();
    for (Page page : PAGES) {
      if (!java.util.Objects.equals(page.signedInAs(), signedInAs)) {
        browser.startFresh();
        if (Accounts.ADMIN.equals(page.signedInAs())) {
          signInAsAdministrator();
        } else {
          browser.signIn(page.signedInAs(), DEMO_PASSWORD);
          waitForHome("COORDINATOR");
        }
        signedInAs = page.signedInAs();
      }
      browser.open(page.path());
      browser.waitReady();
      assertShellWorksWithTheKeyboard(page);
    }
    browser.signOut();
  }

  /**
   * From the top of the page, Tab by Tab: the skip link first, then the brand, the main
   * navigation's links and the language switch, which Enter turns to English and back; Enter on the
   * skip link leads to the main content. The landmarks are there, the navigation named.
   */
  private void assertShellWorksWithTheKeyboard(Page page) {
    String where = page.path();
    assertThat(driver.findElements(By.cssSelector("header.site-header"))).as(where).hasSize(1);
    assertThat(driver.findElements(By.cssSelector("main#main"))).as(where).hasSize(1);
    assertThat(driver.findElements(By.id("scan-form")).size())
        .as(where + ": scan box")
        .isEqualTo(page.scanBox() ? 1 : 0);
    assertThat(driver.findElements(By.id("main-nav")).size())
        .as(where + ": navigation")
        .isEqualTo(page.signedInAs() == null ? 0 : 1);

    // The page may have put the focus in a form: Tab starts again from the top, as after a reload.
    ((JavascriptExecutor) driver)
        .executeScript(
            "document.body.tabIndex = -1; document.body.focus();"
                + " document.body.removeAttribute('tabindex'); window.scrollTo(0, 0);");
    WebElement skip = tab();
    assertThat(skip.getDomAttribute("class")).as(where + ": first Tab").isEqualTo("skip-link");
    assertThat(skip.getDomProperty("textContent")).isEqualTo("Aller au contenu principal");
    assertThat(tab().getDomAttribute("class")).as(where + ": second Tab").isEqualTo("brand");
    if (page.signedInAs() != null) {
      WebElement nav = driver.findElement(By.id("main-nav"));
      assertThat(nav.getDomAttribute("aria-label")).isEqualTo("Navigation principale");
      List<WebElement> links = nav.findElements(By.tagName("a"));
      assertThat(links).as(where + ": navigation links").isNotEmpty();
      for (WebElement link : links) {
        assertThat(tab()).as(where + ": Tab to " + link.getText()).isEqualTo(link);
      }
    }
    WebElement languageSwitch = tab();
    assertThat(languageSwitch.getDomAttribute("data-lang-switch"))
        .as(where + ": Tab to the language switch")
        .isNotNull();
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    waitForLanguage("en", skip, "Skip to main content");
    if (page.signedInAs() != null) {
      assertThat(driver.findElement(By.id("main-nav")).getDomAttribute("aria-label"))
          .isEqualTo("Main navigation");
    }
    if (page.scanBox()) {
      assertThat(browser.text(By.cssSelector("label[for=scan-tag]")))
          .isEqualTo("Scan or type a tag");
    }
    assertThat(driver.switchTo().activeElement())
        .as(where + ": the switch keeps the focus")
        .isEqualTo(languageSwitch);
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    waitForLanguage("fr", skip, "Aller au contenu principal");

    skip.sendKeys(Keys.ENTER);
    assertThat(driver.switchTo().activeElement().getDomAttribute("id"))
        .as(where + ": the skip link leads to the main content")
        .isEqualTo("main");
  }

  private WebElement tab() {
    new Actions(driver).sendKeys(Keys.TAB).perform();
    return driver.switchTo().activeElement();
  }

  private void waitForLanguage(String lang, WebElement skip, String skipText) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .withMessage(() -> "page in " + lang + ": " + driver.getCurrentUrl())
        .until(d -> lang.equals(browser.htmlLang()));
    assertThat(skip.getDomProperty("textContent")).isEqualTo(skipText);
  }

  // ---- helpers -------------------------------------------------------------------------------

  /**
   * The administrator has TOTP; a code is accepted once, so a refused one is retried with the next.
   */
  private void signInAsAdministrator() {
    browser.signIn(Accounts.ADMIN, Accounts.adminPassword());
    browser.waitFor(By.id("code"));
    for (int attempt = 0; ; attempt++) {
      browser.type(By.id("code"), Totp.code(Accounts.adminTotpSecret(), Totp.step(Instant.now())));
      driver.findElement(By.cssSelector("#code-form button[type=submit]")).click();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
      wait.until(
          ExpectedConditions.or(
              ExpectedConditions.presenceOfElementLocated(By.cssSelector("main[data-role]")),
              ExpectedConditions.presenceOfElementLocated(By.id("code-error"))));
      if (!driver.findElements(By.cssSelector("main[data-role]")).isEmpty() || attempt == 2) {
        break;
      }
      Accounts.waitForNextTotpStep();
    }
    waitForHome("ADMIN");
  }

  private WebElement waitForHome(String role) {
    WebElement main = browser.waitFor(By.cssSelector("main[data-role='" + role + "']"));
    browser.waitReady();
    return main;
  }
}
