package fr.packnum.matching.control;

import java.util.List;

/** Every assignment, tried one by one: the ground truth for small instances (8 × 8 at most). */
final class ExhaustiveSearch {

  private final int[] priority;
  private final int[][] fit; // -1: not compatible
  private final boolean[] taken;
  private long bestPriority = -1;
  private long bestFit = -1;
  private int bestServed;

  private ExhaustiveSearch(
      List<QueuedRequest> queue, List<ShelfDevice> shelf, PriorityWeights weights) {
    priority = new int[queue.size()];
    fit = new int[queue.size()][shelf.size()];
    for (int r = 0; r < queue.size(); r++) {
      priority[r] = weights.pointsFor(queue.get(r));
      for (int d = 0; d < shelf.size(); d++) {
        fit[r][d] =
            Compatible.pair(queue.get(r), shelf.get(d)) ? Fit.of(queue.get(r), shelf.get(d)) : -1;
      }
    }
    taken = new boolean[shelf.size()];
  }

  static Totals best(List<QueuedRequest> queue, List<ShelfDevice> shelf, PriorityWeights weights) {
    if (queue.size() > 8 || shelf.size() > 8) {
      throw new IllegalArgumentException("Exhaustive search is for 8 × 8 at most");
    }
    ExhaustiveSearch search = new ExhaustiveSearch(queue, shelf, weights);
    search.explore(0, 0, 0, 0);
    return new Totals(search.bestPriority, search.bestFit, search.bestServed);
  }

  private void explore(int r, long priorities, long fits, int served) {
    if (r == priority.length) {
      if (priorities > bestPriority || (priorities == bestPriority && fits > bestFit)) {
        bestPriority = priorities;
        bestFit = fits;
        bestServed = served;
      }
      return;
    }
    explore(r + 1, priorities, fits, served);
    for (int d = 0; d < taken.length; d++) {
      if (!taken[d] && fit[r][d] >= 0) {
        taken[d] = true;
        explore(r + 1, priorities + priority[r], fits + fit[r][d], served + 1);
        taken[d] = false;
      }
    }
  }
}
