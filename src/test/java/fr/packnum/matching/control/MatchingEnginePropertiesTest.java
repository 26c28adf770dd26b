package fr.packnum.matching.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MatchingEnginePropertiesTest {

  private final MatchingEngine engine = new MatchingEngine(PriorityWeights.DEFAULTS);

  @Test
  void everyPairMeetsEveryHardConstraintAndNothingIsProposedTwice() {
    for (int seed = 0; seed < 300; seed++) {
      Random random = new Random(seed);
      List<ShelfDevice> shelf = Instances.shelf(random, random.nextInt(60));
      List<QueuedRequest> queue = Instances.queue(random, random.nextInt(60));
      Proposal proposal = engine.propose(shelf, queue);

      for (Proposal.Pair pair : proposal.pairs()) {
        assertThat(pair.device().available())
            .as("seed %d: READY, not a parts donor", seed)
            .isTrue();
        for (Requirement requirement : Requirement.values()) {
          assertThat(requirement.satisfiedBy(pair.request(), pair.device()))
              .as("seed %d: %s for request %d", seed, requirement, pair.request().requestId())
              .isTrue();
        }
        assertThat(pair.fit()).isEqualTo(Fit.of(pair.request(), pair.device()));
        assertThat(pair.priority()).isEqualTo(PriorityWeights.DEFAULTS.pointsFor(pair.request()));
      }
      assertThat(proposal.pairs()).extracting(p -> p.device().deviceId()).doesNotHaveDuplicates();
      assertThat(
              Stream.concat(
                  proposal.pairs().stream().map(p -> p.request().requestId()),
                  proposal.unmatched().stream().map(u -> u.request().requestId())))
          .as("seed %d: every request once, served or not", seed)
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(
              queue.stream().map(QueuedRequest::requestId).toList());
    }
  }

  @Test
  void aDeviceNotReadyOrKeptForPartsIsNeverProposed() {
    Random random = new Random(3);
    List<ShelfDevice> shelf = new ArrayList<>();
    for (ShelfDevice d : Instances.shelf(random, 200)) {
      shelf.add(Make.withStatus(d, fr.packnum.workshop.entity.DeviceStatus.RESERVED, false));
      shelf.add(
          Make.withStatus(
              new ShelfDevice(
                  d.deviceId() + 1_000,
                  d.assetTag(),
                  d.type(),
                  d.status(),
                  true,
                  d.grade(),
                  d.ramGb(),
                  d.screenInches(),
                  d.batteryHealth(),
                  d.webcam(),
                  d.keyboardLayout(),
                  d.weightGrams()),
              fr.packnum.workshop.entity.DeviceStatus.READY,
              true));
    }
    Proposal proposal = engine.propose(shelf, Instances.queue(random, 100));

    assertThat(proposal.pairs()).isEmpty();
    assertThat(proposal.unmatched())
        .allSatisfy(
            u ->
                assertThat(u.reason().reasons().get(0).wording())
                    .isEqualTo(Wording.NO_DEVICE_READY));
  }

  @Test
  void theSameInputInAnyOrderGivesTheSameProposal() {
    for (int seed = 0; seed < 30; seed++) {
      Random random = new Random(seed);
      List<ShelfDevice> shelf = Instances.shelf(random, 80);
      List<QueuedRequest> queue = Instances.queue(random, 100);
      Proposal first = engine.propose(shelf, queue);
      List<ShelfDevice> shuffledShelf = new ArrayList<>(shelf);
      List<QueuedRequest> shuffledQueue = new ArrayList<>(queue);
      Collections.shuffle(shuffledShelf, new Random(seed + 1));
      Collections.shuffle(shuffledQueue, new Random(seed + 2));
      Proposal second = engine.propose(shuffledShelf, shuffledQueue);

      assertThat(second.pairs()).as("seed %d", seed).isEqualTo(first.pairs());
      assertThat(second.unmatched()).isEqualTo(first.unmatched());
    }
  }

  @Test
  void aDeviceOrRequestListedTwiceIsRefused() {
    Random random = new Random(1);
    List<ShelfDevice> shelf = Instances.shelf(random, 3);
    List<QueuedRequest> queue = Instances.queue(random, 3);
    List<ShelfDevice> twice = new ArrayList<>(shelf);
    twice.add(shelf.get(0));
    assertThatThrownBy(() -> engine.propose(twice, queue))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void emptyShelfOrQueueGiveAnEmptyProposal() {
    Random random = new Random(1);
    assertThat(engine.propose(List.of(), Instances.queue(random, 5)).pairs()).isEmpty();
    assertThat(engine.propose(Instances.shelf(random, 5), List.of()).pairs()).isEmpty();
  }
}
