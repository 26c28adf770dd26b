package fr.packnum.connectivity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Days;
import fr.packnum.testing.Referrals;
import fr.packnum.testing.Referrals.Person;
import fr.packnum.testing.Server;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The offer catalogue over HTTP: a coordinator creates, edits (from the version read) and
 * deactivates offers; a social worker reads the offers one of their households may take, cheapest
 * over a year, and why the others are left out; another structure's household is not found; bad
 * input is a problem, never a 500. The catalogue is shared by every test on the server, so each
 * test looks only at the offers it made (by id).
 */
class OffersIT {

  static final LocalDate TODAY = Days.today();

  final URL base = Server.base();
  final Api admin = Accounts.admin(base);
  final long structure = Accounts.structure(admin, "CCAS");
  final Api socialWorker = Accounts.user(admin, "SOCIAL_WORKER", structure).signIn(base);
  final Api coordinator = Accounts.user(admin, "COORDINATOR").signIn(base);

  /** An offer's JSON: a national mobile SIM valid for a month, {@code extra} adds or replaces. */
  static String offerJson(String name, int monthlyCents, String extra) {
    return "{\"operator\":\"Opérateur IT\",\"name\":\""
        + name
        + "\",\"monthlyPriceCents\":"
        + monthlyCents
        + ",\"howToSubscribe\":\"En boutique avec l’attestation.\""
        + (extra.contains("\"kind\"") ? "" : ",\"kind\":\"MOBILE_SIM\"")
        + (extra.contains("\"validFrom\"") ? "" : ",\"validFrom\":\"" + TODAY.minusMonths(1) + "\"")
        + extra
        + "}";
  }

  private JsonObject create(String name, int monthlyCents, String extra) {
    Api.Reply created = coordinator.post("api/offers", offerJson(name, monthlyCents, extra));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  private static long id(JsonObject json) {
    return json.getJsonNumber("id").longValue();
  }

  private static void assertProblem(Api.Reply reply, int status, String type) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    if (type != null) {
      assertThat(reply.json().getString("type")).isEqualTo("/problems/" + type);
    }
  }

  @Test
  void aCoordinatorCreatesEditsFromTheVersionReadAndDeactivatesAnOffer() {
    String key = Accounts.unique("offer-key-");
    String json =
        offerJson(
            "Box sociale",
            1500,
            ",\"kind\":\"FIXED_BOX\",\"eligibleSituations\":[\"RSA\",\"AAH\",\"CSS\"],"
                + "\"communes\":[\"93048\"],\"departements\":[\"94\"]");
    Api.Reply created = coordinator.post("api/offers", json, "Idempotency-Key", key);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location")).contains("/api/offers/" + id(created.json()));
    JsonObject offer = created.json();
    assertThat(offer.getString("kind")).isEqualTo("FIXED_BOX");
    assertThat(offer.getBoolean("active")).isTrue();
    assertThat(offer.getBoolean("openToAll")).isFalse();
    assertThat(offer.getBoolean("national")).isFalse();
    assertThat(offer.getJsonArray("communes").getJsonObject(0).getString("name"))
        .isEqualTo("Montreuil");
    assertThat(offer.getJsonNumber("costOverYearCents").longValue()).isEqualTo(12 * 1500);
    assertThat(offer.getJsonArray("actions").toString()).contains("EDIT", "DEACTIVATE");
    // the same key and body again creates nothing
    Api.Reply replayed = coordinator.post("api/offers", json, "Idempotency-Key", key);
    assertThat(replayed.status()).isEqualTo(201);
    assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(id(replayed.json())).isEqualTo(id(offer));

    long version = offer.getJsonNumber("version").longValue();
    Api.Reply edited =
        coordinator.put(
            "api/offers/" + id(offer),
            offerJson(
                "Box sociale",
                1500,
                ",\"promotionalMonths\":6,\"priceAfterPromotionCents\":2500,\"version\":"
                    + version));
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    assertThat(edited.json().getInt("priceAfterPromotionCents")).isEqualTo(2500);
    assertThat(edited.json().getJsonNumber("costOverYearCents").longValue())
        .isEqualTo(6 * 1500 + 6 * 2500);
    assertThat(edited.json().getBoolean("national")).isTrue();

    Api.Reply stale =
        coordinator.put(
            "api/offers/" + id(offer), offerJson("Box sociale", 1400, ",\"version\":" + version));
    assertProblem(stale, 409, "stale-version");
    Api.Reply noVersion =
        coordinator.put("api/offers/" + id(offer), offerJson("Box sociale", 1400, ""));
    assertProblem(noVersion, 400, "validation");

    Api.Reply deactivated = coordinator.post("api/offers/" + id(offer) + "/deactivation", "");
    assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
    assertThat(deactivated.json().getBoolean("active")).isFalse();
    assertThat(deactivated.json().getJsonArray("actions").toString()).contains("ACTIVATE");
    JsonObject read = socialWorker.get("api/offers/" + id(offer)).json();
    assertThat(read.getBoolean("active")).isFalse();
    assertThat(read.getJsonArray("actions")).isEmpty();
    assertThat(
            coordinator
                .get("api/offers?active=false&q=" + "Opérateur+IT&size=100")
                .json()
                .getJsonArray("items")
                .stream()
                .map(JsonValue::asJsonObject)
                .map(OffersIT::id))
        .contains(id(offer));
    assertThat(
            coordinator
                .get("api/audit-events?targetType=offer&action=DEACTIVATE&targetId=" + id(offer))
                .status())
        .isEqualTo(403); // the audit log is the administrator's
    assertThat(
            admin
                .get("api/audit-events?targetType=offer&action=DEACTIVATE&targetId=" + id(offer))
                .json()
                .getInt("total"))
        .isEqualTo(1);
  }

  @Test
  void aSocialWorkerSeesTheOffersOfTheirHouseholdCheapestOverAYearAndWhyTheOthersAreLeftOut() {
    long household =
        Referrals.household(
            socialWorker, Person.next(), Referrals.situation("RSA", TODAY.minusMonths(1)));
    // 9.90 € for 3 months then 24.90 €: 253.80 € over a year, dearest month 24.90 €
    JsonObject teaser =
        create("Promo 3 mois", 990, ",\"promotionalMonths\":3,\"priceAfterPromotionCents\":2490");
    JsonObject social = create("Sociale RSA", 1500, ",\"eligibleSituations\":[\"RSA\",\"AAH\"]");
    JsonObject forAah = create("Réservée AAH", 100, ",\"eligibleSituations\":[\"AAH\"]");
    JsonObject marseille = create("Locale 13", 200, ",\"departements\":[\"13\"]");
    JsonObject later = create("Bientôt", 300, ",\"validFrom\":\"" + TODAY.plusDays(10) + "\"");
    JsonObject gone = create("Retirée", 300, "");
    coordinator.post("api/offers/" + id(gone) + "/deactivation", "").expect(200);

    Api.Reply reply = socialWorker.get("api/offers/for-household/" + household + "?budget=20");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonObject offers = reply.json();
    assertThat(offers.getString("commune")).isEqualTo("93048");
    assertThat(offers.getString("communeName")).isEqualTo("Montreuil");
    assertThat(offers.getString("departement")).isEqualTo("93");
    assertThat(offers.getInt("budgetCents")).isEqualTo(2000);
    assertThat(offers.getInt("horizonMonths")).isEqualTo(12);

    List<JsonObject> ranked =
        offers.getJsonArray("offers").stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> mine(r.getJsonObject("offer"), social, teaser, forAah, marseille, later))
            .toList();
    assertThat(ranked).extracting(r -> id(r.getJsonObject("offer"))).containsExactly(id(social));
    assertThat(ranked.get(0).getJsonNumber("costOverHorizonCents").longValue()).isEqualTo(18_000);
    assertThat(ranked.get(0).getInt("rank")).isPositive();

    Map<Long, JsonObject> excluded =
        offers.getJsonArray("excluded").stream()
            .map(JsonValue::asJsonObject)
            .collect(Collectors.toMap(e -> id(e.getJsonObject("offer")), Function.identity()));
    assertThat(excluded).doesNotContainKey(id(gone));
    assertThat(reason(excluded.get(id(teaser)))).isEqualTo("OVER_BUDGET");
    assertThat(reason(excluded.get(id(forAah)))).isEqualTo("NOT_ELIGIBLE");
    assertThat(explanation(excluded.get(id(forAah)), "fr")).contains("AAH");
    assertThat(reason(excluded.get(id(marseille)))).isEqualTo("NOT_COVERED");
    assertThat(explanation(excluded.get(id(marseille)), "fr"))
        .isEqualTo("Non disponible à Montreuil (département 93)");
    assertThat(explanation(excluded.get(id(marseille)), "en"))
        .isEqualTo("Not available in Montreuil (département 93)");
    assertThat(reason(excluded.get(id(later)))).isEqualTo("NOT_VALID");

    // without a budget, the promotional offer is ranked, after the cheaper social one
    List<Long> noBudget =
        socialWorker
            .get("api/offers/for-household/" + household)
            .json()
            .getJsonArray("offers")
            .stream()
            .map(r -> id(r.asJsonObject().getJsonObject("offer")))
            .filter(id -> id == id(social) || id == id(teaser))
            .toList();
    assertThat(noBudget).containsExactly(id(social), id(teaser));
    // the names and phones of the household are not in the answer
    assertThat(reply.body()).doesNotContain("Testfoyer");
    // read as a read of the household's file
    assertThat(
            admin
                .get("api/audit-events?targetType=household&action=READ&targetId=" + household)
                .json()
                .getInt("total"))
        .isGreaterThanOrEqualTo(2);
    // the coordination reads every structure's households
    assertThat(coordinator.get("api/offers/for-household/" + household).status()).isEqualTo(200);
  }

  @Test
  void anotherStructuresSocialWorkerFindsNoSuchHousehold() {
    long household = Referrals.eligibleHousehold(socialWorker, Person.next());
    long elsewhere = Accounts.structure(admin, "CCAS");
    Api stranger = Accounts.user(admin, "SOCIAL_WORKER", elsewhere).signIn(base);

    assertProblem(
        stranger.get("api/offers/for-household/" + household), 404, "household-not-found");
    assertProblem(
        socialWorker.get("api/offers/for-household/999999999"), 404, "household-not-found");
  }

  @Test
  void badInputIsAProblemNeverAServerError() {
    long household = Referrals.eligibleHousehold(socialWorker, Person.next());

    assertProblem(
        socialWorker.get("api/offers/for-household/" + household + "?budget=vingt"),
        400,
        "validation");
    assertProblem(coordinator.post("api/offers", "{\"operator\":\"\"}"), 400, "validation");
    assertProblem(coordinator.post("api/offers", offerJson("Négative", -5, "")), 400, "validation");
    assertProblem(
        coordinator.post("api/offers", offerJson("Kind", 500, ",\"kind\":\"PIGEON\"")), 400, null);
    assertProblem(
        coordinator.post("api/offers", offerJson("Dépt", 500, ",\"departements\":[\"9\"]")),
        400,
        "validation");
    assertProblem(
        coordinator.post("api/offers", offerJson("Commune", 500, ",\"communes\":[\"99999\"]")),
        422,
        "commune-unknown");
    Api.Reply promotion =
        coordinator.post("api/offers", offerJson("Promo", 500, ",\"promotionalMonths\":6"));
    assertProblem(promotion, 422, "offer-invalid");
    assertThat(promotion.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("priceAfterPromotionCents");
    assertProblem(
        coordinator.post(
            "api/offers", offerJson("Dates", 500, ",\"validTo\":\"" + TODAY.minusYears(1) + "\"")),
        422,
        "offer-invalid");
    assertProblem(coordinator.get("api/offers/999999999"), 404, "offer-not-found");
    assertProblem(
        coordinator.put("api/offers/999999999", offerJson("Absente", 500, ",\"version\":0")),
        404,
        "offer-not-found");
  }

  private static boolean mine(JsonObject offer, JsonObject... made) {
    for (JsonObject one : made) {
      if (id(one) == id(offer)) {
        return true;
      }
    }
    return false;
  }

  private static String reason(JsonObject excluded) {
    return excluded.getJsonArray("reasons").getJsonObject(0).getString("reason");
  }

  private static String explanation(JsonObject excluded, String language) {
    return excluded
        .getJsonArray("reasons")
        .getJsonObject(0)
        .getJsonObject("explanation")
        .getString(language);
  }
}
