package fr.packnum.matching.control;

import fr.packnum.households.boundary.WaitingList;
import fr.packnum.matching.entity.AlreadyReturned;
import fr.packnum.matching.entity.DeviceReturn;
import fr.packnum.matching.entity.Handover;
import fr.packnum.matching.entity.PackReturned;
import fr.packnum.matching.entity.ReplacementMissing;
import fr.packnum.matching.entity.Reservation;
import fr.packnum.matching.entity.ReturnOutcome;
import fr.packnum.platform.entity.Actor;
import fr.packnum.workshop.boundary.Shelf;
import fr.packnum.workshop.entity.AssetTag;
import fr.packnum.workshop.entity.Device;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A household brings its device back, inside the caller's transaction: the device (scanned at the
 * counter) becomes RETURNED for the workshop to diagnose and erase again, and the request waits for
 * another device or is closed. A swap does more in the same step: the replacement, scanned from the
 * counter's stock, is reserved for the same request and its hand-over booked there and then, so
 * that the support person can hand it over to the family in front of them.
 */
@ApplicationScoped
public class Returns {

  @PersistenceContext EntityManager em;
  @Inject HandoverStore handovers;
  @Inject Handovers handoverUse;
  @Inject Reservations reservations;
  @Inject Shelf shelf;
  @Inject WaitingList waitingList;
  @Inject Event<PackReturned> packReturned;

  /** What a return did: the return, and for a swap the replacement's hand-over, booked now. */
  public record Recorded(DeviceReturn deviceReturn, Optional<Handover> replacementHandover) {}

  /**
   * Records the return of the device handed over at {@code handoverId}. A swap's replacement is
   * handed over by {@code supportUserId} (the support person at the counter), or when null (a
   * coordinator records it) by the support person of the first hand-over.
   */
  public Recorded record(
      long handoverId,
      HandoverStore.Scope scope,
      String scannedTag,
      DeviceReturn.Details details,
      ReturnOutcome outcome,
      String replacementTag,
      Long supportUserId,
      Actor actor,
      Instant now) {
    Handover handover = handovers.locked(handoverId, scope);
    if (of(handoverId).isPresent()) {
      throw new AlreadyReturned();
    }
    Optional<AssetTag> replacement = replacement(outcome, replacementTag);
    DeviceReturn deviceReturn =
        new DeviceReturn(handover, scannedTag, details, outcome, actor, now);
    Reservation delivered = handover.reservation();
    Device device = delivered.device();
    String note = deviceReturn.historyNote(replacement.map(AssetTag::value).orElse(null));
    shelf.returned(device.id(), actor, now, note);
    waitingList.returned(
        delivered.request().id(),
        device.assetTag().value() + " · " + note,
        outcome.wantsAnother(),
        actor,
        now);
    em.persist(deviceReturn);
    em.flush(); // the unique constraint: one return per hand-over, across instances
    packReturned.fire(new PackReturned(handover, actor, now));
    if (replacement.isEmpty()) {
      return new Recorded(deviceReturn, Optional.empty());
    }
    Reservation swapped =
        reservations.confirm(
            delivered.request().id(),
            replacement.get().deviceId(),
            device.assetTag().value(),
            actor,
            now);
    long handsOver = supportUserId != null ? supportUserId : handover.supportPerson().id();
    Handover next = handoverUse.book(swapped.id(), now, handover.place(), handsOver, actor, now);
    deviceReturn.replacedBy(swapped, next);
    return new Recorded(deviceReturn, Optional.of(next));
  }

  /** The return recorded for a hand-over, if its device came back. */
  public Optional<DeviceReturn> of(long handoverId) {
    return em.createQuery(
            "select r from DeviceReturn r where r.handover.id = :id", DeviceReturn.class)
        .setParameter("id", handoverId)
        .getResultStream()
        .findFirst();
  }

  /** The returns recorded for these hand-overs, by hand-over id: one query for a day's list. */
  public Map<Long, DeviceReturn> of(Collection<Long> handoverIds) {
    if (handoverIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select r from DeviceReturn r where r.handover.id in :ids", DeviceReturn.class)
        .setParameter("ids", handoverIds)
        .getResultStream()
        .collect(Collectors.toMap(r -> r.handover().id(), r -> r));
  }

  private static Optional<AssetTag> replacement(ReturnOutcome outcome, String replacementTag) {
    boolean named = replacementTag != null && !replacementTag.isBlank();
    if ((outcome == ReturnOutcome.SWAP) != named) {
      throw new ReplacementMissing();
    }
    return named
        ? Optional.of(AssetTag.parse(replacementTag).orElseThrow(ReplacementMissing::new))
        : Optional.empty();
  }
}
