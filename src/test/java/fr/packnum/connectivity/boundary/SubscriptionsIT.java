package fr.packnum.connectivity.boundary;

import static fr.packnum.connectivity.boundary.OffersIT.offerJson;
import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Days;
import fr.packnum.testing.Referrals;
import fr.packnum.testing.Referrals.Person;
import fr.packnum.testing.Server;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A household's internet line over HTTP: its social worker records the offer chosen, the line's
 * start, an unpaid bill; the support worklist then shows it, soonest first; a request holds one
 * open line; another structure's line is not found; a stale version and bad input are problems. The
 * worklist is shared by every test on the server, so each test looks only at its own lines.
 */
class SubscriptionsIT {

  static final LocalDate TODAY = Days.today();

  final URL base = Server.base();
  final Api admin = Accounts.admin(base);
  final long structure = Accounts.structure(admin, "CCAS");
  final Api socialWorker = Accounts.user(admin, "SOCIAL_WORKER", structure).signIn(base);
  final Api coordinator = Accounts.user(admin, "COORDINATOR").signIn(base);
  final Api support = Accounts.user(admin, "SUPPORT", structure).signIn(base);

  private long offer(String extra) {
    return coordinator
        .post("api/offers", offerJson("Ligne IT", 990, extra))
        .expect(201)
        .getJsonNumber("id")
        .longValue();
  }

  private long request() {
    return Referrals.draft(socialWorker, Referrals.eligibleHousehold(socialWorker, Person.next()));
  }

  private Api.Reply subscribe(Api who, long request, long offer) {
    return who.post(
        "api/subscriptions", "{\"requestId\":" + request + ",\"offerId\":" + offer + "}");
  }

  private static long id(JsonObject json) {
    return json.getJsonNumber("id").longValue();
  }

  private static long version(JsonObject json) {
    return json.getJsonNumber("version").longValue();
  }

  private List<JsonObject> worklist(Api who, int days, long subscription) {
    JsonArray all = who.get("api/subscriptions/worklist?days=" + days).array(200);
    return all.stream()
        .map(JsonValue::asJsonObject)
        .filter(e -> e.getJsonNumber("subscriptionId").longValue() == subscription)
        .toList();
  }

  private static void assertProblem(Api.Reply reply, int status, String type) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    if (type != null) {
      assertThat(reply.json().getString("type")).isEqualTo("/problems/" + type);
    }
  }

  @Test
  void anActiveLineWhosePromotionEndsSoonOrThatIsUnpaidIsOnTheWorklist() {
    long request = request();
    long offer = offer(",\"promotionalMonths\":1,\"priceAfterPromotionCents\":1990");
    Api.Reply created = subscribe(socialWorker, request, offer);
    JsonObject line = created.expect(201);
    assertThat(created.header("Location")).endsWith("/api/subscriptions/" + id(line));
    assertThat(line.getString("status")).isEqualTo("REQUESTED");
    assertThat(line.getString("requestedOn")).isEqualTo(TODAY.toString());
    assertThat(line.getJsonArray("actions").toString()).contains("ACTIVATE", "REFUSE");

    JsonObject active =
        socialWorker
            .post(
                "api/subscriptions/" + id(line) + "/activation",
                "{\"activeFrom\":\"" + TODAY + "\",\"version\":" + version(line) + "}")
            .expect(200);
    assertThat(active.getString("status")).isEqualTo("ACTIVE");
    LocalDate promotionEnds = TODAY.plusMonths(1);
    assertThat(active.getString("promotionEndsOn")).isEqualTo(promotionEnds.toString());

    assertThat(worklist(support, 0, id(line))).isEmpty();
    List<JsonObject> soon = worklist(support, 31, id(line));
    assertThat(soon).hasSize(1);
    assertThat(soon.get(0).getString("requestReference")).startsWith("P-");
    assertThat(soon.get(0).getString("offerName")).isEqualTo("Ligne IT");
    assertThat(soon.get(0).getString("on")).isEqualTo(promotionEnds.toString());
    assertThat(soon.get(0).getJsonArray("reasons").getJsonObject(0).getString("concern"))
        .isEqualTo("PROMOTION_ENDING");

    JsonObject unpaid =
        socialWorker
            .post(
                "api/subscriptions/" + id(line) + "/unpaid",
                "{\"version\":" + version(active) + "}")
            .expect(200);
    assertThat(unpaid.getBoolean("unpaid")).isTrue();
    List<JsonObject> risk = worklist(coordinator, 0, id(line));
    assertThat(risk).hasSize(1);
    assertThat(risk.get(0).getString("on")).isEqualTo(TODAY.toString());
    assertThat(risk.get(0).getJsonArray("reasons").getJsonObject(0).getString("concern"))
        .isEqualTo("UNPAID");

    // the request page lists it; once ended, it leaves the worklist
    JsonArray lines = socialWorker.get("api/subscriptions?requestId=" + request).array(200);
    assertThat(lines).hasSize(1);
    socialWorker
        .post("api/subscriptions/" + id(line) + "/end", "{\"version\":" + version(unpaid) + "}")
        .expect(200);
    assertThat(worklist(support, 31, id(line))).isEmpty();
  }

  @Test
  void aRequestHoldsOneOpenLineUntilItIsRefused() {
    long request = request();
    long offer = offer("");
    JsonObject first = subscribe(socialWorker, request, offer).expect(201);
    assertProblem(subscribe(coordinator, request, offer), 409, "subscription-open-exists");

    JsonObject refused =
        coordinator
            .post(
                "api/subscriptions/" + id(first) + "/refusal",
                "{\"reason\":\"Adresse non éligible\",\"version\":" + version(first) + "}")
            .expect(200);
    assertThat(refused.getString("status")).isEqualTo("REFUSED");
    assertProblem(
        coordinator.post(
            "api/subscriptions/" + id(first) + "/activation",
            "{\"activeFrom\":\"" + TODAY + "\",\"version\":" + version(refused) + "}"),
        409,
        "subscription-transition-refused");
    subscribe(socialWorker, request, offer).expect(201);
  }

  @Test
  void anotherStructuresSocialWorkerFindsNoSuchLine() {
    long request = request();
    JsonObject line = subscribe(socialWorker, request, offer("")).expect(201);
    Api stranger =
        Accounts.user(admin, "SOCIAL_WORKER", Accounts.structure(admin, "CCAS")).signIn(base);

    assertProblem(stranger.get("api/subscriptions/" + id(line)), 404, "subscription-not-found");
    assertProblem(
        stranger.post(
            "api/subscriptions/" + id(line) + "/refusal",
            "{\"reason\":\"non\",\"version\":" + version(line) + "}"),
        404,
        "subscription-not-found");
    assertProblem(stranger.get("api/subscriptions?requestId=" + request), 404, null);
    assertProblem(subscribe(stranger, request, offer("")), 404, null);
  }

  @Test
  void aStaleVersionAndBadInputAreProblems() {
    long request = request();
    JsonObject line = subscribe(socialWorker, request, offer("")).expect(201);
    String path = "api/subscriptions/" + id(line);

    assertProblem(
        socialWorker.post(
            path + "/activation",
            "{\"activeFrom\":\"" + TODAY + "\",\"version\":" + (version(line) + 1) + "}"),
        409,
        "stale-version");
    assertProblem(
        socialWorker.post(path + "/activation", "{\"version\":" + version(line) + "}"),
        400,
        "validation");
    assertProblem(
        socialWorker.post(
            path + "/activation",
            "{\"activeFrom\":\"" + TODAY.minusDays(1) + "\",\"version\":" + version(line) + "}"),
        422,
        "subscription-invalid");
    assertProblem(
        socialWorker.post(
            path + "/refusal", "{\"reason\":\" \",\"version\":" + version(line) + "}"),
        400,
        "validation");
    assertProblem(
        socialWorker.post("api/subscriptions", "{\"requestId\":" + request + "}"),
        400,
        "validation");
    assertProblem(subscribe(socialWorker, request, 999_999_999L), 404, "offer-not-found");
    assertProblem(support.get("api/subscriptions/worklist?days=-1"), 400, "validation");
  }
}
