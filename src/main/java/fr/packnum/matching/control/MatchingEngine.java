package fr.packnum.matching.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Proposes the optimal assignment of the devices on the shelf to the queue of eligible requests:
 * first the highest total priority of the requests served, then, among the assignments that reach
 * it, the highest total fit; never a greedy first-come pass. Ties left after that go by ids, so the
 * same input always gives the same proposal. Every pair and every request left out is explained.
 *
 * <p>Each pair weighs {@code priority × scale + fit} where {@code scale} exceeds any total fit, so
 * that the maximum-weight assignment is the lexicographic optimum; {@link ProfileFlow} finds it.
 */
public final class MatchingEngine {

  private static final Comparator<QueuedRequest> BY_ID =
      Comparator.comparingLong(QueuedRequest::requestId);

  private final PriorityWeights weights;

  public MatchingEngine(PriorityWeights weights) {
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  public Proposal propose(Collection<ShelfDevice> shelf, Collection<QueuedRequest> queue) {
    requireDistinctIds(shelf, queue);
    List<ShelfDevice> available =
        shelf.stream()
            .filter(ShelfDevice::available)
            .sorted(Comparator.comparingLong(ShelfDevice::deviceId))
            .toList();
    Map<Long, Integer> priority = new LinkedHashMap<>();
    for (QueuedRequest request : queue) {
      priority.put(request.requestId(), weights.pointsFor(request));
    }
    Comparator<QueuedRequest> servingOrder =
        Comparator.<QueuedRequest>comparingInt(r -> -priority.get(r.requestId()))
            .thenComparing(BY_ID);

    // Group what the rules cannot tell apart, in a fixed order (ids) so that ties break the same
    // way.
    Map<RequestProfile, List<QueuedRequest>> requestGroups = new LinkedHashMap<>();
    queue.stream()
        .sorted(BY_ID)
        .forEach(
            r ->
                requestGroups.computeIfAbsent(RequestProfile.of(r), k -> new ArrayList<>()).add(r));
    Map<DeviceProfile, List<ShelfDevice>> deviceGroups = new LinkedHashMap<>();
    for (ShelfDevice device : available) {
      deviceGroups.computeIfAbsent(DeviceProfile.of(device), k -> new ArrayList<>()).add(device);
    }
    List<RequestProfile> requestProfiles = List.copyOf(requestGroups.keySet());
    List<DeviceProfile> deviceProfiles = List.copyOf(deviceGroups.keySet());
    List<List<QueuedRequest>> requests = new ArrayList<>();
    for (RequestProfile profile : requestProfiles) {
      List<QueuedRequest> members = requestGroups.get(profile);
      members.sort(servingOrder);
      requests.add(members);
    }
    List<List<ShelfDevice>> devices = deviceProfiles.stream().map(deviceGroups::get).toList();

    // The compatible pairs, between profiles.
    List<int[]> arcs = new ArrayList<>();
    long compatiblePairs = 0;
    for (int r = 0; r < requestProfiles.size(); r++) {
      for (int d = 0; d < deviceProfiles.size(); d++) {
        if (requestProfiles.get(r).accepts(deviceProfiles.get(d))) {
          arcs.add(new int[] {r, d, Fit.of(requestProfiles.get(r), deviceProfiles.get(d))});
          compatiblePairs += (long) requests.get(r).size() * devices.get(d).size();
        }
      }
    }

    int[][] priorities =
        requests.stream()
            .map(m -> m.stream().mapToInt(q -> priority.get(q.requestId())).toArray())
            .toArray(int[][]::new);
    ProfileFlow flow =
        new ProfileFlow(
            priorities,
            devices.stream().mapToInt(List::size).toArray(),
            arcs.stream().mapToInt(a -> a[0]).toArray(),
            arcs.stream().mapToInt(a -> a[1]).toArray(),
            arcs.stream().mapToInt(a -> a[2]).toArray(),
            scale(available.size(), queue.size(), weights.maxPoints()));
    long start = System.nanoTime();
    flow.solve();
    Duration solveTime = Duration.ofNanos(System.nanoTime() - start);

    // Read the flow back into pairs: within a profile, the highest priorities get the best fits.
    List<Proposal.Pair> pairs = new ArrayList<>();
    int[] nextDevice = new int[deviceProfiles.size()];
    int[] lowestHolder = new int[deviceProfiles.size()];
    Arrays.fill(lowestHolder, Integer.MAX_VALUE);
    for (int r = 0; r < requestProfiles.size(); r++) {
      List<Integer> byFit = new ArrayList<>();
      for (int a = 0; a < arcs.size(); a++) {
        if (arcs.get(a)[0] == r && flow.flow(a) > 0) {
          byFit.add(a);
        }
      }
      byFit.sort(Comparator.<Integer>comparingInt(a -> -arcs.get(a)[2]).thenComparingInt(a -> a));
      List<QueuedRequest> members = requests.get(r);
      int next = 0;
      for (int a : byFit) {
        int d = arcs.get(a)[1];
        for (int unit = 0; unit < flow.flow(a); unit++) {
          QueuedRequest request = members.get(next++);
          ShelfDevice device = devices.get(d).get(nextDevice[d]++);
          int points = priority.get(request.requestId());
          lowestHolder[d] = Math.min(lowestHolder[d], points);
          pairs.add(pair(request, device, points, arcs.get(a)[2]));
        }
      }
      if (next != flow.served(r)) {
        throw new IllegalStateException("The flow serves a profile inconsistently");
      }
    }

    List<Proposal.Unmatched> unmatched = new ArrayList<>();
    for (int r = 0; r < requestProfiles.size(); r++) {
      List<QueuedRequest> members = requests.get(r);
      for (QueuedRequest request : members.subList(flow.served(r), members.size())) {
        int points = priority.get(request.requestId());
        unmatched.add(
            new Proposal.Unmatched(
                request,
                points,
                Explanation.of(
                    List.of(
                        whyLeftOut(
                            request,
                            points,
                            requestProfiles.get(r),
                            deviceProfiles,
                            devices,
                            lowestHolder)))));
      }
    }

    pairs.sort(Comparator.comparing(Proposal.Pair::request, servingOrder));
    unmatched.sort(Comparator.comparing(Proposal.Unmatched::request, servingOrder));
    return new Proposal(
        pairs,
        unmatched,
        pairs.stream().mapToLong(Proposal.Pair::priority).sum(),
        pairs.stream().mapToLong(Proposal.Pair::fit).sum(),
        new Proposal.Statistics(
            available.size(),
            queue.size(),
            compatiblePairs,
            requestProfiles.size(),
            deviceProfiles.size(),
            arcs.size(),
            flow.augmentations(),
            solveTime));
  }

  /**
   * How many fit points one priority point is worth: one more than the largest total fit, so that
   * fit never outweighs priority. Refuses a problem whose scores could overflow a {@code long}.
   */
  static long scale(int devices, int requests, int maxPriority) {
    long pairsAtMost = Math.min(devices, requests);
    try {
      long scale = Math.addExact(Math.multiplyExact(pairsAtMost, Fit.MAX), 1);
      long pairWeight = Math.addExact(Math.multiplyExact(maxPriority, scale), Fit.MAX);
      // The solver's path lengths add up to one pair weight per node, with room to spare.
      Math.multiplyExact(Math.multiplyExact(devices + requests + 2L, pairWeight), 8);
      return scale;
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("Too many devices and requests to score exactly", e);
    }
  }

  private Proposal.Pair pair(QueuedRequest request, ShelfDevice device, int points, int fit) {
    List<Reason> reasons = new ArrayList<>(weights.reasonsFor(request));
    reasons.addAll(Fit.deviceReasons(request, device));
    reasons.addAll(Fit.fitReasons(request, device));
    return new Proposal.Pair(request, device, points, fit, Explanation.of(reasons));
  }

  /**
   * At the optimum a request is left out only when no available device meets its constraints, or
   * when every compatible device went to a request of equal or higher priority (else swapping them
   * would raise the total). Names the constraint that excludes the most devices, or the margin.
   */
  private static Reason whyLeftOut(
      QueuedRequest request,
      int points,
      RequestProfile profile,
      List<DeviceProfile> deviceProfiles,
      List<List<ShelfDevice>> devices,
      int[] lowestHolder) {
    int availableCount = devices.stream().mapToInt(List::size).sum();
    if (availableCount == 0) {
      return Reason.of(Wording.NO_DEVICE_READY);
    }
    int compatible = 0;
    int lowest = Integer.MAX_VALUE;
    int[] excludedBy = new int[Requirement.values().length];
    for (int d = 0; d < deviceProfiles.size(); d++) {
      DeviceProfile device = deviceProfiles.get(d);
      int count = devices.get(d).size();
      if (profile.accepts(device)) {
        compatible += count;
        lowest = Math.min(lowest, lowestHolder[d]);
        if (lowestHolder[d] == Integer.MAX_VALUE) {
          throw new IllegalStateException("A compatible device was left free: not an optimum");
        }
      }
      for (Requirement requirement : Requirement.values()) {
        if (profile.requires(requirement) && !meets(requirement, profile, device)) {
          excludedBy[requirement.ordinal()] += count;
        }
      }
    }
    if (compatible == 0) {
      Requirement worst = Requirement.DEVICE_TYPE;
      for (Requirement requirement : Requirement.values()) {
        if (excludedBy[requirement.ordinal()] > excludedBy[worst.ordinal()]) {
          worst = requirement;
        }
      }
      return Reason.of(
          Wording.NO_COMPATIBLE_DEVICE, worst, excludedBy[worst.ordinal()], availableCount);
    }
    return lowest > points
        ? Reason.of(Wording.OUTRANKED, compatible, lowest - points)
        : Reason.of(Wording.OUTRANKED_AT_EQUAL_PRIORITY, compatible);
  }

  private static boolean meets(Requirement requirement, RequestProfile profile, DeviceProfile d) {
    return requirement == Requirement.DEVICE_TYPE
        ? Requirement.accepts(profile.wanted(), d.type())
        : d.features().contains(requirement);
  }

  private static void requireDistinctIds(
      Collection<ShelfDevice> shelf, Collection<QueuedRequest> queue) {
    Set<Long> seen = new HashSet<>();
    for (ShelfDevice device : shelf) {
      if (!seen.add(device.deviceId())) {
        throw new IllegalArgumentException("Device " + device.deviceId() + " appears twice");
      }
    }
    seen.clear();
    for (QueuedRequest request : queue) {
      if (!seen.add(request.requestId())) {
        throw new IllegalArgumentException("Request " + request.requestId() + " appears twice");
      }
    }
  }
}
