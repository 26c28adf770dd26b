package fr.packnum.matching.boundary;

import fr.packnum.accounts.boundary.AccountsSampleData;
import fr.packnum.accounts.entity.User;
import fr.packnum.households.entity.PackRequest;
import fr.packnum.matching.control.HandoverStore;
import fr.packnum.matching.control.Handovers;
import fr.packnum.matching.control.MatchingEngine;
import fr.packnum.matching.control.MatchingStore;
import fr.packnum.matching.control.Proposal;
import fr.packnum.matching.control.Reservations;
import fr.packnum.matching.entity.Handover;
import fr.packnum.matching.entity.Reservation;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.control.SampleDataLoads;
import fr.packnum.platform.control.SampleDataRequested;
import fr.packnum.platform.entity.Actor;
import fr.packnum.workshop.entity.Device;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One demonstration pack already handed over, eight days ago, so that its household is followed up
 * and its first call (J+7) is on the sample support person's day: the coordination confirms the
 * engine's first proposal, books the hand-over with the sample mediator at their EPN, and the
 * mediator records it done on a paper receipt. The other sample requests stay in the queue.
 */
@ApplicationScoped
public class MatchingSampleData {

  static final String COMPONENT = "matching";
  static final Duration HANDED_OVER_AGO = Duration.ofDays(8);

  @Inject AccountsSampleData accounts;
  @Inject MatchingStore store;
  @Inject Reservations reservations;
  @Inject Handovers handovers;
  @Inject SampleDataLoads loads;
  @Inject Clock clock;
  @Inject Logger log;

  void seed(@Observes @Priority(SampleDataRequested.MATCHING) SampleDataRequested requested) {
    if (loads.loaded(COMPONENT)) {
      return;
    }
    Instant handedOverAt = clock.instant().minus(HANDED_OVER_AGO);
    Optional<Proposal.Pair> pair = firstProposal(FrenchCalendar.dayOf(handedOverAt));
    if (pair.isEmpty()) {
      log.log(Level.INFO, "Sample data: no device fits a waiting request, no pack handed over");
      loads.record(COMPONENT);
      return;
    }
    User coordinator = accounts.sampleUser("coordination");
    User mediator = accounts.sampleUser("mediateur");
    Actor coordination = new Actor(coordinator.id(), coordinator.displayName());
    Instant bookedAt = handedOverAt.minus(Duration.ofDays(2));
    Reservation reservation =
        reservations.confirm(
            pair.get().request().requestId(),
            pair.get().device().deviceId(),
            coordination,
            bookedAt);
    Handover handover =
        handovers.book(
            reservation.id(),
            handedOverAt,
            new Handover.Place(mediator.structure(), null),
            mediator.id(),
            coordination,
            bookedAt);
    PackRequest request = reservation.request();
    handovers.complete(
        handover.id(),
        HandoverStore.Scope.ALL,
        reservation.device().assetTag().value(),
        new Handover.Signature(
            request.household().contact().map(c -> c.name()).orElse(request.reference()),
            null,
            "Reçu papier n° 0001"),
        new Actor(mediator.id(), mediator.displayName()),
        handedOverAt);
    loads.record(COMPONENT);
    log.log(Level.INFO, "Sample data loaded: 1 pack handed over and followed up");
  }

  private Optional<Proposal.Pair> firstProposal(LocalDate day) {
    MatchingStore.Scope all = new MatchingStore.Scope(null, null, null);
    List<Device> shelf = store.shelf(all);
    List<PackRequest> queue = store.queue(all);
    return new MatchingEngine(MatchingStore.weights(store.currentWeights()))
            .propose(
                shelf.stream().map(MatchingStore::shelfDevice).toList(),
                queue.stream().map(request -> MatchingStore.queued(request, day)).toList())
            .pairs()
            .stream()
            .findFirst();
  }
}
