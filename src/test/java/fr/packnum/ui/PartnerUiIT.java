package fr.packnum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Browser;
import fr.packnum.testing.Conventions;
import fr.packnum.testing.Days;
import fr.packnum.testing.Packs;
import fr.packnum.testing.Referrals;
import fr.packnum.testing.Server;
import fr.packnum.testing.Workshop;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dashboards in headless Chromium: a partner signs in with its password, sees its convention's
 * figures with charts drawn by ECharts (per month, per département) and the tables that say the
 * same, starts a statement with the keyboard, follows its progress, reloads the page and downloads
 * the file through its link, which arrives in the browser's downloads and opens as a workbook;
 * another partner reaches none of it; a coordinator's dashboard draws its charts, for the period
 * chosen. No script error, no policy violation.
 */
@Tag("browser")
class PartnerUiIT {

  @RegisterExtension static final Browser browser = new Browser();

  private ChromeDriver driver;

  final URL base = Server.base();
  final LocalDate today = Days.today();

  @BeforeEach
  void atTheServerUnderTest() {
    driver = browser.at(base).driver();
  }

  @Test
  void aPartnerSeesItsConventionsChartStartsAStatementAndDownloadsItAfterAReload()
      throws Exception {
    Api admin = Accounts.admin(base);
    long ccas = Accounts.structure(admin, "CCAS");
    Api socialWorker = Accounts.user(admin, "SOCIAL_WORKER", ccas).signIn(base);
    Api coordinator = Accounts.user(admin, "COORDINATOR").signIn(base);
    Api technician = Accounts.user(admin, "TECHNICIAN").signIn(base);
    Accounts.NewUser mediator = Accounts.user(admin, "SUPPORT");
    Accounts.NewUser partner = Accounts.user(admin, "PARTNER");
    JsonObject request =
        Referrals.eligibleRequest(
            socialWorker,
            coordinator,
            "\"preferredDevice\":\"ANY\",\"features\":[],\"urgency\":\"NORMAL\","
                + "\"needsInternet\":true");
    JsonObject reservation = Packs.reserve(coordinator, request, Workshop.readyLaptop(technician));
    Packs.handOver(mediator.signIn(base), Packs.book(coordinator, reservation, mediator));
    String name = Accounts.unique("Convention UI ");
    long convention = Conventions.thisYear(coordinator, partner.structureId(), name, ccas);

    browser.startFresh();
    browser.signIn(partner.username(), Accounts.PASSWORD);
    browser.waitFor(By.cssSelector("main[data-role='PARTNER']"));
    assertThat(browser.texts(By.cssSelector("#main-nav a")))
        .containsExactly("Accueil", "Mes conventions", "Impact environnemental", "Mon compte");
    browser.follow("Mes conventions");
    assertThat(driver.getTitle()).isEqualTo("Mes conventions — PackNum");

    // Its figures: a chart drawn by ECharts, hidden from screen readers, and the same in a table.
    browser.waitForText(By.id("figure-packs"), "1");
    assertThat(browser.text(By.id("convention"))).contains(name);
    assertChartWithTable("months", "Packs remis par mois depuis le début de la convention");
    assertChartWithTable("territories", "Packs remis par département du foyer");
    assertThat(
            browser.text(
                By.cssSelector("#territories-table tr[data-territory='Seine-Saint-Denis']")))
        .startsWith("Seine-Saint-Denis")
        .endsWith("1");
    String month = YearMonth.from(today).toString();
    assertThat(browser.text(By.cssSelector("#months-table tr[data-month='" + month + "']")))
        .endsWith("1");
    // Intl writes thousands with a narrow no-break space: compared without spaces
    assertThat(browser.text(By.id("budget-text")).replaceAll("[\\s\u00a0\u202f]", ""))
        .contains("150,00€surunplafondde1000,00€:15%consommé");
    assertThat(browser.text(By.cssSelector("#lines-table tr[data-item='PACK_DELIVERED']")))
        .contains("Packs remis", "150,00");
    assertThat(browser.text(By.tagName("main")))
        .doesNotContain(request.getString("householdReference"));
    browser.fullScreenshot("partner-dashboard");

    // A statement of the year so far, as a workbook, started with the keyboard.
    driver
        .findElement(By.cssSelector("#statement-form button[type='submit']"))
        .sendKeys(Keys.ENTER);
    browser.waitForText(By.id("status"), "Relevé demandé");
    WebElement progress = browser.waitFor(By.id("job-progress"));
    assertThat(progress.getDomAttribute("aria-live")).isEqualTo("polite");
    browser.waitFor(By.cssSelector("#job-text[data-status='DONE']"));
    assertThat(browser.text(By.id("job-text"))).startsWith("Relevé prêt");
    assertThat(driver.findElement(By.id("job-bar")).getDomProperty("value")).isEqualTo("1");
    browser.assertNoScriptErrorsNorPolicyViolations();

    // After a reload, the export is listed with its file.
    driver.navigate().refresh();
    browser.waitReady();
    WebElement row = browser.waitFor(By.cssSelector("#jobs-table tr[data-status='DONE']"));
    assertThat(row.getText()).contains("XLSX", "Prêt");
    WebElement link = row.findElement(By.cssSelector("a.job-file"));
    assertThat(browser.fetch(link.getDomProperty("href")))
        .startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet PK");
    // The link downloads it: the file arrives whole in the browser's downloads, named as the
    // list says, and opens as a workbook with the one pack.
    String fileName = link.getDomAttribute("download");
    assertThat(fileName).endsWith(".xlsx");
    assertThat(link.getText()).contains(fileName);
    link.sendKeys(Keys.ENTER);
    Path downloaded = browser.downloads().resolve(fileName);
    browser.until(
        d -> Files.isRegularFile(downloaded) && !Files.exists(Path.of(downloaded + ".crdownload")));
    byte[] file = Files.readAllBytes(downloaded);
    assertThat(new String(file, 0, 2, StandardCharsets.US_ASCII)).as("a zip").isEqualTo("PK");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      assertThat(workbook.getSheet("Packs").getLastRowNum()).isEqualTo(1);
    }
    browser.signOut();

    // Another partner, whose own convention has no pack yet, reaches neither the figures of this
    // one through the API nor its page: the address naming it shows its own convention.
    Accounts.NewUser other = Accounts.user(admin, "PARTNER");
    String otherName = Accounts.unique("Convention B ");
    Conventions.thisYear(
        coordinator, other.structureId(), otherName, Accounts.structure(admin, "CCAS"));
    browser.startFresh();
    browser.signIn(other.username(), Accounts.PASSWORD);
    browser.waitFor(By.cssSelector("main[data-role='PARTNER']"));
    browser.open("reporting/partner.html?conventionId=" + convention);
    browser.waitReady();
    assertThat(browser.fetch("../api/dashboards/partner?conventionId=" + convention))
        .startsWith("404 application/problem+json");
    browser.waitForText(By.id("figure-packs"), "0");
    assertThat(browser.text(By.cssSelector("#convention option:checked"))).contains(otherName);
    assertThat(browser.text(By.tagName("main"))).doesNotContain(name);
    assertThat(driver.findElements(By.cssSelector("#territories-table tr[data-territory]")))
        .isEmpty();
    assertThat(driver.getCurrentUrl())
        .doesNotContainPattern("conventionId=" + convention + "(\\D|$)");
    browser.signOut();

    // The coordination's dashboard draws its four charts.
    Accounts.NewUser coordination = Accounts.user(admin, "COORDINATOR");
    browser.startFresh();
    browser.signIn(coordination.username(), Accounts.PASSWORD);
    browser.waitFor(By.cssSelector("main[data-role='COORDINATOR']"));
    browser.follow("Tableau de bord");
    assertThat(driver.getTitle()).isEqualTo("Tableau de bord — PackNum");
    assertChartWithTable("stock", "Appareils en stock par statut et par ancienneté dans ce statut");
    assertChartWithTable("packs", "Packs remis par mois");
    assertChartWithTable("handovers", "Remises prévues par jour, sur les 14 prochains jours");
    assertChartWithTable("followups", "Suivis des foyers équipés du");
    assertThat(driver.findElements(By.cssSelector("#stock-table tbody tr"))).hasSize(6);
    assertThat(driver.findElements(By.cssSelector("#packs-table tbody tr"))).hasSize(12);
    assertThat(browser.text(By.cssSelector("#packs-table tr[data-month='" + month + "']")))
        .doesNotEndWith(" 0");
    assertThat(browser.text(By.id("queue-eligible"))).isNotEmpty();
    browser.assertNoScriptErrorsNorPolicyViolations();
    browser.fullScreenshot("coordination-dashboard");

    // In English too.
    driver.findElement(By.cssSelector("[data-lang-switch]")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("stock-caption"), "Devices in stock by status");
    assertChartWithTable("stock", "Devices in stock by status");
    assertThat(browser.texts(By.cssSelector("#stock-table thead th")))
        .containsExactly("Status", "Under 30 days", "30 to 90 days", "Over 90 days", "Total");
    browser.signOut();
  }

  @Test
  void aCoordinatorChoosesTheDashboardsPeriodWithTheKeyboardAndAReloadKeepsIt() {
    Api admin = Accounts.admin(base);
    Accounts.NewUser coordination = Accounts.user(admin, "COORDINATOR");
    browser.startFresh();
    browser.signIn(coordination.username(), Accounts.PASSWORD);
    browser.waitFor(By.cssSelector("main[data-role='COORDINATOR']"));
    browser.follow("Tableau de bord");
    browser.waitFor(By.cssSelector("#packs-chart canvas"));
    String thisMonth = YearMonth.from(today).toString();
    assertThat(driver.findElements(By.cssSelector("#packs-table tbody tr")))
        .as("the last 12 months by default")
        .hasSize(12);
    assertThat(driver.findElement(By.id("period-from")).getDomProperty("value"))
        .isEqualTo(YearMonth.from(today).minusMonths(11).atDay(1).toString());
    assertThat(driver.findElement(By.id("period-to")).getDomProperty("value"))
        .isEqualTo(today.toString());
    assertThat(browser.text(By.cssSelector("label[for='period-from']"))).isEqualTo("Du");
    assertThat(browser.text(By.cssSelector("label[for='period-to']"))).isEqualTo("Au");

    // The three months before this one: chosen as with a date picker, applied with Enter.
    LocalDate from = YearMonth.from(today).minusMonths(3).atDay(1);
    LocalDate to = YearMonth.from(today).minusMonths(1).atEndOfMonth();
    browser.setValue(By.id("period-from"), from.toString());
    browser.setValue(By.id("period-to"), to.toString());
    WebElement apply = driver.findElement(By.cssSelector("#period-form button[type='submit']"));
    assertThat(apply.getText()).isEqualTo("Appliquer");
    apply.sendKeys(Keys.ENTER);
    browser.until(d -> d.getCurrentUrl().contains("to=" + to));
    browser.until(d -> d.findElements(By.cssSelector("#packs-table tbody tr")).size() == 3);
    assertThat(driver.getCurrentUrl()).contains("from=" + from);
    assertThat(
            driver.findElements(By.cssSelector("#packs-table tr[data-month='" + thisMonth + "']")))
        .as("this month is outside the period")
        .isEmpty();
    assertThat(browser.text(By.id("packs-caption")))
        .isEqualTo("Packs remis par mois, du " + french(from) + " au " + french(to));
    assertThat(browser.text(By.id("followups-caption"))).contains(french(from), french(to));
    assertThat(driver.findElements(By.cssSelector("#stock-table tbody tr")))
        .as("the stock is now's")
        .hasSize(6);

    // A reload keeps the period, which the address holds.
    driver.navigate().refresh();
    browser.waitReady();
    browser.waitFor(By.cssSelector("#packs-chart canvas"));
    assertThat(driver.findElement(By.id("period-from")).getDomProperty("value"))
        .isEqualTo(from.toString());
    assertThat(driver.findElement(By.id("period-to")).getDomProperty("value"))
        .isEqualTo(to.toString());
    assertThat(driver.findElements(By.cssSelector("#packs-table tbody tr"))).hasSize(3);

    // A period ending before it starts is refused at its field, before asking the server…
    browser.setValue(By.id("period-to"), from.minusDays(1).toString());
    driver.findElement(By.cssSelector("#period-form button[type='submit']")).sendKeys(Keys.ENTER);
    assertThat(browser.waitFor(By.id("period-to-error")).getText())
        .isEqualTo("La période va d’un jour à un autre, le même ou après.");
    assertThat(driver.findElement(By.id("period-to")).getDomAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("period-to");
    // …and by the server when an address holds it: the default period is shown instead.
    browser.open("reporting/dashboard.html?from=2026-03-31&to=2026-01-01");
    browser.waitReady();
    assertThat(browser.waitFor(By.id("period-to-error")).getText())
        .isEqualTo("La période se termine le jour de son début ou après.");
    assertThat(browser.text(By.id("status"))).contains("Période incorrecte");
    assertThat(driver.findElements(By.cssSelector("#packs-table tbody tr"))).hasSize(12);
    browser.assertNoScriptErrorsNorPolicyViolations();
    browser.fullScreenshot("coordination-dashboard-period");
    browser.signOut();
  }

  /** A day as the page writes it in French ("1 sept. 2026"), by the browser's Intl. */
  private String french(LocalDate day) {
    return (String)
        driver.executeScript(
            "return new Intl.DateTimeFormat('fr-FR', {dateStyle: 'medium'})"
                + ".format(new Date(arguments[0], arguments[1] - 1, arguments[2]));",
            day.getYear(),
            day.getMonthValue(),
            day.getDayOfMonth());
  }

  /**
   * What charts.js builds for a chart: the chart drawn by ECharts, hidden from screen readers, in a
   * figure whose visually hidden caption names it and says the table follows; then the table of the
   * same figures, its caption naming the focusable region around it.
   */
  private void assertChartWithTable(String id, String caption) {
    browser.waitFor(By.cssSelector("#" + id + "-chart canvas"));
    WebElement chart = driver.findElement(By.id(id + "-chart"));
    assertThat(chart.getDomAttribute("aria-hidden")).as(id).isEqualTo("true");
    String title = browser.text(By.id(id + "-caption"));
    assertThat(title).as(id).startsWith(caption);
    WebElement figcaption =
        driver.findElement(By.cssSelector("#" + id + " figure.chart-figure figcaption"));
    assertThat(figcaption.getDomAttribute("class")).isEqualTo("visually-hidden");
    assertThat(figcaption.getDomProperty("textContent"))
        .as(id + ": the figure names its chart and points to the table")
        .contains(title)
        .containsAnyOf("Le tableau qui suit", "The table that follows");
    WebElement region = driver.findElement(By.cssSelector("#" + id + " .table-wrap"));
    assertThat(region.getDomAttribute("role")).isEqualTo("region");
    assertThat(region.getDomAttribute("aria-labelledby")).isEqualTo(id + "-caption");
    assertThat(region.getDomAttribute("tabindex")).isEqualTo("0");
  }
}
