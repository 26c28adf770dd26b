package fr.packnum.matching.control;

import fr.packnum.households.boundary.WaitingList;
import fr.packnum.households.entity.PackRequest;
import fr.packnum.households.entity.PackRequestCancelled;
import fr.packnum.matching.entity.Reservation;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.entity.Actor;
import fr.packnum.workshop.boundary.Shelf;
import fr.packnum.workshop.entity.Device;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A reservation's use cases, inside the caller's transaction: confirm a pair (device READY →
 * RESERVED, request ELIGIBLE → MATCHED, through the workshop's and the households' own paths),
 * release it, expire it, and let it go when its request is cancelled.
 *
 * <p>Locks are always taken in the same order — the device, then the request, then the reservation
 * row — so that two confirmations, a release and a cancellation wait for each other instead of
 * deadlocking.
 */
@ApplicationScoped
public class Reservations {

  /**
   * Why PackNum itself ended a reservation, as the device's and the request's histories note it.
   * History notes are the people's own words, in French like the people writing them.
   */
  static final String EXPIRED = "Réservation expirée : aucune remise planifiée à temps";

  static final String CANCELLED = "Demande annulée : l’appareil retourne en stock";

  @Inject ReservationStore reservations;
  @Inject Handovers handovers;
  @Inject MatchingStore store;
  @Inject Shelf shelf;
  @Inject WaitingList waitingList;

  @Inject
  @ConfigProperty(name = "packnum.matching.reservation-days", defaultValue = "14")
  int reservationDays;

  /**
   * Reserves the device for the request, as a coordinator confirmed it from a proposal. The pair is
   * checked again under the locks: a device gone from the shelf, a request no longer waiting, or a
   * device that no longer meets the request's needs is refused with why.
   */
  public Reservation confirm(long requestId, long deviceId, Actor actor, Instant now) {
    return confirm(requestId, deviceId, null, actor, now);
  }

  /**
   * The same, for a device that replaces the one with tag {@code replacingTag} in a swap (null when
   * it replaces none): both devices' histories name each other.
   */
  public Reservation confirm(
      long requestId, long deviceId, String replacingTag, Actor actor, Instant now) {
    PackRequest waiting = store.request(requestId);
    Device device = shelf.reserve(deviceId, waiting.reference(), replacingTag, actor, now);
    PackRequest request = waitingList.match(requestId, device.assetTag().value(), actor, now);
    LocalDate today = FrenchCalendar.dayOf(now);
    QueuedRequest queued = MatchingStore.queued(request, today);
    ShelfDevice offered = MatchingStore.shelfDevice(device);
    List<Requirement> unmet =
        Arrays.stream(Requirement.values())
            .filter(requirement -> !requirement.satisfiedBy(queued, offered))
            .toList();
    if (!unmet.isEmpty()) {
      throw new PairIncompatible(offered.assetTag(), queued.reference(), unmet);
    }
    Reservation.Score score = store.score(request, device, today);
    Reservation reservation =
        new Reservation(device, request, score, today.plusDays(reservationDays), actor, now);
    reservations.add(reservation);
    return reservation;
  }

  /** A coordinator gives the device back to the shelf and the request back to the queue. */
  public Reservation release(long reservationId, String reason, Actor actor, Instant now) {
    Reservation reservation = reservations.locked(reservationId);
    reservation.release(reason, now);
    handovers.reservationReleased(reservationId, reason, now);
    shelf.release(reservation.device().id(), actor, now, reason);
    waitingList.requeue(reservation.request().id(), reason, actor, now);
    return reservation;
  }

  /**
   * The night found no hand-over booked in time: device and request go back, the request's waiting
   * time kept. Answers whether it expired (another instance, or a hand-over, may have been first).
   */
  public boolean expire(long reservationId, Instant now) {
    Reservation reservation = reservations.locked(reservationId);
    if (!reservation.expiredOn(FrenchCalendar.dayOf(now))) {
      return false;
    }
    reservation.expire(now);
    shelf.release(reservation.device().id(), Actor.SYSTEM, now, EXPIRED);
    waitingList.requeue(reservation.request().id(), EXPIRED, Actor.SYSTEM, now);
    return true;
  }

  /** A request cancelled while it held a device gives the device back to the shelf. */
  void onCancelled(@Observes PackRequestCancelled cancelled) {
    Long requestId = cancelled.request().id();
    if (requestId == null) {
      return;
    }
    Instant now = cancelled.request().statusSince();
    reservations
        .activeForRequest(requestId)
        .map(active -> reservations.locked(active.id()))
        .filter(reservation -> reservation.status().holds())
        .ifPresent(
            reservation -> {
              reservation.release(CANCELLED, now);
              handovers.reservationReleased(reservation.id(), CANCELLED, now);
              shelf.release(reservation.device().id(), Actor.SYSTEM, now, CANCELLED);
            });
  }
}
