package fr.packnum.testing;

import jakarta.json.JsonObject;
import java.time.LocalDateTime;

/** Packs taken through matching and hand-over over the API, as the coordination's pages do. */
public final class Packs {

  /** The smallest PNG a signature pad could send: the signature's header is what is checked. */
  public static final String SIGNATURE =
      "data:image/png;base64,"
          + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==";

  private Packs() {}

  /** The coordination reserves the device for the request. */
  public static JsonObject reserve(Api coordinator, JsonObject request, JsonObject device) {
    return coordinator
        .post(
            "api/reservations",
            "{\"requestId\":" + request.getInt("id") + ",\"deviceId\":" + device.getInt("id") + "}")
        .expect(201);
  }

  /** A hand-over tomorrow at 10:00, Paris time, at the support person's structure. */
  public static JsonObject book(
      Api coordinator, JsonObject reservation, Accounts.NewUser supportPerson) {
    return coordinator
        .post(
            "api/handovers",
            "{\"reservationId\":"
                + reservation.getInt("id")
                + ",\"appointmentAt\":\""
                + LocalDateTime.of(Days.today().plusDays(1), java.time.LocalTime.of(10, 0))
                + "\",\"placeStructureId\":"
                + supportPerson.structureId()
                + ",\"supportUserId\":"
                + supportPerson.id()
                + "}")
        .expect(201);
  }

  /** The support person checks the device by its tag and the recipient signs on screen. */
  public static JsonObject handOver(Api supportPerson, JsonObject handover) {
    return supportPerson
        .post(
            "api/handovers/" + handover.getInt("id") + "/completion",
            "{\"scannedTag\":\""
                + handover.getString("assetTag")
                + "\",\"recipientName\":\"Zélie Testfoyer\",\"signaturePng\":\""
                + SIGNATURE
                + "\"}")
        .expect(200);
  }
}
