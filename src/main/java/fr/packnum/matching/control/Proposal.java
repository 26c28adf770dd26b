package fr.packnum.matching.control;

import java.time.Duration;
import java.util.List;

/**
 * What the engine proposes to a coordinator, who confirms it: the pairs, highest priority first,
 * the requests left without a device and why, and the totals the optimum reached.
 *
 * @param totalPriority the sum of the served requests' priorities (the first thing maximised)
 * @param totalFit the sum of the pairs' fits (maximised only among assignments of equal priority)
 */
public record Proposal(
    List<Pair> pairs,
    List<Unmatched> unmatched,
    long totalPriority,
    long totalFit,
    Statistics statistics) {

  public Proposal {
    pairs = List.copyOf(pairs);
    unmatched = List.copyOf(unmatched);
  }

  /** A request and the device proposed for it. */
  public record Pair(
      QueuedRequest request, ShelfDevice device, int priority, int fit, Explanation explanation) {}

  /** A request left without a device, and why. */
  public record Unmatched(QueuedRequest request, int priority, Explanation reason) {}

  /**
   * The size of the problem solved and the time it took.
   *
   * @param compatiblePairs how many (request, device) pairs meet every hard constraint
   * @param requestProfiles requests the rules cannot tell apart count as one profile
   * @param deviceProfiles likewise for the devices available
   * @param profilePairs the compatible pairs of profiles: the size of the problem solved
   * @param solveTime the exact solver alone, without scoring or explanations
   */
  public record Statistics(
      int availableDevices,
      int requests,
      long compatiblePairs,
      int requestProfiles,
      int deviceProfiles,
      int profilePairs,
      int augmentations,
      Duration solveTime) {}
}
