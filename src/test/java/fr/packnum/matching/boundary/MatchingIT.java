package fr.packnum.matching.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Referrals;
import fr.packnum.testing.Server;
import fr.packnum.testing.Workshop;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Matching over HTTP: the proposal, confirmation into a reservation (device RESERVED, request
 * MATCHED), the database's guarantee under concurrent confirmations, release and cancellation.
 */
class MatchingIT {

  static final String LAPTOP_WITH_WEBCAM =
      "\"preferredDevice\":\"LAPTOP\",\"features\":[\"WEBCAM\"],\"urgency\":\"NORMAL\","
          + "\"needsInternet\":true";

  final URL base = Server.base();
  final Api admin = Accounts.admin(base);
  final long structure = Accounts.structure(admin, "CCAS");
  final Api socialWorker = Accounts.user(admin, "SOCIAL_WORKER", structure).signIn(base);
  final Api coordinator = Accounts.user(admin, "COORDINATOR").signIn(base);
  final Api technician = Accounts.user(admin, "TECHNICIAN").signIn(base);

  private JsonObject eligible() {
    return Referrals.eligibleRequest(socialWorker, coordinator, LAPTOP_WITH_WEBCAM);
  }

  private static long id(JsonObject json) {
    return json.getJsonNumber("id").longValue();
  }

  private Api.Reply confirm(Api api, JsonObject request, JsonObject device) {
    return api.post(
        "api/reservations", "{\"requestId\":" + id(request) + ",\"deviceId\":" + id(device) + "}");
  }

  private JsonObject device(JsonObject device) {
    return technician.get("api/devices/" + id(device)).json();
  }

  private JsonObject request(JsonObject request) {
    return coordinator.get("api/pack-requests/" + id(request)).json();
  }

  @Test
  void theProposalServesTheQueueFromTheShelfAndExplainsEachPairInBothLanguages() {
    JsonObject device = Workshop.readyLaptop(technician);
    JsonObject request = eligible();

    Api.Reply reply = coordinator.get("api/matching/proposal?structureId=" + structure);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonObject proposal = reply.json();
    assertThat(proposal.getJsonArray("pairs")).hasSize(1);
    JsonObject pair = proposal.getJsonArray("pairs").getJsonObject(0);
    assertThat(pair.getString("reference")).isEqualTo(request.getString("reference"));
    assertThat(pair.getString("deviceType")).isEqualTo("LAPTOP");
    assertThat(pair.getInt("priority")).isPositive();
    assertThat(pair.getJsonObject("explanation").getString("fr")).contains("enfant");
    assertThat(pair.getJsonObject("explanation").getString("en")).contains("child");
    assertThat(proposal.getInt("availableDevices")).isPositive();
    assertThat(proposal.getInt("weightsVersion")).isPositive();
    // the proposal names requests by reference and structure, never the household
    assertThat(reply.body()).doesNotContain("Testfoyer");

    JsonObject overview = coordinator.get("api/matching/overview").json();
    assertThat(overview.getJsonObject("readyDevices").getInt("LAPTOP")).isPositive();
    assertThat(device.getString("status")).isEqualTo("READY");
  }

  @Test
  void confirmingReservesTheDeviceAndMatchesTheRequestAndTheWorkshopSeesOnlyTheReference() {
    JsonObject device = Workshop.readyLaptop(technician);
    JsonObject request = eligible();

    Api.Reply confirmed = confirm(coordinator, request, device);
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
    assertThat(confirmed.header("Location")).contains("/api/reservations/");
    JsonObject reservation = confirmed.json();
    assertThat(reservation.getString("status")).isEqualTo("ACTIVE");
    assertThat(reservation.getString("assetTag")).isEqualTo(device.getString("assetTag"));

    JsonObject reserved = device(device);
    assertThat(reserved.getString("status")).isEqualTo("RESERVED");
    assertThat(reserved.getString("reservedFor")).isEqualTo(request.getString("reference"));
    assertThat(reserved.getJsonArray("moves")).isEmpty();
    String deviceView = technician.get("api/devices/" + id(device)).body();
    String events = technician.get("api/devices/" + id(device) + "/events").body();
    for (String body : List.of(deviceView, events)) {
      assertThat(body).doesNotContain("Testfoyer").doesNotContain("\"householdId\"");
    }
    // the bench cannot drop a reservation by marking the device READY again
    Api.Reply bench =
        technician.post("api/devices/" + id(device) + "/status", "{\"status\":\"READY\"}");
    assertThat(bench.status()).isEqualTo(409);

    JsonObject matched = request(request);
    assertThat(matched.getString("status")).isEqualTo("MATCHED");
    assertThat(matched.getJsonArray("events").toString()).contains("MATCHED");

    Api.Reply again = confirm(coordinator, eligible(), device);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("type")).isEqualTo("/problems/device-not-available");
    Api.Reply twice = confirm(coordinator, request, Workshop.readyLaptop(technician));
    assertThat(twice.status()).isEqualTo(409);
  }

  @Test
  void fiftyConcurrentConfirmationsOfOneDeviceGiveOneReservationAndFortyNineConflicts()
      throws Exception {
    JsonObject device = Workshop.readyLaptop(technician);
    List<JsonObject> requests = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      requests.add(eligible());
    }
    List<Callable<Integer>> calls = new ArrayList<>();
    for (JsonObject request : requests) {
      calls.add(() -> confirm(coordinator, request, device).status());
    }

    List<Integer> statuses = all(calls);

    assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
    assertThat(statuses.stream().filter(s -> s == 409)).hasSize(49);
    JsonObject reservations = coordinator.get("api/reservations?deviceId=" + id(device)).json();
    assertThat(reservations.getInt("total")).isEqualTo(1);
    long matched =
        requests.stream().filter(r -> request(r).getString("status").equals("MATCHED")).count();
    assertThat(matched).isEqualTo(1);
  }

  @Test
  void twoDevicesConfirmedAtOnceForOneRequestGiveOneReservation() throws Exception {
    JsonObject request = eligible();
    JsonObject first = Workshop.readyLaptop(technician);
    JsonObject second = Workshop.readyLaptop(technician);
    Api other = Accounts.user(admin, "COORDINATOR").signIn(base);

    List<Integer> statuses =
        all(
            List.of(
                () -> confirm(coordinator, request, first).status(),
                () -> confirm(other, request, second).status()));

    assertThat(statuses).containsExactlyInAnyOrder(201, 409);
    List<String> shelf =
        List.of(device(first).getString("status"), device(second).getString("status"));
    assertThat(shelf).containsExactlyInAnyOrder("RESERVED", "READY");
  }

  @Test
  void twoProposalsHoldingOneDeviceConfirmedAtOnceGiveOneReservation() throws Exception {
    JsonObject device = Workshop.readyLaptop(technician);
    JsonObject one = eligible();
    JsonObject two = eligible();
    Api other = Accounts.user(admin, "COORDINATOR").signIn(base);

    List<Integer> statuses =
        all(
            List.of(
                () -> confirm(coordinator, one, device).status(),
                () -> confirm(other, two, device).status()));

    assertThat(statuses).containsExactlyInAnyOrder(201, 409);
    assertThat(coordinator.get("api/reservations?deviceId=" + id(device)).json().getInt("total"))
        .isEqualTo(1);
  }

  @Test
  void releasingPutsTheDeviceBackOnTheShelfAndTheRequestBackInTheQueueWithItsWaitingKept() {
    JsonObject device = Workshop.readyLaptop(technician);
    JsonObject request = eligible();
    String decidedAt = request.getJsonObject("decision").getString("decidedAt");
    long reservation = id(confirm(coordinator, request, device).json());

    Api.Reply released =
        coordinator.post(
            "api/reservations/" + reservation + "/release",
            "{\"reason\":\"Le foyer a déménagé entre-temps\"}");
    assertThat(released.status()).as(released.toString()).isEqualTo(200);
    assertThat(released.json().getString("status")).isEqualTo("RELEASED");
    assertThat(released.json().getJsonArray("actions")).isEmpty();

    assertThat(device(device).getString("status")).isEqualTo("READY");
    assertThat(device(device).containsKey("reservedFor")).isFalse();
    JsonObject requeued = request(request);
    assertThat(requeued.getString("status")).isEqualTo("ELIGIBLE");
    // compared to the millisecond: PostgreSQL keeps microseconds, the first answer had nanoseconds
    assertThat(millis(requeued.getJsonObject("decision").getString("decidedAt")))
        .isEqualTo(millis(decidedAt));
    assertThat(requeued.getJsonArray("events").toString()).contains("REQUEUED");

    Api.Reply twice =
        coordinator.post("api/reservations/" + reservation + "/release", "{\"reason\":\"encore\"}");
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().getString("type")).isEqualTo("/problems/reservation-ended");
  }

  @Test
  void cancellingAMatchedRequestGivesItsDeviceBackToTheShelf() {
    JsonObject device = Workshop.readyLaptop(technician);
    JsonObject request = eligible();
    long reservation = id(confirm(coordinator, request, device).json());

    Api.Reply cancelled =
        socialWorker.post(
            "api/pack-requests/" + id(request) + "/cancellation",
            "{\"reason\":\"Le foyer a reçu un ordinateur de sa famille\"}");
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

    assertThat(device(device).getString("status")).isEqualTo("READY");
    assertThat(coordinator.get("api/reservations/" + reservation).json().getString("status"))
        .isEqualTo("RELEASED");
  }

  @Test
  void aDeviceThatNoLongerMeetsTheNeedIsRefusedWithTheNeedNamedAndNothingIsWritten() {
    JsonObject device = Workshop.readyLaptop(technician);
    Api.Reply described =
        technician.put(
            "api/devices/" + id(device),
            "{\"specs\":{\"type\":\"LAPTOP\",\"webcam\":false,\"keyboardLayout\":\"AZERTY_FR\"},"
                + "\"version\":"
                + device.getJsonNumber("version")
                + "}");
    assertThat(described.status()).as(described.toString()).isEqualTo(200);
    JsonObject request = eligible();

    Api.Reply refused =
        coordinator.send(
            "POST",
            "api/reservations",
            "{\"requestId\":" + id(request) + ",\"deviceId\":" + id(device) + "}",
            "Accept-Language",
            "en");

    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().getString("type")).isEqualTo("/problems/pair-incompatible");
    assertThat(refused.body()).contains("has no webcam");
    assertThat(device(device).getString("status")).isEqualTo("READY");
    assertThat(request(request).getString("status")).isEqualTo("ELIGIBLE");
  }

  @Test
  void badInputIsAProblemNotAFailure() {
    Api.Reply missing = coordinator.post("api/reservations", "{\"requestId\":1}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.header("Content-Type")).contains("application/problem+json");
    assertThat(coordinator.get("api/matching/proposal?departement=999").status()).isEqualTo(400);
    assertThat(coordinator.get("api/reservations/999999999").status()).isEqualTo(404);
    Api.Reply noRequest =
        coordinator.post("api/reservations", "{\"requestId\":999999999,\"deviceId\":999999999}");
    assertThat(noRequest.status()).isEqualTo(404);
  }

  @Test
  void weightsAreVersionedAndAnOutdatedEditIsRefused() {
    JsonObject current = coordinator.get("api/matching/weights").json();
    int version = current.getInt("version");
    String points =
        "\"perSchoolChild\":50,\"jobSearch\":40,\"urgentWithReason\":30,\"perDayWaiting\":1,"
            + "\"perHouseholdMember\":5,\"noConnectivity\":20,\"mobileOnly\":10,\"qpv\":15}";

    Api.Reply saved =
        coordinator.post("api/matching/weights", "{\"basedOnVersion\":" + version + "," + points);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
    assertThat(saved.json().getInt("version")).isEqualTo(version + 1);
    Api.Reply outdated =
        coordinator.post("api/matching/weights", "{\"basedOnVersion\":" + version + "," + points);
    assertThat(outdated.status()).isEqualTo(409);
    Api.Reply tooMany =
        coordinator.post(
            "api/matching/weights",
            "{\"basedOnVersion\":"
                + (version + 1)
                + ","
                + points.replace("\"qpv\":15", "\"qpv\":5000"));
    assertThat(tooMany.status()).isEqualTo(400);
    Api.Reply inconsistent =
        coordinator.post(
            "api/matching/weights",
            "{\"basedOnVersion\":"
                + (version + 1)
                + ","
                + points.replace("\"mobileOnly\":10", "\"mobileOnly\":25"));
    assertThat(inconsistent.status()).isEqualTo(422);
    assertThat(inconsistent.json().getString("type")).isEqualTo("/problems/weights-inconsistent");
    assertThat(coordinator.get("api/matching/proposal?departement=93").status())
        .as("the weights in force still work")
        .isEqualTo(200);
  }

  static java.time.Instant millis(String instant) {
    return java.time.Instant.parse(instant).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }

  private static List<Integer> all(List<Callable<Integer>> calls) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (Callable<Integer> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> future : futures) {
        statuses.add(future.get());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }
}
