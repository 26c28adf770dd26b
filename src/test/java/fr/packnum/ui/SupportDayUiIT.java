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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The follow-up after the hand-over in headless Chromium: the support person who handed a pack over
 * opens "Ma journée" on the J+7 day, logs the call in one keystroke and is told when the M+1 call
 * falls; on that day they log the M+1 call with "Autre réponse…", booking the household into a
 * workshop of their team; the M+3 call, logged by a colleague a moment before, is reloaded with the
 * reason; on the workshop's page they mark the household present on the attendance sheet. The
 * social worker then reads on the request page that the household is in follow-up: the team, the
 * calls done, the next call, the sessions attended — and nothing of what was said.
 */
@Tag("browser")
class SupportDayUiIT {

  static final String LAPTOP =
      "\"preferredDevice\":\"LAPTOP\",\"features\":[],\"urgency\":\"NORMAL\","
          + "\"needsInternet\":true";
  static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @RegisterExtension static final Browser browser = new Browser();

  final URL base = Server.base();

  @Test
  void theSupportPersonLogsTheDaysCallsTheAttendanceAndAVoucherTheSocialWorkerSeesTheFollowUp() {
    Api admin = Accounts.admin(base);
    long ccas = Accounts.structure(admin, "CCAS");
    Accounts.NewUser worker = Accounts.user(admin, "SOCIAL_WORKER", ccas);
    Api socialWorker = worker.signIn(base);
    Api coordinator = Accounts.user(admin, "COORDINATOR").signIn(base);
    Api technician = Accounts.user(admin, "TECHNICIAN").signIn(base);
    Accounts.NewUser mediator = Accounts.user(admin, "SUPPORT");
    Api support = mediator.signIn(base);

    // A pack handed over today by the mediator: the follow-up's calls fall at J+7, M+1, M+3, M+6.
    JsonObject request = Referrals.eligibleRequest(socialWorker, coordinator, LAPTOP);
    String reference = request.getString("reference");
    JsonObject reservation = Packs.reserve(coordinator, request, Workshop.readyLaptop(technician));
    Packs.handOver(support, Packs.book(coordinator, reservation, mediator));
    LocalDate today = Days.today();
    LocalDate week = today.plusDays(7);
    LocalDate month = today.plusMonths(1);

    // A workshop of the mediator's team on the J+7 day, at a place of the directory.
    Api.Binary imported =
        SupportPlaces.importFile(coordinator, SupportPlaces.fixture(Accounts.unique("day")));
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    long place =
        coordinator
            .get("api/support-places?size=1")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String title = Accounts.unique("Premiers pas avec la messagerie ");
    long workshop =
        support
            .post(
                "api/support-sessions",
                "{\"title\":\""
                    + title
                    + "\",\"startsAt\":\""
                    + week
                    + "T14:00\",\"minutes\":90,\"capacity\":8,\"placeId\":"
                    + place
                    + "}")
            .expect(201)
            .getJsonNumber("id")
            .longValue();

    // A book of one pass numérique voucher for the team, issued to the household.
    long planId =
        support
            .get("api/support-plans?status=OPEN&size=100")
            .expect(200)
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(p -> p.getInt("requestId") == request.getInt("id"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    String serial = Accounts.unique("DAY").toUpperCase() + "-0001";
    coordinator
        .post(
            "api/voucher-books",
            "{\"funder\":\"Ville de Montreuil\",\"structureId\":"
                + mediator.structureId()
                + ",\"receivedOn\":\""
                + today
                + "\",\"expiresOn\":\""
                + today.plusYears(1)
                + "\",\"firstSerial\":\""
                + serial
                + "\",\"count\":1}")
        .expect(201);
    support.post("api/vouchers/" + serial + "/issue", "{\"planId\":" + planId + "}").expect(200);

    ChromeDriver driver = browser.at(base).driver();
    browser.startFresh();
    browser.signIn(mediator.username(), Accounts.PASSWORD);
    browser.waitFor(By.cssSelector("main[data-role='SUPPORT']"));
    browser.waitReady();
    assertThat(browser.text(By.id("home-links"))).contains("Ma journée", "Ateliers");
    browser.follow("Ma journée");
    assertThat(driver.getTitle()).isEqualTo("Ma journée — PackNum");
    assertThat(driver.findElement(By.cssSelector("#main-nav a[aria-current='page']")).getText())
        .isEqualTo("Ma journée");
    assertThat(driver.findElement(By.id("day-on")).getDomProperty("value"))
        .isEqualTo(today.toString());
    // Today: the J+7 call is not due yet.
    browser.waitForText(By.id("calls-list"), "Aucun appel à passer");

    // The J+7 day, chosen in the date field: the call, the number to dial, the workshop.
    browser.setValue(By.id("day-on"), week.toString());
    driver.findElement(By.id("day-show")).sendKeys(Keys.ENTER);
    By call = By.cssSelector("#calls-list li[data-request='" + reference + "']");
    WebElement item = browser.waitFor(call);
    assertThat(item.getDomAttribute("data-milestone")).isEqualTo("J+7");
    assertThat(item.getText()).contains("Zélie Testfoyer", "Appel J+7", reference);
    assertThat(item.findElement(By.cssSelector("a.phone-link")).getDomAttribute("href"))
        .startsWith("tel:");
    assertThat(browser.text(By.id("day-sessions-table"))).contains(title, "14:00");
    assertThat(driver.getCurrentUrl()).contains("on=" + week);
    browser.fullScreenshot("support-day-j7");

    // One keystroke: reached, all is well; the M+1 call is announced for later.
    item.findElement(By.cssSelector("button.call-fine")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("status"), "Appel J+7 enregistré");
    assertThat(browser.text(By.id("status")))
        .contains("Prochain appel : M+1 le " + month.format(FRENCH));
    browser.until(d -> d.findElements(call).isEmpty());
    assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("calls-title");

    // The M+1 day: the next milestone; "Autre réponse…" books the household into the workshop.
    browser.setValue(By.id("day-on"), month.toString());
    driver.findElement(By.id("day-show")).sendKeys(Keys.ENTER);
    item =
        browser.until(
            d ->
                d.findElements(call).stream()
                    .filter(e -> "M+1".equals(e.getDomAttribute("data-milestone")))
                    .findFirst()
                    .orElse(null));
    long callId = Long.parseLong(item.getDomAttribute("data-call"));
    WebElement other = item.findElement(By.cssSelector("button.call-other"));
    other.sendKeys(Keys.ENTER);
    String form = "other-" + callId;
    browser.waitFor(By.id(form));
    assertThat(other.getDomAttribute("aria-expanded")).isEqualTo("true");
    assertThat(driver.switchTo().activeElement().getDomAttribute("id"))
        .isEqualTo(form + "-deviceWorks-true");
    for (String answer : new String[] {"deviceWorks", "stillConnected", "usingIt", "needsHelp"}) {
      driver.findElement(By.id(form + "-" + answer + "-true")).sendKeys(Keys.SPACE);
    }
    browser.waitFor(By.id(form + "-sessionId"));
    new Select(driver.findElement(By.id(form + "-sessionId")))
        .selectByValue(String.valueOf(workshop));
    driver.findElement(By.id(form + "-notes")).sendKeys("Veut apprendre la messagerie.");
    driver.findElement(By.cssSelector("#" + form + " button[type=submit]")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("status"), "Appel M+1 enregistré");
    assertThat(browser.text(By.id("status")))
        .contains("Inscription à l’atelier", title, "Prochain appel : M+3");
    browser.until(d -> d.findElements(call).isEmpty());

    // The M+3 day: a colleague logs the call a moment before; the list is reloaded, and says why.
    LocalDate quarter = today.plusMonths(3);
    browser.setValue(By.id("day-on"), quarter.toString());
    driver.findElement(By.id("day-show")).sendKeys(Keys.ENTER);
    item =
        browser.until(
            d ->
                d.findElements(call).stream()
                    .filter(e -> "M+3".equals(e.getDomAttribute("data-milestone")))
                    .findFirst()
                    .orElse(null));
    support
        .post(
            "api/support-plans/"
                + item.getDomAttribute("data-plan")
                + "/calls/"
                + item.getDomAttribute("data-call"),
            "{\"reached\":true,\"deviceWorks\":true,\"stillConnected\":true,"
                + "\"usingIt\":true,\"needsHelp\":false}")
        .expect(200);
    item.findElement(By.cssSelector("button.call-not-reached")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("status"), "Appel déjà enregistré");
    assertThat(browser.text(By.id("status"))).contains("la liste est à jour");
    browser.until(d -> d.findElements(call).isEmpty());
    assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("calls-title");

    // The workshop's page, from the J+7 day's sessions: the household present on the sheet.
    browser.setValue(By.id("day-on"), week.toString());
    driver.findElement(By.id("day-show")).sendKeys(Keys.ENTER);
    browser.waitFor(By.cssSelector("#day-sessions-table tr[data-session='" + workshop + "'] a"));
    browser.follow(title);
    assertThat(driver.getTitle()).isEqualTo(title + " — PackNum");
    By seat = By.cssSelector("#sheet-table tr[data-request='" + reference + "']");
    WebElement row = browser.waitFor(seat);
    assertThat(row.getText()).contains("Zélie Testfoyer", "Inscrit·e");
    row.findElement(By.cssSelector("input[value='true']")).sendKeys(Keys.SPACE);
    driver.findElement(By.id("sheet-save")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("status"), "Feuille de présence enregistrée : 1 présent·e");
    browser.until(d -> "ATTENDED".equals(d.findElement(seat).getDomAttribute("data-status")));
    assertThat(browser.text(seat)).contains("Présent·e");
    browser.fullScreenshot("support-session-sheet");

    // The household comes back with its voucher: scanned at the counter, redeemed at the place.
    browser.follow("Chèques pass numérique");
    browser.waitReady();
    driver.findElement(By.id("voucher-serial")).sendKeys(serial, Keys.ENTER);
    browser.waitForText(By.id("voucher-state"), "remis à un foyer");
    browser.type(By.id("redeem-q"), "Robert-Desnos");
    browser.until(
        d ->
            d.findElements(By.cssSelector("#redeem-placeId option")).size() > 1
                && d.findElements(By.cssSelector("#redeem-placeId option")).stream()
                    .skip(1)
                    .allMatch(o -> o.getText().contains("Robert-Desnos")));
    driver.findElement(By.id("redeem-placeId")).sendKeys(Keys.ARROW_DOWN);
    driver.findElement(By.cssSelector("#redeem-form button[type='submit']")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("voucher-state"), "déjà utilisé");
    assertThat(support.get("api/vouchers/" + serial).expect(200).getString("status"))
        .isEqualTo("REDEEMED");
    browser.signOut();

    // The social worker: "En accompagnement", the calls done, the next call, the sessions.
    String team =
        coordinator.get("api/structures/" + mediator.structureId()).json().getString("name");
    browser.startFresh();
    browser.signIn(worker.username(), Accounts.PASSWORD);
    browser.waitFor(By.cssSelector("main[data-role='SOCIAL_WORKER']"));
    browser.open("households/request.html?id=" + request.getInt("id"));
    browser.waitReady();
    browser.waitForText(By.id("followup-state"), "En accompagnement");
    assertThat(browser.text(By.id("request-status"))).isEqualTo("En accompagnement");
    assertThat(browser.text(By.id("followup-details")))
        .contains(team, "3 sur 4", today.plusMonths(6).format(FRENCH))
        .doesNotContain("messagerie");
    assertThat(
            browser.text(
                By.xpath(
                    "//dl[@id='followup-details']/dt[.='Séances suivies']/following-sibling::dd[1]")))
        .as("the hand-over session and the workshop")
        .isEqualTo("2");
    browser.fullScreenshot("request-follow-up");
    browser.signOut();
  }
}
