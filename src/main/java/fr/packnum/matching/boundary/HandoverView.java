package fr.packnum.matching.boundary;

import fr.packnum.accounts.entity.Role;
import fr.packnum.households.entity.PackRequest;
import fr.packnum.matching.entity.DeviceCondition;
import fr.packnum.matching.entity.DeviceReturn;
import fr.packnum.matching.entity.Handover;
import fr.packnum.matching.entity.HandoverStatus;
import fr.packnum.matching.entity.Reservation;
import fr.packnum.matching.entity.ReturnOutcome;
import fr.packnum.matching.entity.ReturnReason;
import fr.packnum.workshop.entity.Device;
import fr.packnum.workshop.entity.DeviceStatus;
import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.Grade;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A hand-over as the people at the counter and the coordination read it. {@code recipient} (the
 * household's contact name and phone, to call the day before) is given to them only, never to a
 * social worker's list (they have the household's file) nor to the workshop.
 */
public record HandoverView(
    long id,
    HandoverStatus status,
    Instant appointmentAt,
    Long placeStructureId,
    String placeName,
    String placeAddress,
    long supportUserId,
    String supportName,
    long reservationId,
    long requestId,
    String requestReference,
    String structureName,
    long deviceId,
    String assetTag,
    DeviceType deviceType,
    String brand,
    String model,
    Grade grade,
    int noShows,
    Recipient recipient,
    Instant doneAt,
    String signedBy,
    boolean signedOnScreen,
    String paperReference,
    String outcomeNotes,
    Returned returned,
    Set<Action> actions,
    long version) {

  /** Whom to expect at the counter. */
  public record Recipient(String name, String phone) {}

  /**
   * The device came back: why, in what state, and what followed; {@code returnedBy} (a person's
   * name) only for the people at the counter.
   */
  public record Returned(
      long id,
      ReturnReason reason,
      DeviceCondition condition,
      boolean chargerBack,
      String accessories,
      String returnedBy,
      ReturnOutcome outcome,
      Instant returnedAt,
      String replacementTag,
      Long replacementReservationId,
      Long replacementHandoverId) {

    static Returned of(DeviceReturn r, boolean withName) {
      return new Returned(
          r.id(),
          r.reason(),
          r.condition(),
          r.chargerBack(),
          r.accessories().orElse(null),
          withName ? r.returnedByName() : null,
          r.outcome(),
          r.returnedAt(),
          r.replacement().map(x -> x.device().assetTag().value()).orElse(null),
          r.replacement().map(Reservation::id).orElse(null),
          r.replacementHandover().map(Handover::id).orElse(null));
    }
  }

  /** What the caller may do with the hand-over now. */
  public enum Action {
    RESCHEDULE,
    COMPLETE,
    REFUSE,
    NO_SHOW,
    LETTER,
    RECEIPT,
    /** Record the device brought back (and swap it). */
    RETURN,
    RETURN_RECEIPT
  }

  static HandoverView of(Handover h, Role reader, Optional<DeviceReturn> returned) {
    boolean atTheCounter = reader == Role.SUPPORT || reader == Role.COORDINATOR;
    return of(h, returned, atTheCounter, atTheCounter, reader == Role.COORDINATOR);
  }

  private static HandoverView of(
      Handover h,
      Optional<DeviceReturn> returned,
      boolean withRecipient,
      boolean runsHandovers,
      boolean books) {
    PackRequest request = h.reservation().request();
    Device device = h.reservation().device();
    Handover.Place place = h.place();
    Recipient recipient =
        withRecipient
            ? request
                .household()
                .contact()
                .map(c -> new Recipient(c.name(), c.phone()))
                .orElse(null)
            : null;
    Set<Action> actions = EnumSet.noneOf(Action.class);
    if (h.status().isOpen()) {
      actions.add(Action.LETTER);
      if (books) {
        actions.add(Action.RESCHEDULE);
      }
      if (runsHandovers) {
        actions.addAll(EnumSet.of(Action.COMPLETE, Action.REFUSE, Action.NO_SHOW));
      }
    }
    if (h.status() == HandoverStatus.DONE) {
      actions.add(Action.RECEIPT);
      if (returned.isPresent()) {
        actions.add(Action.RETURN_RECEIPT);
      } else if (runsHandovers && device.status() == DeviceStatus.DELIVERED) {
        actions.add(Action.RETURN);
      }
    }
    return new HandoverView(
        h.id(),
        h.status(),
        h.appointmentAt(),
        place.structure() == null ? null : place.structure().id(),
        place.structure() == null ? null : place.structure().name(),
        place.address(),
        h.supportPerson().id(),
        h.supportPerson().displayName(),
        h.reservation().id(),
        request.id(),
        request.reference(),
        request.structure().name(),
        device.id(),
        device.assetTag().value(),
        device.type(),
        device.specs().brand(),
        device.specs().model(),
        device.grade().orElse(null),
        h.noShows(),
        recipient,
        h.doneAt().orElse(null),
        withRecipient ? h.recipientName().orElse(null) : null,
        h.signaturePng().isPresent(),
        h.paperReference().orElse(null),
        h.outcomeNotes().orElse(null),
        returned.map(r -> Returned.of(r, withRecipient)).orElse(null),
        actions,
        h.version());
  }
}
