package fr.packnum.reporting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Days;
import fr.packnum.testing.Packs;
import fr.packnum.testing.Referrals;
import fr.packnum.testing.Server;
import fr.packnum.testing.Workshop;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The impact report over HTTP: a laptop handed over today counts in today's impact with its
 * factor's CO2e, for the coordination and for the partner whose convention covers the referring
 * structure; a coordinator's edit of the factor moves the figure; another partner reaches neither
 * the convention's impact nor any impact without a convention of its own.
 */
class ImpactIT {

  static final String ANY_COMPUTER =
      "\"preferredDevice\":\"ANY\",\"features\":[],\"urgency\":\"NORMAL\",\"needsInternet\":true";

  final URL base = Server.base();
  final Api admin = Accounts.admin(base);
  final long ccas = Accounts.structure(admin, "CCAS");
  final Api socialWorker = Accounts.user(admin, "SOCIAL_WORKER", ccas).signIn(base);
  final Api coordinator = Accounts.user(admin, "COORDINATOR").signIn(base);
  final Api technician = Accounts.user(admin, "TECHNICIAN").signIn(base);
  final Accounts.NewUser mediator = Accounts.user(admin, "SUPPORT");
  final Accounts.NewUser partnerA = Accounts.user(admin, "PARTNER");
  final Accounts.NewUser partnerB = Accounts.user(admin, "PARTNER");
  final LocalDate today = Days.today();

  /** A laptop referred by {@link #ccas} handed over today, in Montreuil (93). */
  private void laptopHandedOver() {
    JsonObject request = Referrals.eligibleRequest(socialWorker, coordinator, ANY_COMPUTER);
    JsonObject reservation = Packs.reserve(coordinator, request, Workshop.readyLaptop(technician));
    Packs.handOver(mediator.signIn(base), Packs.book(coordinator, reservation, mediator));
  }

  /** Partner A's convention: the packs {@link #ccas} refers, everywhere, this year and next. */
  private long conventionOfA() {
    return coordinator
        .post(
            "api/conventions",
            "{\"partnerStructureId\":"
                + partnerA.structureId()
                + ",\"name\":\"Impact test\",\"startsOn\":\""
                + today.minusYears(1)
                + "\",\"endsOn\":\""
                + today.plusYears(1)
                + "\",\"structureIds\":["
                + ccas
                + "],\"vatMode\":\"EXEMPT\",\"unitPricesCents\":{\"PACK_DELIVERED\":15000}}")
        .expect(201)
        .getJsonNumber("id")
        .longValue();
  }

  private JsonObject laptopFactor() {
    return coordinator.get("api/impact-factors").array(200).getValuesAs(JsonObject.class).stream()
        .filter(f -> f.getString("deviceType").equals("LAPTOP"))
        .findFirst()
        .orElseThrow();
  }

  private static BigDecimal number(JsonObject json, String name) {
    return json.getJsonNumber(name).bigDecimalValue();
  }

  private static String factorJson(JsonObject factor, String kgCo2e, String share, long version) {
    return "{\"manufacturingKgCo2e\":"
        + kgCo2e
        + ",\"typicalWeightKg\":"
        + number(factor, "typicalWeightKg")
        + ",\"avoidedShare\":"
        + share
        + ",\"source\":\"Étude test\",\"sourceYear\":2024,\"version\":"
        + version
        + "}";
  }

  @Test
  void aLaptopHandedOverCountsWithItsFactorAndAnEditedFactorMovesTheFigure() {
    long convention = conventionOfA();
    String period = "api/impact?from=" + today + "&to=" + today;
    long allBefore = coordinator.get(period).expect(200).getJsonObject("total").getInt("reused");
    laptopHandedOver();

    Api a = partnerA.signIn(base);
    String ofA = period + "&conventionId=" + convention;
    JsonObject impact = a.get(ofA).expect(200);
    JsonObject factor = laptopFactor();
    BigDecimal expected =
        number(factor, "manufacturingKgCo2e")
            .multiply(number(factor, "avoidedShare"))
            .setScale(1, RoundingMode.HALF_UP);
    assertThat(impact.getJsonObject("total").getInt("reused")).isEqualTo(1);
    assertThat(number(impact.getJsonObject("total"), "kgCo2eAvoided")).isEqualTo(expected);
    assertThat(number(impact.getJsonObject("total"), "kgKeptOutOfWaste"))
        .isEqualByComparingTo(number(factor, "typicalWeightKg"));
    assertThat(impact.getJsonArray("byDepartement").getJsonObject(0).getString("name"))
        .isEqualTo("Seine-Saint-Denis");
    assertThat(impact.getJsonArray("byDeviceType").getJsonObject(0).getString("deviceType"))
        .isEqualTo("LAPTOP");
    assertThat(impact.getString("method")).contains("ADEME/Arcep 2022");
    assertThat(impact.containsKey("scrapped")).as("no scrapping in a convention's").isFalse();
    assertThat(impact.toString()).doesNotContain("Testfoyer").doesNotContain("93048");
    assertThat(coordinator.get(period).expect(200).getJsonObject("total").getInt("reused"))
        .as("the coordination counts every pack")
        .isGreaterThanOrEqualTo((int) allBefore + 1);

    long version = factor.getJsonNumber("version").longValue();
    String laptop = "api/impact-factors/LAPTOP";
    String original =
        factorJson(
                factor,
                number(factor, "manufacturingKgCo2e").toPlainString(),
                number(factor, "avoidedShare").toPlainString(),
                version + 1)
            .replace("\"Étude test\"", jsonString(factor.getString("source")))
            .replace("2024", String.valueOf(factor.getInt("sourceYear")));
    try {
      assertThat(a.put(laptop, factorJson(factor, "300", "0.5", version)).status())
          .as("a partner reads the factors, does not edit them")
          .isEqualTo(403);
      Api.Reply edited = coordinator.put(laptop, factorJson(factor, "300", "0.5", version));
      assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
      JsonObject moved = a.get(ofA).expect(200);
      assertThat(number(moved.getJsonObject("total"), "kgCo2eAvoided"))
          .isEqualTo(new BigDecimal("150.0"));
      assertThat(moved.getString("method")).contains("Étude test (2024)");
      assertThat(coordinator.put(laptop, factorJson(factor, "310", "0.5", version)).status())
          .as("edited meanwhile")
          .isEqualTo(409);
      assertThat(
              admin
                  .get("api/audit-events?targetType=impact-factor&targetId=LAPTOP")
                  .expect(200)
                  .getInt("total"))
          .isPositive();
    } finally {
      coordinator.put(laptop, original).expect(200);
    }
  }

  @Test
  void anotherPartnerReachesNeitherTheConventionsImpactNorAnyWithoutAConvention() {
    long convention = conventionOfA();
    Api b = partnerB.signIn(base);
    String period = "api/impact?from=" + today + "&to=" + today;
    Api.Reply foreign = b.get(period + "&conventionId=" + convention);
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.body()).doesNotContain("Impact test");
    Api.Reply everything = b.get(period);
    assertThat(everything.status()).isEqualTo(403);
    assertThat(everything.header("Content-Type")).contains("application/problem+json");
    assertThat(b.get("api/impact-factors").status()).as("the factors are public").isEqualTo(200);
    assertThat(socialWorker.get(period).status()).isEqualTo(403);
  }

  @Test
  void anImpossiblePeriodOrFactorIsRefusedFieldByFieldInTheCallersLanguage() {
    Api.Reply impossible =
        coordinator.get("api/impact?from=2026-02-30&to=2026-03-31", "Accept-Language", "en");
    assertThat(impossible.status()).isEqualTo(400);
    assertThat(impossible.header("Content-Type")).contains("application/problem+json");
    assertThat(impossible.body()).contains("from").contains("does not exist");
    assertThat(coordinator.get("api/impact?from=2026-03-31&to=2026-01-01").status()).isEqualTo(400);
    assertThat(coordinator.get("api/impact?from=31/03/2026").status()).isEqualTo(400);

    JsonObject factor = laptopFactor();
    Api.Reply wrong =
        coordinator.put(
            "api/impact-factors/LAPTOP",
            factorJson(factor, "-1", "1.5", factor.getJsonNumber("version").longValue()));
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(wrong.body())
        .contains("manufacturingKgCo2e")
        .contains("avoidedShare")
        .contains("La part évitée va de 0 à 1");
    assertThat(coordinator.put("api/impact-factors/TOASTER", "{\"version\":1}").status())
        .isEqualTo(404);
  }

  private static String jsonString(String text) {
    return jakarta.json.Json.createValue(text).toString();
  }
}
