package fr.packnum.matching.control;

import static fr.packnum.matching.control.Make.device;
import static fr.packnum.matching.control.Make.family;
import static fr.packnum.matching.control.Make.request;
import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.households.entity.Need;
import fr.packnum.households.entity.PreferredDevice;
import fr.packnum.households.entity.RequiredFeature;
import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.Grade;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MatchingEngineOptimalityTest {

  private final MatchingEngine engine = new MatchingEngine(PriorityWeights.DEFAULTS);

  @Test
  void totalsEqualAnExhaustiveSearchUpToEightByEight() {
    for (int seed = 0; seed < 400; seed++) {
      Random random = new Random(seed);
      List<ShelfDevice> shelf = Instances.shelf(random, 1 + random.nextInt(8));
      List<QueuedRequest> queue = Instances.queue(random, 1 + random.nextInt(8));
      Totals exhaustive = ExhaustiveSearch.best(queue, shelf, PriorityWeights.DEFAULTS);
      assertThat(Totals.of(engine.propose(shelf, queue)))
          .as("seed %d", seed)
          .extracting(Totals::priority, Totals::fit)
          .containsExactly(exhaustive.priority(), exhaustive.fit());
    }
  }

  @Test
  void totalsEqualTheIndependentOrToolsSolverUpToTwoHundredByTwoHundred() {
    for (int seed = 0; seed < 60; seed++) {
      Random random = new Random(1_000 + seed);
      List<ShelfDevice> shelf = Instances.shelf(random, 10 + random.nextInt(191));
      List<QueuedRequest> queue = Instances.queue(random, 10 + random.nextInt(191));
      OrToolsAssignment.Result check =
          OrToolsAssignment.solve(queue, shelf, PriorityWeights.DEFAULTS);
      Totals independent = Totals.of(queue, shelf, check.deviceOf(), PriorityWeights.DEFAULTS);
      assertThat(Totals.of(engine.propose(shelf, queue)))
          .as("seed %d: %d devices, %d requests", seed, shelf.size(), queue.size())
          .isEqualTo(independent);
    }
  }

  @Test
  void totalsEqualTheIndependentSolverWhenEveryWeightIsZero() {
    // Every priority is 0: fit alone decides, and a request is still served when it can be.
    PriorityWeights none = new PriorityWeights(0, 0, 0, 0, 0, 0, 0, 0);
    Random random = new Random(99);
    List<ShelfDevice> shelf = Instances.shelf(random, 120);
    List<QueuedRequest> queue = Instances.queue(random, 150);
    Totals independent =
        Totals.of(queue, shelf, OrToolsAssignment.solve(queue, shelf, none).deviceOf(), none);
    assertThat(Totals.of(new MatchingEngine(none).propose(shelf, queue))).isEqualTo(independent);
  }

  @Test
  void neverWorseThanGreedyOnRandomQueues() {
    for (int seed = 0; seed < 40; seed++) {
      Random random = new Random(5_000 + seed);
      List<ShelfDevice> shelf = Instances.shelf(random, 20 + random.nextInt(80));
      List<QueuedRequest> queue = Instances.queue(random, 20 + random.nextInt(80));
      Totals greedy =
          Totals.of(
              queue,
              shelf,
              Greedy.assign(queue, shelf, PriorityWeights.DEFAULTS),
              PriorityWeights.DEFAULTS);
      assertThat(greedy.beats(Totals.of(engine.propose(shelf, queue))))
          .as("seed %d", seed)
          .isFalse();
    }
  }

  @Test
  void greedyByPriorityIsStrictlyWorseWhenTheFirstServedTakesTheOnlyDeviceAnotherNeeds() {
    // A family with two pupils, happy with any computer, would take the best one greedily: the
    // only laptop with a webcam, which the job seeker cannot do without.
    QueuedRequest family = family(request(1, PreferredDevice.ANY), 2, Need.SCHOOL);
    QueuedRequest jobSeeker =
        family(request(2, PreferredDevice.LAPTOP, RequiredFeature.WEBCAM), 0, Need.JOB_SEARCH);
    ShelfDevice laptop = Make.with(Make.withWebcam(device(10, DeviceType.LAPTOP), true), Grade.A);
    ShelfDevice desktop = Make.with(device(11, DeviceType.DESKTOP), Grade.C);
    List<QueuedRequest> queue = List.of(family, jobSeeker);
    List<ShelfDevice> shelf = List.of(laptop, desktop);

    Totals greedy =
        Totals.of(
            queue,
            shelf,
            Greedy.assign(queue, shelf, PriorityWeights.DEFAULTS),
            PriorityWeights.DEFAULTS);
    Proposal proposal = engine.propose(shelf, queue);

    assertThat(greedy.served()).isEqualTo(1);
    assertThat(Totals.of(proposal).beats(greedy)).isTrue();
    assertThat(proposal.pairs())
        .extracting(p -> p.request().requestId(), p -> p.device().deviceId())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(1L, 11L),
            org.assertj.core.groups.Tuple.tuple(2L, 10L));
  }

  @Test
  void onePointOfPriorityOutweighsEveryFitPoint() {
    // Only days waiting count: the household that waited one day longer gets the device, though
    // the other would use its RAM and webcam (fit 6 against 2).
    PriorityWeights days = new PriorityWeights(0, 0, 0, 1, 0, 0, 0, 0);
    QueuedRequest older = Make.waiting(request(1, PreferredDevice.ANY), 11);
    QueuedRequest demanding =
        Make.waiting(family(request(2, PreferredDevice.ANY), 0, Need.JOB_SEARCH, Need.HEALTH), 10);
    ShelfDevice laptop =
        Make.withRam(Make.withWebcam(Make.with(device(10, DeviceType.LAPTOP), Grade.C), true), 16);
    assertThat(Fit.of(demanding, laptop)).isGreaterThan(Fit.of(older, laptop));

    Proposal proposal =
        new MatchingEngine(days).propose(List.of(laptop), List.of(older, demanding));

    assertThat(proposal.pairs())
        .singleElement()
        .extracting(p -> p.request().requestId())
        .isEqualTo(1L);
    assertThat(proposal.totalPriority()).isEqualTo(11);
  }

  @Test
  void fitDecidesBetweenEqualPriorities() {
    // Same priority: the pupil's family gets the 16 GB laptop, the other household the 4 GB one.
    PriorityWeights flat = new PriorityWeights(0, 0, 0, 0, 0, 0, 0, 0);
    QueuedRequest pupil = family(request(1, PreferredDevice.LAPTOP), 1, Need.SCHOOL);
    QueuedRequest paperwork = request(2, PreferredDevice.LAPTOP);
    ShelfDevice big = Make.withRam(device(10, DeviceType.LAPTOP), 16);
    ShelfDevice small = Make.withRam(device(11, DeviceType.LAPTOP), 4);

    Proposal proposal =
        new MatchingEngine(flat).propose(List.of(small, big), List.of(paperwork, pupil));

    assertThat(proposal.pairs())
        .extracting(p -> p.request().requestId(), p -> p.device().deviceId())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(1L, 10L),
            org.assertj.core.groups.Tuple.tuple(2L, 11L));
  }
}
