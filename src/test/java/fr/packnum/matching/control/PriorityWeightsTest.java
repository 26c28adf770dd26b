package fr.packnum.matching.control;

import static fr.packnum.matching.control.Make.family;
import static fr.packnum.matching.control.Make.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.packnum.households.entity.Connectivity;
import fr.packnum.households.entity.Need;
import fr.packnum.households.entity.PreferredDevice;
import fr.packnum.households.entity.Urgency;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PriorityWeightsTest {

  private final PriorityWeights weights = PriorityWeights.DEFAULTS;
  private final QueuedRequest single = request(1, PreferredDevice.ANY);

  @Test
  void byDefaultASchoolChildOutweighsAJobSearchWhichOutweighsAnUrgency() {
    int child = weights.pointsFor(family(single, 1, Need.SCHOOL));
    int job = weights.pointsFor(family(single, 0, Need.JOB_SEARCH));
    int urgent = weights.pointsFor(urgent(single, true));
    assertThat(child).isGreaterThan(job);
    assertThat(job).isGreaterThan(urgent);
  }

  @Test
  void anUrgencyWithoutAReasonEarnsNothing() {
    assertThat(weights.pointsFor(urgent(single, false))).isEqualTo(weights.pointsFor(single));
  }

  @Test
  void pointsAddUpEveryCriterion() {
    PriorityWeights w = new PriorityWeights(100, 10, 1_000, 1, 3, 20, 7, 5);
    QueuedRequest r =
        new QueuedRequest(
            1,
            "R-1",
            PreferredDevice.ANY,
            Set.of(),
            Set.of(Need.JOB_SEARCH),
            2,
            4,
            Urgency.URGENT,
            true,
            12,
            Connectivity.MOBILE_ONLY,
            true);
    assertThat(w.pointsFor(r)).isEqualTo(2 * 100 + 10 + 1_000 + 12 + 4 * 3 + 7 + 5);
  }

  @Test
  void daysWaitingCountUpToTenYears() {
    PriorityWeights days = new PriorityWeights(0, 0, 0, 1, 0, 0, 0, 0);
    assertThat(days.pointsFor(Make.waiting(single, 100_000)))
        .isEqualTo(PriorityWeights.MAX_DAYS_COUNTED);
  }

  @Test
  void weightsAreNonNegativeAndBounded() {
    assertThatThrownBy(() -> new PriorityWeights(-1, 0, 0, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PriorityWeights(0, 0, 0, 0, 0, 0, 0, 1_001))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PriorityWeights(0, 0, 0, 0, 0, 5, 6, 0))
        .as("mobile only is better connected than no connection")
        .isInstanceOf(WeightsInconsistent.class);
  }

  @Test
  void noRequestExceedsTheMaximum() {
    PriorityWeights most =
        new PriorityWeights(1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000);
    QueuedRequest everything =
        new QueuedRequest(
            1,
            "R-1",
            PreferredDevice.ANY,
            Set.of(),
            Set.of(Need.JOB_SEARCH),
            30,
            30,
            Urgency.URGENT,
            true,
            99_999,
            Connectivity.NONE,
            true);
    assertThat(most.pointsFor(everything)).isEqualTo(most.maxPoints());
  }

  private static QueuedRequest urgent(QueuedRequest r, boolean reasonGiven) {
    return new QueuedRequest(
        r.requestId(),
        r.reference(),
        r.wanted(),
        r.features(),
        r.needs(),
        r.schoolChildren(),
        r.householdSize(),
        Urgency.URGENT,
        reasonGiven,
        r.daysWaiting(),
        r.connectivity(),
        r.inQpv());
  }
}
