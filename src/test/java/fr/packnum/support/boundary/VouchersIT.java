package fr.packnum.support.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Days;
import fr.packnum.testing.Packs;
import fr.packnum.testing.Referrals;
import fr.packnum.testing.Server;
import fr.packnum.testing.SupportPlaces;
import fr.packnum.testing.Workshop;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Pass numérique vouchers over HTTP: a book recorded by the coordination, a voucher issued by the
 * team to a household it follows up (the plan a hand-over opened), redeemed once at any place, even
 * when eight counters scan it at the same moment; who sees the household's reference.
 */
class VouchersIT {

  static final String ANY_COMPUTER =
      "\"preferredDevice\":\"ANY\",\"features\":[],\"urgency\":\"NORMAL\",\"needsInternet\":true";

  final URL base = Server.base();
  final Api admin = Accounts.admin(base);
  final long ccas = Accounts.structure(admin, "CCAS");
  final Api socialWorker = Accounts.user(admin, "SOCIAL_WORKER", ccas).signIn(base);
  final Api coordinator = Accounts.user(admin, "COORDINATOR").signIn(base);
  final Api technician = Accounts.user(admin, "TECHNICIAN").signIn(base);
  final Accounts.NewUser mediator = Accounts.user(admin, "SUPPORT");
  final Api support = mediator.signIn(base);
  final LocalDate today = Days.today();

  /** The plan a hand-over done by {@code mediator} opened for its team, as its list shows it. */
  private JsonObject openPlan() {
    JsonObject request = Referrals.eligibleRequest(socialWorker, coordinator, ANY_COMPUTER);
    JsonObject reservation = Packs.reserve(coordinator, request, Workshop.readyLaptop(technician));
    JsonObject handover = Packs.book(coordinator, reservation, mediator);
    Packs.handOver(support, handover);
    return support
        .get("api/support-plans?status=OPEN&size=100")
        .expect(200)
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(p -> p.getInt("requestId") == handover.getInt("requestId"))
        .findFirst()
        .orElseThrow();
  }

  /** A book of {@code count} vouchers for team {@code structureId}; answers its first serial. */
  private String book(long structureId, int count, LocalDate receivedOn, LocalDate expiresOn) {
    String first = Accounts.unique("VT").toUpperCase() + "-0001";
    JsonObject book =
        coordinator
            .post("api/voucher-books", bookJson(structureId, first, count, receivedOn, expiresOn))
            .expect(201);
    assertThat(book.getInt("count")).isEqualTo(count);
    assertThat(book.getInt("received")).isEqualTo(count);
    return first;
  }

  private String book(long structureId, int count) {
    return book(structureId, count, today.minusDays(1), today.plusYears(1));
  }

  private static String bookJson(
      long structureId, String first, int count, LocalDate receivedOn, LocalDate expiresOn) {
    return "{\"funder\":\"Département de la Seine-Saint-Denis\",\"structureId\":"
        + structureId
        + ",\"receivedOn\":\""
        + receivedOn
        + "\",\"expiresOn\":\""
        + expiresOn
        + "\",\"firstSerial\":\""
        + first
        + "\",\"count\":"
        + count
        + "}";
  }

  /** A support place of the directory, imported for this test. */
  private long place() {
    String prefix = Accounts.unique("vt");
    assertThat(SupportPlaces.importFile(coordinator, SupportPlaces.fixture(prefix)).status())
        .isEqualTo(200);
    return coordinator
        .get("api/support-places?q=Robert-Desnos")
        .expect(200)
        .getJsonArray("items")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  private static String next(String serial, int plus) {
    int dash = serial.lastIndexOf('-');
    int n = Integer.parseInt(serial.substring(dash + 1)) + plus;
    return serial.substring(0, dash + 1) + String.format("%04d", n);
  }

  private static Api.Reply issue(Api api, String serial, long planId) {
    return api.post("api/vouchers/" + serial + "/issue", "{\"planId\":" + planId + "}");
  }

  private static Api.Reply redeem(Api api, String serial, long placeId, String... headers) {
    return api.send(
        "POST", "api/vouchers/" + serial + "/redemption", "{\"placeId\":" + placeId + "}", headers);
  }

  @Test
  void aVoucherIssuedToAHouseholdIsRedeemedOnceAtAnyPlace() {
    JsonObject plan = openPlan();
    long planId = plan.getJsonNumber("id").longValue();
    String first = book(mediator.structureId(), 3);
    long place = place();

    JsonObject received = support.get("api/vouchers/" + first).expect(200);
    assertThat(received.getString("status")).isEqualTo("RECEIVED");
    assertThat(received.getInt("valueCents")).isEqualTo(1000);
    assertThat(received.getString("funder")).isEqualTo("Département de la Seine-Saint-Denis");
    assertThat(received.getJsonArray("actions").toString()).contains("ISSUE");

    JsonObject issued = issue(support, first, planId).expect(200);
    assertThat(issued.getString("status")).isEqualTo("ISSUED");
    assertThat(issued.getString("issuedOn")).isEqualTo(today.toString());
    assertThat(issued.getString("requestReference")).isEqualTo(plan.getString("requestReference"));
    assertThat(issued.toString()).doesNotContain("Testfoyer");

    // typed at another team's counter, lower case with spaces: any place redeems it
    Api otherSupport = Accounts.user(admin, "SUPPORT").signIn(base);
    String typed = first.toLowerCase().replace("-", "%20-%20");
    JsonObject seenElsewhere = otherSupport.get("api/vouchers/" + typed).expect(200);
    assertThat(seenElsewhere.getString("serial")).isEqualTo(first);
    assertThat(seenElsewhere.containsKey("requestReference")).isFalse();
    assertThat(seenElsewhere.containsKey("planId")).isFalse();
    JsonObject redeemed = redeem(otherSupport, typed, place).expect(200);
    assertThat(redeemed.getString("status")).isEqualTo("REDEEMED");
    assertThat(redeemed.getString("redeemedOn")).isEqualTo(today.toString());
    assertThat(redeemed.getJsonNumber("redeemedPlaceId").longValue()).isEqualTo(place);
    assertThat(redeemed.getString("redeemedPlace")).contains("Robert-Desnos");
    assertThat(redeemed.getJsonArray("actions")).isEmpty();

    Api.Reply twice = redeem(support, first, place);
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.header("Content-Type")).contains("application/problem+json");
    assertThat(twice.json().getString("type")).isEqualTo("/problems/voucher-already-redeemed");
    assertThat(twice.json().getString("title")).isEqualTo("Chèque déjà utilisé");
    Api.Reply inEnglish = redeem(support, first, place, "Accept-Language", "en");
    assertThat(inEnglish.status()).isEqualTo(409);
    assertThat(inEnglish.json().getString("title")).isEqualTo("Voucher already used");

    Api.Reply beforeIssue = redeem(support, next(first, 1), place);
    assertThat(beforeIssue.status()).isEqualTo(409);
    assertThat(beforeIssue.json().getString("type")).isEqualTo("/problems/voucher-not-issued");
    assertThat(issue(support, first, planId).status()).as("issued twice").isEqualTo(409);

    assertThat(support.get("api/vouchers?planId=" + planId).expect(200).toString())
        .contains(first)
        .doesNotContain(next(first, 1));
    assertThat(otherSupport.get("api/vouchers?planId=" + planId).status()).isEqualTo(404);
    JsonObject books = support.get("api/voucher-books?size=100").expect(200);
    assertThat(books.getInt("total")).isEqualTo(1);
    JsonObject counted = books.getJsonArray("items").getJsonObject(0);
    assertThat(counted.getString("firstSerial")).isEqualTo(first);
    assertThat(counted.getString("lastSerial")).isEqualTo(next(first, 2));
    assertThat(counted.getInt("received")).isEqualTo(2);
    assertThat(counted.getInt("issued")).isZero();
    assertThat(counted.getInt("redeemed")).isEqualTo(1);
    assertThat(otherSupport.get("api/voucher-books").expect(200).getInt("total")).isZero();
    assertThat(
            admin
                .get("api/audit-events?targetType=voucher&action=UPDATE&targetId=" + first)
                .expect(200)
                .getInt("total"))
        .as("issue and redemption audited")
        .isEqualTo(2);
  }

  @Test
  void eightCountersRedeemingOneSerialAtOnceRedeemItOnce() throws Exception {
    JsonObject plan = openPlan();
    String serial = book(mediator.structureId(), 1);
    long place = place();
    issue(support, serial, plan.getJsonNumber("id").longValue()).expect(200);
    long counter = Accounts.structure(admin, "EPN");
    List<Api> counters = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      counters.add(Accounts.user(admin, "SUPPORT", counter).signIn(base));
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(counters.size());
    try {
      List<Future<Integer>> replies = new ArrayList<>();
      for (Api api : counters) {
        replies.add(
            pool.submit(
                () -> {
                  start.await();
                  return redeem(api, serial, place).status();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> reply : replies) {
        statuses.add(reply.get(120, TimeUnit.SECONDS));
      }
      assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
      assertThat(statuses).filteredOn(s -> s == 409).hasSize(counters.size() - 1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(support.get("api/vouchers/" + serial).expect(200).getString("status"))
        .isEqualTo("REDEEMED");
  }

  @Test
  void anotherTeamNeitherIssuesToThePlanNorSeesItsReference() {
    JsonObject plan = openPlan();
    long planId = plan.getJsonNumber("id").longValue();
    String ours = book(mediator.structureId(), 1);
    Accounts.NewUser other = Accounts.user(admin, "SUPPORT");
    Api otherSupport = other.signIn(base);
    String theirs = book(other.structureId(), 1);

    Api.Reply toOurPlan = issue(otherSupport, theirs, planId);
    assertThat(toOurPlan.status()).isEqualTo(404);
    assertThat(toOurPlan.json().getString("type")).isEqualTo("/problems/plan-not-found");
    assertThat(issue(otherSupport, ours, planId).status()).as("another team's book").isEqualTo(404);
    assertThat(issue(support, theirs, planId).status()).as("another team's book").isEqualTo(404);

    issue(support, ours, planId).expect(200);
    JsonObject seen = otherSupport.get("api/vouchers/" + ours).expect(200);
    assertThat(seen.getString("status")).isEqualTo("ISSUED");
    assertThat(seen.containsKey("requestReference")).isFalse();
    assertThat(seen.getJsonArray("actions").toString()).contains("REDEEM");
    assertThat(coordinator.get("api/vouchers/" + ours).expect(200).getString("requestReference"))
        .isEqualTo(plan.getString("requestReference"));
    assertThat(support.get("api/vouchers/NOPE-0000").status()).isEqualTo(404);
  }

  @Test
  void anExpiredVoucherIsNotIssued() {
    JsonObject plan = openPlan();
    String expired = book(mediator.structureId(), 1, today.minusYears(1), today.minusDays(1));
    assertThat(support.get("api/vouchers/" + expired).expect(200).getBoolean("expired")).isTrue();
    Api.Reply late = issue(support, expired, plan.getJsonNumber("id").longValue());
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.json().getString("type")).isEqualTo("/problems/voucher-expired");
    assertThat(late.json().getString("detail")).contains(today.minusDays(1).toString());
  }

  @Test
  void aBookIsCheckedAndRecordedOnce() {
    String first = book(mediator.structureId(), 2);
    Api.Reply again =
        coordinator.post(
            "api/voucher-books",
            bookJson(mediator.structureId(), next(first, 1), 3, today, today.plusYears(1)));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("detail")).contains(next(first, 1));

    Api.Reply wrong =
        coordinator.send(
            "POST",
            "api/voucher-books",
            bookJson(mediator.structureId(), "APTIC-X", 501, today, today.minusDays(1)),
            "Accept-Language",
            "en");
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(wrong.body()).contains("firstSerial", "count", "expiresOn", "A book holds");
    assertThat(
            support
                .post(
                    "api/voucher-books",
                    bookJson(mediator.structureId(), "Z-1", 1, today, today.plusDays(1)))
                .status())
        .isEqualTo(403);
  }
}
