package fr.packnum.matching.control;

import fr.packnum.accounts.entity.Role;
import fr.packnum.accounts.entity.User;
import fr.packnum.households.boundary.WaitingList;
import fr.packnum.matching.entity.Handover;
import fr.packnum.matching.entity.PackHandedOver;
import fr.packnum.matching.entity.Reservation;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.entity.Actor;
import fr.packnum.workshop.boundary.Shelf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A hand-over's use cases, inside the caller's transaction: book it (the request becomes
 * HANDOVER_BOOKED, the reservation stops expiring), record it done (device and request DELIVERED,
 * the pack remembered for "one pack per household", {@link PackHandedOver} told to whoever follows
 * the household up), refused, or missed — the configured number of missed appointments releases the
 * reservation.
 */
@ApplicationScoped
public class Handovers {

  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  @PersistenceContext EntityManager em;
  @Inject HandoverStore handovers;
  @Inject ReservationStore reservations;
  @Inject Shelf shelf;
  @Inject WaitingList waitingList;
  @Inject Event<PackHandedOver> handedOver;

  @Inject
  @ConfigProperty(name = "packnum.matching.max-no-shows", defaultValue = "2")
  int maxNoShows;

  public Handover book(
      long reservationId,
      Instant appointmentAt,
      Handover.Place place,
      long supportUserId,
      Actor actor,
      Instant now) {
    Reservation reservation = reservations.locked(reservationId);
    User person = supportPerson(supportUserId);
    Handover handover = new Handover(reservation, appointmentAt, place, person, actor, now);
    reservation.handoverBooked(now);
    waitingList.handoverBooked(
        reservation.request().id(),
        WHEN.format(appointmentAt.atZone(FrenchCalendar.ZONE)),
        actor,
        now);
    handovers.add(handover);
    return handover;
  }

  public Handover reschedule(
      long id,
      HandoverStore.Scope scope,
      Instant appointmentAt,
      Handover.Place place,
      long supportUserId,
      long version) {
    Handover handover = handovers.locked(id, scope);
    fr.packnum.platform.control.StaleVersion.check(handover.version(), version);
    handover.reschedule(appointmentAt, place, supportPerson(supportUserId));
    return handover;
  }

  /** Done: the tag scanned must be the reserved device's, and the recipient signed. */
  public Handover complete(
      long id,
      HandoverStore.Scope scope,
      String scannedTag,
      Handover.Signature signature,
      Actor actor,
      Instant now) {
    Handover handover = handovers.locked(id, scope);
    handover.complete(scannedTag, signature, now);
    Reservation reservation = handover.reservation();
    shelf.deliver(reservation.device().id(), actor, now);
    waitingList.delivered(
        reservation.request().id(), reservation.device().assetTag().value(), actor, now);
    reservation.handedOver(now);
    handedOver.fire(new PackHandedOver(handover, actor, now));
    return handover;
  }

  /** The household refused the device: it goes back to the shelf, the request to the queue. */
  public Handover refuse(
      long id, HandoverStore.Scope scope, String reason, Actor actor, Instant now) {
    Handover handover = handovers.locked(id, scope);
    handover.refused(reason, now);
    release(handover.reservation(), reason, actor, now);
    return handover;
  }

  /** The household did not come; one time too many releases the reservation. */
  public Handover noShow(long id, HandoverStore.Scope scope, Actor actor, Instant now) {
    Handover handover = handovers.locked(id, scope);
    if (handover.noShow(maxNoShows, now)) {
      release(handover.reservation(), MISSED, actor, now);
    }
    return handover;
  }

  /** A reservation released by the coordination cancels its booked hand-over, if any. */
  public void reservationReleased(long reservationId, String reason, Instant now) {
    handovers.openFor(reservationId).ifPresent(handover -> handover.cancel(reason, now));
  }

  private void release(Reservation reservation, String reason, Actor actor, Instant now) {
    reservation.release(reason, now);
    shelf.release(reservation.device().id(), actor, now, reason);
    waitingList.requeue(reservation.request().id(), reason, actor, now);
  }

  private User supportPerson(long userId) {
    return Optional.ofNullable(em.find(User.class, userId))
        .filter(user -> user.role() == Role.SUPPORT && user.maySignIn())
        .orElseThrow(NotASupportPerson::new);
  }

  static final String MISSED = "Rendez-vous de remise manqués : l’appareil retourne en stock";
}
