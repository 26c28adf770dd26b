package fr.packnum.support.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Days;
import fr.packnum.testing.Packs;
import fr.packnum.testing.Referrals;
import fr.packnum.testing.Server;
import fr.packnum.testing.Workshop;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The follow-up over HTTP: a hand-over done opens the household's plan for the hand-over's team,
 * the calls come on the support person's day from the hand-over date, a call not reached is
 * retried, workshops take bookings up to their seats and an attendance sheet, the last milestone
 * closes the plan and the request. Another team sees none of it; the social worker sees where it
 * stands, not what was said.
 */
class SupportPlansIT {

  static final String ANY_COMPUTER =
      "\"preferredDevice\":\"ANY\",\"features\":[],\"urgency\":\"NORMAL\",\"needsInternet\":true";
  static final String WELL =
      "{\"reached\":true,\"deviceWorks\":true,\"stillConnected\":true,\"usingIt\":true,"
          + "\"needsHelp\":false,\"notes\":\"Utilise l’ENT et la messagerie\"}";
  static final String NOT_REACHED = "{\"reached\":false,\"notes\":\"Messagerie\"}";

  final URL base = Server.base();
  final Api admin = Accounts.admin(base);
  final long ccas = Accounts.structure(admin, "CCAS");
  final Api socialWorker = Accounts.user(admin, "SOCIAL_WORKER", ccas).signIn(base);
  final Api coordinator = Accounts.user(admin, "COORDINATOR").signIn(base);
  final Api technician = Accounts.user(admin, "TECHNICIAN").signIn(base);
  final Accounts.NewUser mediator = Accounts.user(admin, "SUPPORT");
  final Api support = mediator.signIn(base);
  final LocalDate today = Days.today();

  /** A pack handed over by {@link #mediator} today. */
  private JsonObject handedOver() {
    JsonObject request = Referrals.eligibleRequest(socialWorker, coordinator, ANY_COMPUTER);
    JsonObject reservation = Packs.reserve(coordinator, request, Workshop.readyLaptop(technician));
    JsonObject handover = Packs.book(coordinator, reservation, mediator);
    Packs.handOver(support, handover);
    return handover;
  }

  /** The plan opened for the hand-over's request, as its support person finds it. */
  private JsonObject planOf(JsonObject handover) {
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

  private static List<JsonObject> calls(JsonObject dayOrPlan, long planId) {
    return dayOrPlan.getJsonArray("calls").getValuesAs(JsonObject.class).stream()
        .filter(c -> !c.containsKey("planId") || c.getInt("planId") == planId)
        .toList();
  }

  private JsonObject day(Api api, LocalDate on) {
    return api.get("api/support-plans/day?on=" + on).expect(200);
  }

  private long workshop(Api api, int seats) {
    long place =
        coordinator
            .post(
                "api/support-places",
                "{\"standardId\":\""
                    + Accounts.unique("atelier")
                    + "\",\"name\":\"Médiathèque Persépolis\",\"inseeCode\":\"93048\","
                    + "\"address\":\"4 avenue de la Convention\",\"latitude\":48.8620,"
                    + "\"longitude\":2.4430,\"services\":[\"ADMINISTRATIVE_PROCEDURES\"]}")
            .expect(201)
            .getJsonNumber("id")
            .longValue();
    return api.post(
            "api/support-sessions",
            "{\"title\":\"Atelier e-mail\",\"startsAt\":\""
                + today.plusDays(10).atTime(14, 0)
                + "\",\"minutes\":90,\"capacity\":"
                + seats
                + ",\"placeId\":"
                + place
                + "}")
        .expect(201)
        .getJsonNumber("id")
        .longValue();
  }

  @Test
  void aHandoverOpensTheFollowUpWhoseCallsComeOnTheDayFromTheHandoverDate() {
    JsonObject handover = handedOver();
    String request = "api/pack-requests/" + handover.getInt("requestId");

    assertThat(coordinator.get(request).json().getString("status")).isEqualTo("IN_FOLLOW_UP");
    assertThat(coordinator.get(request).body()).contains("FOLLOW_UP_STARTED");
    JsonObject plan = planOf(handover);
    long planId = plan.getJsonNumber("id").longValue();
    assertThat(plan.getString("householdName")).contains("Testfoyer");
    assertThat(plan.getJsonArray("calls").getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("milestone"), c -> c.getString("dueOn"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("J+7", today.plusDays(7).toString()),
            org.assertj.core.groups.Tuple.tuple("M+1", today.plusMonths(1).toString()),
            org.assertj.core.groups.Tuple.tuple("M+3", today.plusMonths(3).toString()),
            org.assertj.core.groups.Tuple.tuple("M+6", today.plusMonths(6).toString()));
    assertThat(plan.getJsonArray("sessions").getJsonObject(0).getString("kind"))
        .as("the hand-over session, attended")
        .isEqualTo("HANDOVER");
    assertThat(plan.getJsonArray("sessions").getJsonObject(0).getString("status"))
        .isEqualTo("ATTENDED");

    assertThat(calls(day(support, today.plusDays(6)), planId)).as("not due yet").isEmpty();
    JsonObject weekLater = day(support, today.plusDays(7));
    List<JsonObject> due = calls(weekLater, planId);
    assertThat(due).hasSize(1);
    assertThat(due.get(0).getString("milestone")).isEqualTo("J+7");
    assertThat(due.get(0).getString("householdPhone")).isNotBlank();
    assertThat(calls(day(support, today.plusDays(40)), planId))
        .as("a late call stays on the list, with the next one")
        .extracting(c -> c.getString("milestone"))
        .containsExactly("J+7", "M+1");
    assertThat(
            day(support, today).getJsonArray("sessions").getValuesAs(JsonObject.class).stream()
                .anyMatch(s -> s.getString("kind").equals("HANDOVER")))
        .as("today's hand-over session is on today's day")
        .isTrue();

    long callId = due.get(0).getJsonNumber("callId").longValue();
    String log = "api/support-plans/" + planId + "/calls/" + callId;
    JsonObject afterMiss = support.post(log, NOT_REACHED).expect(200);
    List<JsonObject> retried =
        afterMiss.getJsonArray("calls").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("milestone").equals("J+7"))
            .toList();
    assertThat(retried)
        .extracting(c -> c.getString("status"), c -> c.getInt("attempt"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("NOT_REACHED", 1),
            org.assertj.core.groups.Tuple.tuple("DUE", 2));
    assertThat(retried.get(1).getString("dueOn")).isEqualTo(today.plusDays(2).toString());
    Api.Reply twice = support.post(log, WELL, "Accept-Language", "en");
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().getString("type")).isEqualTo("/problems/call-already-logged");
    assertThat(twice.json().getString("title")).isEqualTo("Call already logged");

    assertThat(
            admin
                .get("api/audit-events?targetType=household&action=READ&actorId=" + mediator.id())
                .expect(200)
                .getInt("total"))
        .as("the names on the day are reads of the households' files")
        .isPositive();
  }

  @Test
  void theLastMilestoneClosesThePlanAndTheRequestWithTheOutcome() {
    JsonObject handover = handedOver();
    long planId = planOf(handover).getJsonNumber("id").longValue();
    String plan = "api/support-plans/" + planId;
    long workshop = workshop(support, 8);

    Api.Reply badSkills =
        support.put(plan + "/skills/START", "{\"levels\":{\"EMAIL\":2,\"FILES\":5}}");
    assertThat(badSkills.status()).isEqualTo(422);
    assertThat(badSkills.body()).contains("levels.VIDEO_CALL").contains("levels.FILES");
    support
        .put(
            plan + "/skills/START",
            "{\"levels\":{\"EMAIL\":1,\"ONLINE_PROCEDURE\":0,\"VIDEO_CALL\":0,"
                + "\"SAFE_BROWSING\":1,\"FILES\":0}}")
        .expect(200);

    JsonObject view = support.get(plan).expect(200);
    for (int milestone = 0; milestone < 4; milestone++) {
      JsonObject next =
          view.getJsonArray("calls").getValuesAs(JsonObject.class).stream()
              .filter(c -> c.getString("status").equals("DUE"))
              .findFirst()
              .orElseThrow();
      String answer =
          milestone == 1
              ? "{\"reached\":true,\"deviceWorks\":true,\"stillConnected\":true,\"usingIt\":true,"
                  + "\"needsHelp\":true,\"sessionId\":"
                  + workshop
                  + "}"
              : WELL;
      view = support.post(plan + "/calls/" + next.getInt("id"), answer).expect(200);
    }

    assertThat(view.getString("status")).isEqualTo("CLOSED");
    assertThat(view.getString("outcome")).isEqualTo("STILL_CONNECTED_AND_USING");
    assertThat(view.getJsonArray("actions")).isEmpty();
    assertThat(
            coordinator
                .get("api/pack-requests/" + handover.getInt("requestId"))
                .json()
                .getString("status"))
        .isEqualTo("CLOSED");
    assertThat(
            view.getJsonArray("sessions").getValuesAs(JsonObject.class).stream()
                .anyMatch(s -> s.getInt("sessionId") == workshop))
        .as("needing help at M+1 booked the workshop")
        .isTrue();
    Api.Reply closed =
        support.put(
            plan + "/skills/END",
            "{\"levels\":{\"EMAIL\":2,\"ONLINE_PROCEDURE\":1,\"VIDEO_CALL\":2,"
                + "\"SAFE_BROWSING\":1,\"FILES\":1}}");
    assertThat(closed.status()).as("the end answers are taken at the last call").isEqualTo(200);

    JsonObject status =
        socialWorker
            .get("api/support-plans/status?requestId=" + handover.getInt("requestId"))
            .array(200)
            .getJsonObject(0);
    assertThat(status.getString("status")).isEqualTo("CLOSED");
    assertThat(status.getString("outcome")).isEqualTo("STILL_CONNECTED_AND_USING");
    assertThat(status.getInt("milestonesDone")).isEqualTo(4);
    assertThat(status.toString())
        .as("the social worker reads where it stands, not what was said")
        .doesNotContain("ENT")
        .doesNotContain("notes")
        .doesNotContain("Testfoyer");
    Api otherReferrer = Accounts.user(admin, "SOCIAL_WORKER").signIn(base);
    assertThat(
            otherReferrer
                .get("api/support-plans/status?requestId=" + handover.getInt("requestId"))
                .status())
        .isEqualTo(404);
    assertThat(socialWorker.get(plan).status()).isEqualTo(403);
  }

  @Test
  void anotherTeamSeesNoneOfTheHouseholdsNorTheirSessions() {
    JsonObject handover = handedOver();
    long planId = planOf(handover).getJsonNumber("id").longValue();
    long workshop = workshop(support, 5);
    Api otherTeam = Accounts.user(admin, "SUPPORT").signIn(base);

    assertThat(otherTeam.get("api/support-plans/" + planId).status()).isEqualTo(404);
    assertThat(otherTeam.get("api/support-plans?size=100").body()).doesNotContain("Testfoyer");
    assertThat(day(otherTeam, today.plusMonths(7)).toString()).doesNotContain("Testfoyer");
    assertThat(day(otherTeam, today.plusMonths(7)).getJsonArray("calls")).isEmpty();
    assertThat(otherTeam.get("api/support-sessions/" + workshop).status()).isEqualTo(404);
    assertThat(
            otherTeam
                .post(
                    "api/support-sessions/" + workshop + "/bookings", "{\"planId\":" + planId + "}")
                .status())
        .isEqualTo(404);
    JsonObject plan = support.get("api/support-plans/" + planId).expect(200);
    long callId = plan.getJsonArray("calls").getJsonObject(0).getJsonNumber("id").longValue();
    assertThat(otherTeam.post("api/support-plans/" + planId + "/calls/" + callId, WELL).status())
        .isEqualTo(404);
    assertThat(technician.get("api/support-plans/day").status()).isEqualTo(403);
  }

  @Test
  void theLastSeatOfAWorkshopGoesToOneHouseholdAndTheSheetSaysWhoCame() throws Exception {
    long first = planOf(handedOver()).getJsonNumber("id").longValue();
    long second = planOf(handedOver()).getJsonNumber("id").longValue();
    long workshop = workshop(support, 1);
    Api colleague = Accounts.user(admin, "SUPPORT", mediator.structureId()).signIn(base);
    String bookings = "api/support-sessions/" + workshop + "/bookings";

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Integer>> both =
          List.of(
              () -> {
                start.await();
                return support.post(bookings, "{\"planId\":" + first + "}").status();
              },
              () -> {
                start.await();
                return colleague.post(bookings, "{\"planId\":" + second + "}").status();
              });
      List<Future<Integer>> answers = both.stream().map(pool::submit).toList();
      start.countDown();
      List<Integer> statuses = new java.util.ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      assertThat(statuses).containsExactlyInAnyOrder(201, 409);
    } finally {
      pool.shutdownNow();
    }

    JsonObject session = support.get("api/support-sessions/" + workshop).expect(200);
    assertThat(session.getInt("seatsTaken")).isEqualTo(1);
    JsonObject seat = session.getJsonArray("sheet").getJsonObject(0);
    assertThat(seat.getString("householdName")).contains("Testfoyer");
    assertThat(seat.getString("status")).isEqualTo("BOOKED");
    JsonObject marked =
        support
            .post(
                "api/support-sessions/" + workshop + "/attendance",
                "{\"marks\":[{\"bookingId\":" + seat.getInt("bookingId") + ",\"attended\":true}]}")
            .expect(200);
    assertThat(marked.getJsonArray("sheet").getJsonObject(0).getString("status"))
        .isEqualTo("ATTENDED");
    Api.Reply full =
        support.post(
            bookings, "{\"planId\":" + (seat.getInt("planId") == first ? second : first) + "}");
    assertThat(full.status()).isEqualTo(409);
    assertThat(full.json().getString("type")).isEqualTo("/problems/session-full");
    assertThat(full.json().getString("title")).isEqualTo("Atelier complet");
  }

  @Test
  void aDeviceBroughtBackClosesTheFollowUp() {
    JsonObject handover = handedOver();
    long planId = planOf(handover).getJsonNumber("id").longValue();

    support
        .post(
            "api/handovers/" + handover.getInt("id") + "/return",
            "{\"scannedTag\":\""
                + handover.getString("assetTag")
                + "\",\"reason\":\"NO_LONGER_NEEDED\",\"condition\":\"GOOD\",\"chargerBack\":true,"
                + "\"returnedByName\":\"Zélie Testfoyer\",\"outcome\":\"CLOSE\"}")
        .expect(201);

    JsonObject plan = support.get("api/support-plans/" + planId).expect(200);
    assertThat(plan.getString("status")).isEqualTo("CLOSED");
    assertThat(plan.getString("outcome")).isEqualTo("DEVICE_RETURNED");
    assertThat(
            coordinator
                .get("api/pack-requests/" + handover.getInt("requestId"))
                .json()
                .getString("status"))
        .isEqualTo("CLOSED");
    assertThat(support.get("api/support-plans/day?on=2026-02-30").status()).isEqualTo(400);
  }
}
