package fr.packnum.matching.control;

import java.util.List;

/** What an assignment reaches: the two criteria the engine maximises, in order. */
public record Totals(long priority, long fit, int served) {

  public static Totals of(Proposal proposal) {
    return new Totals(proposal.totalPriority(), proposal.totalFit(), proposal.pairs().size());
  }

  /** The totals of pairs given as (request, device) indices into the lists. */
  public static Totals of(
      List<QueuedRequest> queue, List<ShelfDevice> shelf, int[] deviceOf, PriorityWeights weights) {
    long priority = 0;
    long fit = 0;
    int served = 0;
    for (int r = 0; r < deviceOf.length; r++) {
      if (deviceOf[r] >= 0) {
        priority += weights.pointsFor(queue.get(r));
        fit += Fit.of(queue.get(r), shelf.get(deviceOf[r]));
        served++;
      }
    }
    return new Totals(priority, fit, served);
  }

  /** Lexicographic: priority first, then fit. */
  public boolean beats(Totals other) {
    return priority != other.priority ? priority > other.priority : fit > other.fit;
  }
}
