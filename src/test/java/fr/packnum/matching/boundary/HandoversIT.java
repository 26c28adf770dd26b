package fr.packnum.matching.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Packs;
import fr.packnum.testing.Referrals;
import fr.packnum.testing.Server;
import fr.packnum.testing.Workshop;
import jakarta.json.JsonObject;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * Hand-over over HTTP: booking, who sees the appointment, the device checked by its tag at the
 * counter, the signature, DELIVERED, no-shows.
 */
class HandoversIT {

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

  /** A reserved laptop and its request, with a hand-over booked tomorrow at 10:00. */
  private JsonObject booked() {
    JsonObject request = Referrals.eligibleRequest(socialWorker, coordinator, ANY_COMPUTER);
    JsonObject reservation = Packs.reserve(coordinator, request, Workshop.readyLaptop(technician));
    assertThat(reservation.getJsonArray("actions").toString()).contains("BOOK_HANDOVER");
    return Packs.book(coordinator, reservation, mediator);
  }

  private String status(String path) {
    return coordinator.get(path).json().getString("status");
  }

  @Test
  void bookingShowsTheAppointmentToTheReferrerAndTheRecipientToTheCounterOnly() {
    JsonObject handover = booked();
    String path = "api/handovers/" + handover.getInt("id");
    assertThat(handover.getString("status")).isEqualTo("BOOKED");
    assertThat(status("api/pack-requests/" + handover.getInt("requestId")))
        .isEqualTo("HANDOVER_BOOKED");

    assertThat(
            socialWorker
                .get("api/handovers?requestId=" + handover.getInt("requestId"))
                .expect(200)
                .getInt("total"))
        .as("the request page finds its hand-over")
        .isEqualTo(1);
    assertThat(
            coordinator
                .get("api/reservations/" + handover.getInt("reservationId"))
                .expect(200)
                .getJsonArray("actions")
                .toString())
        .as("booked once")
        .doesNotContain("BOOK_HANDOVER");
    assertThat(coordinator.get("api/handovers/support-people").body())
        .as("the booking form offers the support people")
        .contains("\"id\":" + mediator.id() + ",");

    JsonObject seenByReferrer = socialWorker.get(path).expect(200);
    assertThat(seenByReferrer.getString("appointmentAt"))
        .isEqualTo(handover.getString("appointmentAt"));
    assertThat(seenByReferrer.containsKey("recipient")).isFalse();
    JsonObject day =
        support.get("api/handovers?day=" + fr.packnum.testing.Days.today().plusDays(1)).expect(200);
    JsonObject onTheList =
        day.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(h -> h.getInt("id") == handover.getInt("id"))
            .findFirst()
            .orElseThrow();
    assertThat(onTheList.getJsonObject("recipient").getString("name")).contains("Testfoyer");
    assertThat(onTheList.getJsonArray("actions").toString()).contains("COMPLETE");

    Api otherMediator = Accounts.user(admin, "SUPPORT").signIn(base);
    Api otherReferrer = Accounts.user(admin, "SOCIAL_WORKER").signIn(base);
    assertThat(otherMediator.get(path).status()).isEqualTo(404);
    assertThat(otherReferrer.get(path).status()).isEqualTo(404);
    assertThat(otherReferrer.get("api/handovers").expect(200).getInt("total")).isZero();
    assertThat(technician.get(path).status()).isEqualTo(403);
    assertThat(support.get("api/handovers?day=2026-13-45").status()).isEqualTo(400);
    Api.Reply notADay = support.get("api/handovers?day=demain");
    assertThat(notADay.status()).isEqualTo(400);
    assertThat(notADay.header("Content-Type")).contains("application/problem+json");

    long household =
        socialWorker
            .get("api/pack-requests/" + handover.getInt("requestId"))
            .expect(200)
            .getJsonNumber("householdId")
            .longValue();
    assertThat(
            admin
                .get(
                    "api/audit-events?targetType=household&action=READ&actorId="
                        + mediator.id()
                        + "&targetId="
                        + household)
                .expect(200)
                .getInt("total"))
        .as("the mediator's read of the recipient is audited")
        .isPositive();
  }

  @Test
  void aWrongTagIsRefusedAndTheRightOneDeliversTheDeviceAndTheRequest() {
    JsonObject handover = booked();
    String path = "api/handovers/" + handover.getInt("id");

    Api.Reply wrong =
        support.send(
            "POST",
            path + "/completion",
            "{\"scannedTag\":\"PN-000000\",\"recipientName\":\"Zélie\",\"signaturePng\":\""
                + Packs.SIGNATURE
                + "\"}",
            "Accept-Language",
            "en");
    assertThat(wrong.status()).isEqualTo(409);
    assertThat(wrong.json().getString("type")).isEqualTo("/problems/wrong-device");
    assertThat(wrong.json().getString("detail")).contains(handover.getString("assetTag"));
    Api.Reply unsigned =
        support.post(
            path + "/completion",
            "{\"scannedTag\":\""
                + handover.getString("assetTag")
                + "\",\"recipientName\":\"Zélie\"}");
    assertThat(unsigned.status()).isEqualTo(422);
    assertThat(status(path)).isEqualTo("BOOKED");

    JsonObject done = Packs.handOver(support, handover);

    assertThat(done.getString("status")).isEqualTo("DONE");
    assertThat(done.getBoolean("signedOnScreen")).isTrue();
    assertThat(done.getJsonArray("actions").toString()).contains("RECEIPT");
    assertThat(
            technician.get("api/devices/" + handover.getInt("deviceId")).json().getString("status"))
        .isEqualTo("DELIVERED");
    assertThat(status("api/pack-requests/" + handover.getInt("requestId")))
        .isEqualTo("IN_FOLLOW_UP");
    assertThat(status("api/reservations/" + handover.getInt("reservationId")))
        .isEqualTo("HANDED_OVER");
    assertThat(support.post(path + "/no-show", "").status()).isEqualTo(409);

    Api.Binary receipt = support.binary("GET", path + "/receipt.pdf", null, null);
    assertThat(receipt.status()).isEqualTo(200);
    String text = fr.packnum.testing.Pdfs.text(receipt.body());
    String certificate =
        technician.get("api/devices/" + handover.getInt("deviceId") + "/events").body();
    assertThat(text)
        .contains(handover.getString("assetTag"), handover.getString("requestReference"))
        .contains(
            technician
                .get("api/devices/" + handover.getInt("deviceId"))
                .json()
                .getString("serial"));
    java.util.regex.Matcher code =
        java.util.regex.Pattern.compile("\"CERTIFICATE_ISSUED\".*?\"notes\":\"([^\"]+)\"")
            .matcher(certificate);
    assertThat(code.find()).as("the hand-over certified the erasure").isTrue();
    assertThat(text).contains(code.group(1));
    assertThat(support.binary("GET", path + "/letter.pdf", null, null).status()).isEqualTo(409);
  }

  @Test
  void theLetterTellsTheHouseholdWhenAndWhereInItsLanguage() {
    JsonObject handover = booked();
    String path = "api/handovers/" + handover.getInt("id") + "/letter.pdf";

    Api.Binary french = socialWorker.binary("GET", path, null, null);
    Api.Binary english = socialWorker.binary("GET", path + "?lang=en", null, null);

    assertThat(french.status()).isEqualTo(200);
    assertThat(french.contentType()).startsWith("application/pdf");
    assertThat(fr.packnum.testing.Pdfs.text(french.body()))
        .contains("Rendez-vous pour la remise", handover.getString("requestReference"), "10h00");
    assertThat(fr.packnum.testing.Pdfs.text(english.body())).contains("Appointment", "at 10:00");
    assertThat(
            support
                .binary(
                    "GET", "api/handovers/" + handover.getInt("id") + "/receipt.pdf", null, null)
                .status())
        .isEqualTo(409);
  }

  @Test
  void theSecondNoShowReleasesTheDeviceAndRequeuesTheRequest() {
    JsonObject handover = booked();
    String path = "api/handovers/" + handover.getInt("id");

    JsonObject once = support.post(path + "/no-show", "").expect(200);
    assertThat(once.getString("status")).isEqualTo("BOOKED");
    assertThat(once.getInt("noShows")).isEqualTo(1);
    JsonObject twice = support.post(path + "/no-show", "").expect(200);

    assertThat(twice.getString("status")).isEqualTo("MISSED");
    assertThat(
            technician.get("api/devices/" + handover.getInt("deviceId")).json().getString("status"))
        .isEqualTo("READY");
    assertThat(status("api/pack-requests/" + handover.getInt("requestId"))).isEqualTo("ELIGIBLE");
    assertThat(status("api/reservations/" + handover.getInt("reservationId")))
        .isEqualTo("RELEASED");
  }

  @Test
  void aHandOverIsRunByASupportPersonAtOnePlace() {
    JsonObject request = Referrals.eligibleRequest(socialWorker, coordinator, ANY_COMPUTER);
    JsonObject reservation = Packs.reserve(coordinator, request, Workshop.readyLaptop(technician));
    String booking =
        "{\"reservationId\":"
            + reservation.getInt("id")
            + ",\"appointmentAt\":\"2030-01-15T10:00:00\",\"placeAddress\":\"12 rue de Paris\","
            + "\"supportUserId\":";

    Api.Reply notSupport =
        coordinator.post("api/handovers", booking + Accounts.user(admin, "TECHNICIAN").id() + "}");
    assertThat(notSupport.status()).isEqualTo(422);
    assertThat(notSupport.json().getString("type")).isEqualTo("/problems/not-a-support-person");
    Api.Reply twoPlaces =
        coordinator.post(
            "api/handovers",
            booking.replace(
                    "\"placeAddress\"", "\"placeStructureId\":" + ccas + ",\"placeAddress\"")
                + mediator.id()
                + "}");
    assertThat(twoPlaces.status()).isEqualTo(422);
    assertThat(status("api/pack-requests/" + request.getInt("id"))).isEqualTo("MATCHED");

    JsonObject atAnAddress =
        coordinator.post("api/handovers", booking + mediator.id() + "}").expect(201);
    assertThat(atAnAddress.getString("placeAddress")).isEqualTo("12 rue de Paris");
  }

  private static String returnForm(String tag, String outcome, String replacementTag) {
    return "{\"scannedTag\":\""
        + tag
        + "\",\"reason\":\"FAULTY\",\"condition\":\"WORN\",\"chargerBack\":true,"
        + "\"returnedByName\":\"Zélie Testfoyer\",\"outcome\":\""
        + outcome
        + "\""
        + (replacementTag == null ? "" : ",\"replacementTag\":\"" + replacementTag + "\"")
        + "}";
  }

  @Test
  void aReturnedDeviceGoesToDiagnosisAndIsNotReadyAgainBeforeANewErasure() {
    JsonObject handover = booked();
    String path = "api/handovers/" + handover.getInt("id");
    String tag = handover.getString("assetTag");
    String device = "api/devices/" + handover.getInt("deviceId");
    Packs.handOver(support, handover);

    Api.Reply wrongTag = support.post(path + "/return", returnForm("PN-000000", "REQUEUE", null));
    assertThat(wrongTag.status()).isEqualTo(409);
    assertThat(wrongTag.json().getString("type")).isEqualTo("/problems/wrong-device");
    assertThat(technician.post(path + "/return", returnForm(tag, "REQUEUE", null)).status())
        .isEqualTo(403);
    assertThat(support.binary("GET", path + "/return-receipt.pdf", null, null).status())
        .isEqualTo(404);

    JsonObject recorded =
        support.post(path + "/return", returnForm(tag, "REQUEUE", null)).expect(201);

    JsonObject returned = recorded.getJsonObject("handover").getJsonObject("returned");
    assertThat(returned.getString("outcome")).isEqualTo("REQUEUE");
    assertThat(returned.getString("returnedBy")).isEqualTo("Zélie Testfoyer");
    assertThat(recorded.containsKey("replacement")).isFalse();
    assertThat(technician.get(device).json().getString("status")).isEqualTo("RETURNED");
    assertThat(technician.get(device).json().containsKey("reservedFor")).isFalse();
    assertThat(status("api/pack-requests/" + handover.getInt("requestId"))).isEqualTo("ELIGIBLE");
    assertThat(
            socialWorker.get(path).expect(200).getJsonObject("returned").containsKey("returnedBy"))
        .as("the referrer reads the outcome, not who came to the counter")
        .isFalse();
    Api.Reply twice = support.post(path + "/return", returnForm(tag, "REQUEUE", null));
    assertThat(twice.status()).isEqualTo(409);

    Api.Binary receipt = support.binary("GET", path + "/return-receipt.pdf", null, null);
    assertThat(receipt.status()).isEqualTo(200);
    assertThat(fr.packnum.testing.Pdfs.text(receipt.body()).replaceAll("\\s+", " "))
        .contains(tag, handover.getString("requestReference"), "Zélie Testfoyer")
        .contains("seront effacées par l’atelier avant tout réemploi");
    Api otherReferrer = Accounts.user(admin, "SOCIAL_WORKER").signIn(base);
    assertThat(otherReferrer.binary("GET", path + "/return-receipt.pdf", null, null).status())
        .isEqualTo(404);

    technician.post(device + "/status", "{\"status\":\"IN_DIAGNOSIS\"}").expect(200);
    JsonObject bench =
        technician.post(device + "/status", "{\"status\":\"IN_REFURBISHMENT\"}").expect(200);
    Api.Reply notYet = technician.post(device + "/status", "{\"status\":\"READY\"}");
    assertThat(notYet.status()).isEqualTo(409);
    assertThat(notYet.json().getString("type")).isEqualTo("/problems/device-not-ready");
    assertThat(notYet.body()).contains("erasure");
    String drive = bench.getJsonArray("drives").getJsonObject(0).getString("serial");
    technician
        .post(
            device + "/erasures",
            "{\"driveSerial\":\""
                + drive
                + "\",\"method\":\"BLOCK_ERASE\",\"standard\":\"NIST_800_88_PURGE\","
                + "\"tool\":\"nwipe 0.37\",\"passes\":1,\"verified\":true,\"result\":\"SUCCESS\","
                + "\"performedOn\":\""
                + fr.packnum.testing.Days.today()
                + "\"}")
        .expect(200);
    Api.Reply stillNot = technician.post(device + "/status", "{\"status\":\"READY\"}");
    assertThat(stillNot.status()).as("a new functional test too").isEqualTo(409);
    assertThat(stillNot.body()).doesNotContain("\"erasure\"").contains("functionalTest");
  }

  @Test
  void aSwapReservesTheReplacementForTheSameRequestAndBooksItsHandOverNow() {
    JsonObject handover = booked();
    String path = "api/handovers/" + handover.getInt("id");
    String tag = handover.getString("assetTag");
    Packs.handOver(support, handover);
    JsonObject replacement = Workshop.readyLaptop(technician);
    String replacementTag = replacement.getString("assetTag");
    assertThat(support.post(path + "/return", returnForm(tag, "SWAP", null)).status())
        .as("a swap names its replacement")
        .isEqualTo(422);

    JsonObject swapped =
        support.post(path + "/return", returnForm(tag, "SWAP", replacementTag)).expect(201);

    JsonObject next = swapped.getJsonObject("replacement");
    assertThat(next.getString("status")).isEqualTo("BOOKED");
    assertThat(next.getString("assetTag")).isEqualTo(replacementTag);
    assertThat(next.getInt("requestId")).isEqualTo(handover.getInt("requestId"));
    assertThat(next.getInt("supportUserId")).isEqualTo((int) mediator.id());
    JsonObject returned = swapped.getJsonObject("handover").getJsonObject("returned");
    assertThat(returned.getString("replacementTag")).isEqualTo(replacementTag);
    assertThat(returned.getInt("replacementHandoverId")).isEqualTo(next.getInt("id"));
    String request = "api/pack-requests/" + handover.getInt("requestId");
    assertThat(status(request)).isEqualTo("HANDOVER_BOOKED");
    assertThat(technician.get("api/devices/" + handover.getInt("deviceId") + "/events").body())
        .as("the returned device's history names its replacement")
        .contains("échangé contre " + replacementTag);
    assertThat(technician.get("api/devices/" + replacement.getInt("id") + "/events").body())
        .as("the replacement's history names the device it replaces")
        .contains("remplace " + tag);
    assertThat(coordinator.get(request).body()).contains("RETURNED").contains(replacementTag);

    JsonObject done = Packs.handOver(support, next);

    assertThat(done.getString("status")).isEqualTo("DONE");
    assertThat(status(request)).as("delivered twice, granted once").isEqualTo("IN_FOLLOW_UP");
  }
}
