package fr.packnum.workshop.boundary;

import static fr.packnum.testing.Workshop.donation;
import static fr.packnum.testing.Workshop.intake;
import static fr.packnum.testing.Workshop.refurbish;
import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Inventories;
import fr.packnum.testing.Pdfs;
import fr.packnum.testing.Server;
import fr.packnum.workshop.control.LabelLayout;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A device's way through the workshop over HTTP: intake, scan, bench steps, READY, history. */
class WorkshopIT {

  final URL base = Server.base();

  static final String TODAY = fr.packnum.testing.Days.today().toString();

  private Api technician() {
    return Accounts.user(Accounts.admin(base), "TECHNICIAN").signIn(base);
  }

  private static JsonObject ok(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  @Test
  void aDeviceIsTaggedAtIntakeAndFoundAgainByItsTag() {
    Api api = technician();
    JsonObject device = intake(api, donation(api), "LAPTOP");
    String tag = device.getString("assetTag");
    assertThat(tag).matches("PN-[0-9A-Z]{5}-[0-9A-Z]");
    assertThat(ok(api.get("api/devices/by-tag/" + tag.toLowerCase().replace("-", ""))).getInt("id"))
        .isEqualTo(device.getInt("id"));
    char last = tag.charAt(tag.length() - 1);
    String mistyped = tag.substring(0, tag.length() - 1) + (last == '0' ? '1' : '0');
    Api.Reply refused = api.get("api/devices/by-tag/" + mistyped);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getString("type")).isEqualTo("/problems/tag-mistyped");
  }

  @Test
  void theSameSerialCannotBeRegisteredTwice() {
    Api api = technician();
    long donation = donation(api);
    JsonObject device = intake(api, donation, "LAPTOP");
    Api.Reply again =
        api.post(
            "api/devices",
            "{\"donationId\":"
                + donation
                + ",\"serial\":\""
                + device.getString("serial")
                + "\",\"specs\":{\"type\":\"LAPTOP\"}}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("type")).isEqualTo("/problems/serial-registered");
  }

  @Test
  void readyIsRefusedWithItsReasonsUntilEveryRequirementHolds() {
    Api api = technician();
    JsonObject device = refurbish(api, intake(api, donation(api), "LAPTOP"), false);
    String path = "api/devices/" + device.getInt("id");
    assertThat(device.getJsonArray("readinessGaps")).hasSize(1);
    Api.Reply refused =
        api.post(path + "/status", "{\"status\":\"READY\"}", "Accept-Language", "en");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().getString("type")).isEqualTo("/problems/device-not-ready");
    JsonObject gap = refused.json().getJsonArray("errors").getJsonObject(0);
    assertThat(gap.getString("field")).isEqualTo("operatingSystem");
    assertThat(gap.getString("message")).isEqualTo("No operating system installed.");
    ok(api.put(path + "/operating-system", "{\"name\":\"Linux Mint\",\"version\":\"22\"}"));
    JsonObject ready = ok(api.post(path + "/status", "{\"status\":\"READY\"}"));
    assertThat(ready.getString("status")).isEqualTo("READY");
    assertThat(api.put(path + "/grade", "{\"grade\":\"A\"}").json().getString("type"))
        .isEqualTo("/problems/not-on-the-bench");
  }

  @Test
  void theHistoryShowsEveryStepWithWhoAndWhen() {
    Api api = technician();
    JsonObject device = refurbish(api, intake(api, donation(api), "LAPTOP"), true);
    String me = ok(api.get("api/me")).getString("displayName");
    var events = api.get("api/devices/" + device.getInt("id") + "/events").body();
    assertThat(events)
        .contains(
            "\"RECEIVED\"",
            "\"DRIVE_ADDED\"",
            "\"ERASURE_RECORDED\"",
            "\"TEST_RECORDED\"",
            "\"OS_INSTALLED\"",
            "\"GRADED\"",
            "NIST SP 800-88 Purge",
            me);
  }

  @Test
  void historyNotesFollowTheOneNotesRuleOfAThousandCharacters() {
    Api api = technician();
    JsonObject device = intake(api, donation(api), "LAPTOP");
    String path = "api/devices/" + device.getInt("id");
    String thousand = "n".repeat(1000);

    Api.Reply tooLong =
        api.post(
            path + "/status",
            "{\"status\":\"IN_DIAGNOSIS\",\"notes\":\"" + thousand + "x\"}",
            "Accept-Language",
            "en");
    assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
    assertThat(tooLong.body()).contains("notes");

    ok(api.post(path + "/status", "{\"status\":\"IN_DIAGNOSIS\",\"notes\":\"" + thousand + "\"}"));
    assertThat(api.get(path + "/events").body()).contains("\"" + thousand + "\"");
  }

  @Test
  void scrappingRecordsChannelAndWeight() {
    Api api = technician();
    JsonObject device = intake(api, donation(api), "DESKTOP");
    String path = "api/devices/" + device.getInt("id");
    ok(api.post(path + "/status", "{\"status\":\"IN_DIAGNOSIS\"}"));
    JsonObject scrapped =
        ok(
            api.post(
                path + "/scrapping",
                "{\"channel\":\"WEEE_RECYCLER\",\"weightKg\":7.5,\"receipt\":\"ECO-118\",\"notes\":\"carte mère HS\"}"));
    assertThat(scrapped.getString("status")).isEqualTo("SCRAPPED");
    assertThat(scrapped.getJsonObject("scrap").getJsonNumber("weightKg").doubleValue())
        .isEqualTo(7.5);
  }

  @Test
  void twoTechniciansSavingTheSameDeviceAtOnceGiveOneSuccessAndOneConflict() throws Exception {
    Api first = technician();
    Api second = technician();
    JsonObject device = intake(first, donation(first), "LAPTOP");
    String path = "api/devices/" + device.getInt("id");
    long version = device.getJsonNumber("version").longValue();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (Api api : List.of(first, second)) {
        statuses.add(
            pool.submit(
                () -> {
                  start.await();
                  return api.put(
                          path,
                          "{\"specs\":{\"type\":\"LAPTOP\",\"location\":\""
                              + Accounts.unique("shelf-")
                              + "\"},\"version\":"
                              + version
                              + "}")
                      .status();
                }));
      }
      start.countDown();
      List<Integer> results = new ArrayList<>();
      for (Future<Integer> status : statuses) {
        results.add(status.get());
      }
      assertThat(results).containsExactlyInAnyOrder(200, 409);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theDeviceViewSaysWhatMayBeDoneNextAndTheVocabularyIsServed() {
    Api api = technician();
    JsonObject device = intake(api, donation(api), "LAPTOP");
    assertThat(strings(device.getJsonArray("actions")))
        .containsExactlyInAnyOrder("LABEL", "DESCRIBE", "ADD_DRIVE", "MOVE");
    JsonObject diagnosed =
        ok(
            api.post(
                "api/devices/" + device.getInt("id") + "/status", "{\"status\":\"IN_DIAGNOSIS\"}"));
    assertThat(strings(diagnosed.getJsonArray("actions")))
        .contains("BENCH_WORK", "SCRAP", "RECORD_NO_STORAGE")
        .doesNotContain("CERTIFICATE");

    JsonObject vocabulary = ok(api.get("api/workshop/vocabulary"));
    assertThat(strings(vocabulary.getJsonArray("statuses"))).startsWith("RECEIVED");
    assertThat(strings(vocabulary.getJsonArray("types"))).contains("LAPTOP", "BOX_4G");
    assertThat(strings(vocabulary.getJsonArray("labelLayouts"))).isNotEmpty();
  }

  private static java.util.List<String> strings(jakarta.json.JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  @Test
  void theBoardCountsDevicesPerStatusForADonation() {
    Api api = technician();
    long donation = donation(api);
    intake(api, donation, "LAPTOP");
    JsonObject second = intake(api, donation, "TABLET");
    ok(api.post("api/devices/" + second.getInt("id") + "/status", "{\"status\":\"IN_DIAGNOSIS\"}"));
    JsonObject columns =
        ok(api.get("api/devices/board?donationId=" + donation)).getJsonObject("columns");
    assertThat(columns.getJsonObject("RECEIVED").getInt("count")).isEqualTo(1);
    assertThat(columns.getJsonObject("IN_DIAGNOSIS").getInt("count")).isEqualTo(1);
    assertThat(columns.getJsonObject("READY").getInt("count")).isZero();
    JsonObject progress = ok(api.get("api/donations/" + donation)).getJsonObject("progress");
    assertThat(progress.getInt("RECEIVED")).isEqualTo(1);
  }

  @Test
  void theErasureCertificateListsEveryDriveSerialAndCanBeVerifiedLater() {
    Api api = technician();
    long donation = donation(api);
    JsonObject first = refurbish(api, intake(api, donation, "LAPTOP"), true);
    JsonObject second = refurbish(api, intake(api, donation, "LAPTOP"), true);
    ok(
        api.post(
            "api/devices/" + second.getInt("id") + "/drives",
            "{\"serial\":\"" + Accounts.unique("HDD") + "\",\"kind\":\"HDD\",\"sizeGb\":500}"));
    Api.Binary certificate =
        api.binary("POST", "api/donations/" + donation + "/erasure-certificate", null, null);
    assertThat(certificate.status()).isEqualTo(201);
    assertThat(certificate.contentType()).startsWith("application/pdf");
    String text = Pdfs.text(certificate.body());
    List<String> erased = new ArrayList<>();
    for (JsonObject device : List.of(first, second)) {
      erased.add(device.getJsonArray("drives").getJsonObject(0).getString("serial"));
    }
    assertThat(text).contains(erased);
    String code = certificate.location().substring(certificate.location().lastIndexOf('/') + 1);
    assertThat(text).contains(code);

    Api.Reply verified = new Api(base).get("api/erasure-certificates/" + code);
    assertThat(verified.status()).isEqualTo(200);
    assertThat(verified.json().getInt("driveCount")).isEqualTo(2);
    assertThat(verified.body()).contains(erased).doesNotContain("Entreprise");
    assertThat(new Api(base).get("api/erasure-certificates/AAAA-BBBB-CCCC").status())
        .isEqualTo(404);
    assertThat(api.get("api/devices/" + first.getInt("id") + "/events").body()).contains(code);
  }

  @Test
  void theLabelSheetsQrCodesOpenTheDevicePages() {
    Api api = technician();
    long donation = donation(api);
    List<String> tags = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      tags.add(intake(api, donation, "LAPTOP").getString("assetTag"));
    }
    Api.Binary sheet =
        api.binary("GET", "api/donations/" + donation + "/labels.pdf?skip=2", null, null);
    assertThat(sheet.status()).isEqualTo(200);
    List<String> codes = Pdfs.labelCodes(sheet.body(), LabelLayout.A4_3X7).get(0);
    assertThat(codes.subList(0, 2)).containsOnlyNulls();
    assertThat(codes.subList(2, 6))
        .containsExactlyElementsOf(
            tags.stream().map(tag -> "http://localhost:8080/d/" + tag).toList());

    Api.Binary reprint =
        api.binary("GET", "api/devices/" + AssetTagOf.id(tags.get(0)) + "/label.pdf", null, null);
    assertThat(Pdfs.labelCodes(reprint.body(), LabelLayout.A4_3X7).get(0).get(0))
        .isEqualTo("http://localhost:8080/d/" + tags.get(0));

    Api.Binary link =
        api.binary("GET", new Api(base).root().resolve("d/" + tags.get(0)).toString(), null, null);
    assertThat(link.status()).isEqualTo(303);
    assertThat(link.location()).endsWith("/workshop/device.html?tag=" + tags.get(0));
  }

  @Test
  void aTenThousandRowInventoryImportsAndOneWithThreeBadRowsImportsNothing() {
    Api api = technician();
    long donation = donation(api);
    String prefix = Accounts.unique("INV");
    Api.Binary bad =
        api.binary(
            "POST",
            "api/donations/" + donation + "/devices/import",
            Inventories.xlsx(prefix, 10_000, Set.of(18, 5001, 9999)),
            Inventories.XLSX);
    assertThat(bad.status()).as(bad.text()).isEqualTo(422);
    JsonObject problem =
        jakarta.json.Json.createReader(new java.io.StringReader(bad.text())).readObject();
    assertThat(problem.getString("type")).isEqualTo("/problems/inventory-rejected");
    assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getInt("line"))
        .containsExactly(18, 5001, 9999);
    assertThat(ok(api.get("api/donations/" + donation)).getInt("deviceCount")).isZero();

    Api.Binary good =
        api.binary(
            "POST",
            "api/donations/" + donation + "/devices/import",
            Inventories.xlsx(prefix, 10_000, Set.of()),
            Inventories.XLSX);
    assertThat(good.status()).as(good.text()).isEqualTo(200);
    assertThat(good.text()).contains("\"devices\":10000");
    assertThat(ok(api.get("api/donations/" + donation)).getInt("deviceCount")).isEqualTo(10_000);

    Api.Binary again =
        api.binary(
            "POST",
            "api/donations/" + donation + "/devices/import",
            Inventories.xlsx(prefix, 3, Set.of()),
            Inventories.XLSX);
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.text()).contains("déjà enregistré");
  }

  @Test
  void aDonorsExportIsPreviewedThenRefusedForOneBadLineThenImportedWithItsDrives() {
    Api api = technician();
    long donation = donation(api);
    String prefix = Accounts.unique("EXP").toUpperCase();
    String preview = "api/donations/" + donation + "/devices/import/preview";
    String importing = "api/donations/" + donation + "/devices/import";

    Api.Binary badPreview =
        api.binary("POST", preview, Inventories.asDonorsExportIt(prefix, true), Inventories.XLSX);
    assertThat(badPreview.status()).as(badPreview.text()).isEqualTo(200);
    JsonObject seen = json(badPreview.text());
    assertThat(seen.getInt("headerLine")).isEqualTo(6);
    assertThat(seen.getInt("errorCount")).isEqualTo(1);
    assertThat(seen.getInt("validRows")).isEqualTo(3);
    assertThat(seen.getInt("totalRows")).isEqualTo(2);
    assertThat(seen.getJsonArray("ignored").getString(0)).isEqualTo("N°");
    assertThat(seen.getJsonArray("lines")).hasSize(3);
    JsonObject error = seen.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getInt("line")).isEqualTo(9);
    assertThat(error.getString("field")).isEqualTo("Mémoire");
    assertThat(error.getString("message"))
        .contains("« huit » n’est pas un nombre.", "Attendu : Nombre entier de gigaoctets");

    Api.Binary refused =
        api.binary("POST", importing, Inventories.asDonorsExportIt(prefix, true), Inventories.XLSX);
    assertThat(refused.status()).as(refused.text()).isEqualTo(422);
    JsonObject problem = json(refused.text());
    assertThat(problem.getString("detail"))
        .contains("une erreur", "3 lignes sont correctes sur 4", "en-tête lu à la ligne 6");
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("message"))
        .contains("huit", "Attendu");
    assertThat(ok(api.get("api/donations/" + donation)).getInt("deviceCount")).isZero();

    Api.Binary imported =
        api.binary(
            "POST", importing, Inventories.asDonorsExportIt(prefix, false), Inventories.XLSX);
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    JsonObject done = json(imported.text());
    assertThat(done.getInt("devices")).isEqualTo(4);
    assertThat(done.getInt("headerLine")).isEqualTo(6);
    assertThat(done.getInt("totalRows")).isEqualTo(2);
    long desktop =
        ok(api.get("api/devices?donationId=" + donation + "&q=" + prefix + "-3"))
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    JsonObject device = ok(api.get("api/devices/" + desktop));
    assertThat(device.getInt("weightGrams")).isEqualTo(5200);
    assertThat(device.getJsonArray("drives").getValuesAs(JsonObject.class))
        .extracting(d -> d.getString("serial"), d -> d.getString("kind"), d -> d.getInt("sizeGb"))
        // one flush inserts both drives: their ids, hence their order on the page, are the JPA
        // provider's choice
        .containsExactlyInAnyOrder(
            org.assertj.core.api.Assertions.tuple(prefix + "-D3a", "SSD", 256),
            org.assertj.core.api.Assertions.tuple(prefix + "-D3b", "HDD", 1000));
  }

  private static JsonObject json(String text) {
    return jakarta.json.Json.createReader(new java.io.StringReader(text)).readObject();
  }

  @Test
  void hostileFilesAreRefusedQuicklyAndTheServerStaysHealthy() {
    Api api = technician();
    long donation = donation(api);
    for (byte[] hostile :
        List.of(Inventories.zipBomb(), Inventories.xxe(), Inventories.renamedPdf())) {
      long started = System.nanoTime();
      Api.Binary refused =
          api.binary(
              "POST", "api/donations/" + donation + "/devices/import", hostile, Inventories.XLSX);
      // Reported, not asserted: timings belong to benchmarks, not tests.
      System.out.printf(
          "hostile upload of %d bytes refused in %d ms%n",
          hostile.length, (System.nanoTime() - started) / 1_000_000);
      assertThat(refused.status()).as(refused.text()).isIn(415, 422);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.text()).doesNotContain("Exception");
    }
    Api.Reply ready = new Api(base).get(new Api(base).root().resolve("health/ready").toString());
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ok(api.get("api/donations/" + donation)).getInt("deviceCount")).isZero();
  }

  @Test
  void theBlankTemplatesDownload() {
    Api api = technician();
    Api.Binary xlsx = api.binary("GET", "api/donations/import-template.xlsx", null, null);
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.body()[0]).isEqualTo((byte) 'P');
    Api.Binary csv = api.binary("GET", "api/donations/import-template.csv", null, null);
    assertThat(csv.text()).contains("Numéro de série");
  }

  /** Device ids from printed tags, as the server reads them. */
  static final class AssetTagOf {
    static long id(String tag) {
      return fr.packnum.workshop.entity.AssetTag.parse(tag).orElseThrow().deviceId();
    }
  }

  @Test
  void partnersAndSocialWorkersSeeNothingOfTheWorkshop() {
    Api admin = Accounts.admin(base);
    for (String role : List.of("PARTNER", "SOCIAL_WORKER", "SUPPORT")) {
      Api api = Accounts.user(admin, role).signIn(base);
      assertThat(api.get("api/devices").status()).isEqualTo(403);
      assertThat(api.get("api/donors").status()).isEqualTo(403);
    }
  }
}
