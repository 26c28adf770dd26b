package fr.packnum.matching.control;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The baseline the engine must beat: requests by descending priority (then id), each taking the
 * free compatible device of best fit (then lowest id). What a coordinator would do by hand.
 */
public final class Greedy {

  private Greedy() {}

  /** For each request (by index), the index of its device, or -1. */
  public static int[] assign(
      List<QueuedRequest> queue, List<ShelfDevice> shelf, PriorityWeights weights) {
    Integer[] order = new Integer[queue.size()];
    int[] priority = new int[queue.size()];
    for (int r = 0; r < order.length; r++) {
      order[r] = r;
      priority[r] = weights.pointsFor(queue.get(r));
    }
    Arrays.sort(
        order,
        Comparator.<Integer>comparingInt(r -> -priority[r])
            .thenComparingLong(r -> queue.get(r).requestId()));
    boolean[] taken = new boolean[shelf.size()];
    int[] deviceOf = new int[queue.size()];
    Arrays.fill(deviceOf, -1);
    for (int r : order) {
      int best = -1;
      int bestFit = -1;
      for (int d = 0; d < shelf.size(); d++) {
        if (taken[d] || !Compatible.pair(queue.get(r), shelf.get(d))) {
          continue;
        }
        int fit = Fit.of(queue.get(r), shelf.get(d));
        if (fit > bestFit
            || (fit == bestFit && shelf.get(d).deviceId() < shelf.get(best).deviceId())) {
          best = d;
          bestFit = fit;
        }
      }
      if (best >= 0) {
        taken[best] = true;
        deviceOf[r] = best;
      }
    }
    return deviceOf;
  }
}
