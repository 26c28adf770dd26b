package fr.packnum.reporting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
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
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Partner statements over HTTP, from the database: the pack handed over under a partner's
 * convention is a row of its workbook and of its CSV, its billing total evaluates to the unit
 * price; a long export runs as a job whose file any session downloads; another partner reaches none
 * of it, and a partner's token no household.
 */
class StatementsIT {

  static final String ANY_COMPUTER =
      "\"preferredDevice\":\"ANY\",\"features\":[],\"urgency\":\"NORMAL\",\"needsInternet\":true";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  final URL base = Server.base();
  final Api admin = Accounts.admin(base);
  final long ccas = Accounts.structure(admin, "CCAS");
  final Api socialWorker = Accounts.user(admin, "SOCIAL_WORKER", ccas).signIn(base);
  final Api coordinator = Accounts.user(admin, "COORDINATOR").signIn(base);
  final Api technician = Accounts.user(admin, "TECHNICIAN").signIn(base);
  final Accounts.NewUser mediator = Accounts.user(admin, "SUPPORT");
  final Accounts.NewUser partner = Accounts.user(admin, "PARTNER");
  final LocalDate today = Days.today();

  /** A pack of the test's CCAS handed over today: answers its request. */
  private JsonObject handedOver() {
    JsonObject request = Referrals.eligibleRequest(socialWorker, coordinator, ANY_COMPUTER);
    JsonObject reservation = Packs.reserve(coordinator, request, Workshop.readyLaptop(technician));
    JsonObject handover = Packs.book(coordinator, reservation, mediator);
    Packs.handOver(mediator.signIn(base), handover);
    return coordinator.get("api/pack-requests/" + request.getInt("id")).expect(200);
  }

  /** 150 € a pack, for the test's CCAS only, this year. */
  private long convention() {
    return Conventions.thisYear(coordinator, partner.structureId(), "Convention test", ccas);
  }

  private String token(Accounts.NewUser user) {
    return admin
        .post("api/tokens", "{\"userId\":" + user.id() + ",\"name\":\"Relevés\",\"validDays\":30}")
        .expect(201)
        .getString("token");
  }

  private String period(long convention) {
    return "api/statements?conventionId="
        + convention
        + "&from="
        + today.withDayOfMonth(1)
        + "&to="
        + today;
  }

  private static String text(Cell cell) {
    return cell == null
        ? ""
        : cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
  }

  @Test
  void aPartnersTokenDownloadsItsStatementAsAWorkbookAndAsCsv() throws Exception {
    JsonObject request = handedOver();
    long convention = convention();
    Api robot = new Api(base).bearer(token(partner));

    Api.Binary workbook = robot.binary("GET", period(convention), null, null);

    assertThat(workbook.status()).as(workbook.text()).isEqualTo(200);
    assertThat(workbook.contentType()).startsWith(XLSX);
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
      Sheet packs = read.getSheet("Packs");
      String household = request.getString("householdReference");
      boolean found = false;
      for (Row row : packs) {
        for (Cell cell : row) {
          found |= text(cell).equals(household);
        }
      }
      assertThat(found).as("the household's pseudonymous reference is a row").isTrue();
      assertThat(packs.getLastRowNum()).as("one pack, and no other structure's").isEqualTo(1);
      assertThat(workbook.text()).doesNotContain("Testfoyer");
      Sheet billing = read.getSheet("Facturation");
      XSSFFormulaEvaluator evaluator = read.getCreationHelper().createFormulaEvaluator();
      double total = 0;
      for (Row row : billing) {
        if (text(row.getCell(2)).equals("Total dû")) {
          total = evaluator.evaluate(row.getCell(3)).getNumberValue();
        }
      }
      assertThat(total).as("one pack at 150 €").isEqualTo(150.0);
      assertThat(read.getSheet("Synthèse").getDrawingPatriarch().getCharts()).isNotEmpty();
      impactIsTheReports(
          read.getSheet("Impact"),
          partner
              .signIn(base)
              .get(
                  "api/impact?conventionId="
                      + convention
                      + "&from="
                      + today.withDayOfMonth(1)
                      + "&to="
                      + today)
              .expect(200));
    }

    Api.Binary csv =
        new Api(base)
            .bearer(token(partner))
            .header("Accept", "text/csv")
            .binary("GET", period(convention), null, null);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body()[0]).as("UTF-8 byte order mark").isEqualTo((byte) 0xEF);
    String lines = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(lines).contains(request.getString("householdReference")).contains(";");
    assertThat(lines.strip().split("\r\n")).hasSize(2);

    assertThat(robot.get("api/households").status())
        .as("a partner token, no household")
        .isEqualTo(403);
    assertThat(robot.get("api/pack-requests/" + request.getInt("id")).status()).isEqualTo(403);
    assertThat(
            admin
                .get("api/audit-events?action=EXPORT&actorId=" + partner.id())
                .expect(200)
                .getInt("total"))
        .as("every download is audited")
        .isEqualTo(2);
  }

  /** The sheet's figures, factor sources and method are those /api/impact answers. */
  private static void impactIsTheReports(Sheet sheet, JsonObject report) {
    JsonObject total = report.getJsonObject("total");
    assertThat(total.getInt("reused")).as("the laptop handed over").isEqualTo(1);
    assertThat(number(sheet, "Appareils réemployés", 1)).isEqualTo(total.getInt("reused"));
    assertThat(number(sheet, "Kg évités aux déchets", 1))
        .isEqualTo(total.getJsonNumber("kgKeptOutOfWaste").doubleValue());
    assertThat(number(sheet, "kg CO2e évités", 1))
        .isPositive()
        .isEqualTo(total.getJsonNumber("kgCo2eAvoided").doubleValue());
    JsonObject laptop = report.getJsonArray("byDeviceType").getJsonObject(0);
    assertThat(laptop.getString("deviceType")).isEqualTo("LAPTOP");
    assertThat(number(sheet, "Ordinateur portable", 3))
        .isEqualTo(laptop.getJsonObject("figures").getJsonNumber("kgCo2eAvoided").doubleValue());
    java.util.Set<String> texts = new java.util.HashSet<>();
    for (Row row : sheet) {
      for (Cell cell : row) {
        texts.add(text(cell));
      }
    }
    for (JsonObject factor : report.getJsonArray("factors").getValuesAs(JsonObject.class)) {
      assertThat(texts).as(factor.getString("deviceType")).contains(factor.getString("source"));
    }
    assertThat(texts).contains(report.getString("method"));
    assertThat(report.getString("method")).contains("ADEME/Arcep 2022");
  }

  private static double number(Sheet sheet, String label, int column) {
    for (Row row : sheet) {
      if (text(row.getCell(0)).equals(label)) {
        Cell cell = row.getCell(column);
        assertThat(cell.getCellType()).as(label).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
      }
    }
    throw new AssertionError("no line " + label);
  }

  @Test
  void aLongExportRunsAsAJobWhoseFileAnotherSessionDownloadsAndNoOtherPartnerReaches()
      throws Exception {
    handedOver();
    long convention = convention();
    Api first = partner.signIn(base);

    JsonObject started =
        first
            .post(
                "api/statements/jobs",
                "{\"conventionId\":"
                    + convention
                    + ",\"from\":\""
                    + today.withDayOfMonth(1)
                    + "\",\"to\":\""
                    + today
                    + "\",\"format\":\"XLSX\"}")
            .expect(201);
    String job = "api/statements/jobs/" + started.getInt("id");
    JsonObject state = started;
    for (int i = 0; i < 120 && !state.getString("status").equals("DONE"); i++) {
      assertThat(state.getString("status")).isNotEqualTo("FAILED");
      Thread.sleep(500);
      state = first.get(job).expect(200);
    }
    assertThat(state.getString("status")).isEqualTo("DONE");
    assertThat(state.getInt("rowsDone")).isEqualTo(1);
    assertThat(state.getInt("rowsTotal")).isEqualTo(1);
    assertThat(state.getString("fileName")).endsWith(".xlsx");

    Api reloaded = partner.signIn(base);
    Api.Binary file = reloaded.binary("GET", job + "/file", null, null);
    assertThat(file.status()).isEqualTo(200);
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      assertThat(read.getSheet("Packs").getLastRowNum()).isEqualTo(1);
    }
    assertThat(
            reloaded
                .get("api/statements/jobs?conventionId=" + convention)
                .expect(200)
                .getInt("total"))
        .isEqualTo(1);

    Api other = Accounts.user(admin, "PARTNER").signIn(base);
    assertThat(other.get(job).status()).isEqualTo(404);
    assertThat(other.binary("GET", job + "/file", null, null).status()).isEqualTo(404);
    assertThat(other.get("api/statements/jobs?conventionId=" + convention).status()).isEqualTo(404);
    assertThat(other.binary("GET", period(convention), null, null).status()).isEqualTo(404);
    Api.Reply outside =
        first.post(
            "api/statements/jobs",
            "{\"conventionId\":"
                + convention
                + ",\"from\":\"2001-01-01\",\"to\":\"2001-12-31\",\"format\":\"CSV\"}",
            "Accept-Language",
            "en");
    assertThat(outside.status()).isEqualTo(422);
    assertThat(outside.json().getString("title")).isEqualTo("Period outside the convention");
    assertThat(
            first
                .get("api/statements?conventionId=" + convention + "&from=2026-02-30&to=2026-03-01")
                .status())
        .isEqualTo(400);
  }
}
