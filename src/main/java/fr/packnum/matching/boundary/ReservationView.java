package fr.packnum.matching.boundary;

import fr.packnum.households.entity.PackRequest;
import fr.packnum.matching.entity.Reservation;
import fr.packnum.matching.entity.ReservationStatus;
import fr.packnum.workshop.entity.Device;
import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.Grade;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A reservation as the coordination reads it: the pack request by its reference and structure, the
 * device by its tag and description. Nothing of the household: its file is one click away for those
 * who may read it.
 */
public record ReservationView(
    long id,
    ReservationStatus status,
    long requestId,
    String requestReference,
    String structureName,
    long deviceId,
    String assetTag,
    DeviceType deviceType,
    String brand,
    String model,
    Grade grade,
    int priority,
    int fit,
    int weightsVersion,
    Instant reservedAt,
    LocalDate expiresOn,
    String reservedBy,
    Instant endedAt,
    String endReason,
    Set<Action> actions,
    long version) {

  /** What the coordination may do with the reservation now. */
  public enum Action {
    RELEASE,
    /** Book its hand-over: it holds its device and none is booked yet. */
    BOOK_HANDOVER
  }

  private static Set<Action> actions(Reservation r) {
    Set<Action> actions = EnumSet.noneOf(Action.class);
    if (r.status().holds()) {
      actions.add(Action.RELEASE);
      if (r.handoverBookedAt().isEmpty()) {
        actions.add(Action.BOOK_HANDOVER);
      }
    }
    return actions;
  }

  static ReservationView of(Reservation r) {
    PackRequest request = r.request();
    Device device = r.device();
    Reservation.Score score = r.score();
    return new ReservationView(
        r.id(),
        r.status(),
        request.id(),
        request.reference(),
        request.structure().name(),
        device.id(),
        device.assetTag().value(),
        device.type(),
        device.specs().brand(),
        device.specs().model(),
        device.grade().orElse(null),
        score.priority(),
        score.fit(),
        score.weightsVersion(),
        r.reservedAt(),
        r.expiresOn(),
        r.reservedBy().name(),
        r.endedAt().orElse(null),
        r.endReason().orElse(null),
        actions(r),
        r.version());
  }
}
