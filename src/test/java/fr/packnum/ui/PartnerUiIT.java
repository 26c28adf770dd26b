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
import java.io.ByteArrayInputStream;
import java.net.URL;
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
 * figures with a chart drawn by ECharts and the table that says the same, starts a statement with
 * the keyboard, follows its progress, reloads the page and downloads the file, which opens as a
 * workbook; a coordinator's dashboard draws its charts. No script error, no policy violation.
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
    coordinator
        .post(
            "api/conventions",
            "{\"partnerStructureId\":"
                + partner.structureId()
                + ",\"name\":\""
                + name
                + "\",\"startsOn\":\""
                + today.withDayOfYear(1)
                + "\",\"endsOn\":\""
                + today.withDayOfYear(1).plusYears(1).minusDays(1)
                + "\",\"structureIds\":["
                + ccas
                + "],\"vatMode\":\"EXEMPT\",\"unitPricesCents\":{\"PACK_DELIVERED\":15000},"
                + "\"budgetCapCents\":100000}")
        .expect(201);

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
    browser.waitFor(By.cssSelector("#months-chart canvas"));
    assertThat(driver.findElement(By.id("months-chart")).getDomAttribute("aria-hidden"))
        .isEqualTo("true");
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
    Api.Binary file =
        partner
            .signIn(base)
            .binary(
                "GET",
                "api/statements/jobs/" + row.getDomAttribute("data-job") + "/file",
                null,
                null);
    assertThat(file.status()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      assertThat(workbook.getSheet("Packs").getLastRowNum()).isEqualTo(1);
    }
    browser.signOut();

    // The coordination's dashboard draws its four charts.
    Accounts.NewUser coordination = Accounts.user(admin, "COORDINATOR");
    browser.startFresh();
    browser.signIn(coordination.username(), Accounts.PASSWORD);
    browser.waitFor(By.cssSelector("main[data-role='COORDINATOR']"));
    browser.follow("Tableau de bord");
    assertThat(driver.getTitle()).isEqualTo("Tableau de bord — PackNum");
    for (String chart : new String[] {"stock", "packs", "handovers", "followups"}) {
      browser.waitFor(By.cssSelector("#" + chart + "-chart canvas"));
    }
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
    browser.signOut();
  }
}
