package fr.packnum.matching.control;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.Arrays;
import java.util.List;

/**
 * The independent exact check: Google OR-Tools' minimum-cost flow (cost scaling, native code) on
 * every raw compatible (request, device) pair, without the engine's profiles. A bypass arc from
 * source to sink lets requests go unserved; each pair costs {@code -(priority × scale + fit)} with
 * its own scale. It shares with the engine only the rules (priority, hard constraints, fit).
 */
public final class OrToolsAssignment {

  /** For each request (by index), the index of its device or -1; and the solver's own time. */
  public record Result(int[] deviceOf, long compatiblePairs, long buildNanos, long solveNanos) {}

  private OrToolsAssignment() {}

  public static Result solve(
      List<QueuedRequest> queue, List<ShelfDevice> shelf, PriorityWeights weights) {
    Loader.loadNativeLibraries();
    int n = queue.size();
    int m = shelf.size();
    long scale = (long) Math.min(n, m) * Fit.MAX + 1;
    long start = System.nanoTime();
    MinCostFlow flow = new MinCostFlow();
    int source = 0;
    int sink = n + m + 1;
    int[] firstArc = new int[n + 1];
    int[] arcDevice = new int[1 << 16];
    int arcs = 0;
    for (int r = 0; r < n; r++) {
      flow.addArcWithCapacityAndUnitCost(source, 1 + r, 1, 0);
    }
    long pairs = 0;
    long[] arcIds = new long[1 << 16];
    for (int r = 0; r < n; r++) {
      QueuedRequest request = queue.get(r);
      long base = weights.pointsFor(request) * scale;
      firstArc[r] = arcs;
      for (int d = 0; d < m; d++) {
        ShelfDevice device = shelf.get(d);
        if (Compatible.pair(request, device)) {
          int arc =
              flow.addArcWithCapacityAndUnitCost(
                  1 + r, 1 + n + d, 1, -(base + Fit.of(request, device)));
          if (arcs == arcDevice.length) {
            arcDevice = Arrays.copyOf(arcDevice, arcs * 2);
            arcIds = Arrays.copyOf(arcIds, arcs * 2);
          }
          arcDevice[arcs] = d;
          arcIds[arcs] = arc;
          arcs++;
          pairs++;
        }
      }
    }
    firstArc[n] = arcs;
    for (int d = 0; d < m; d++) {
      flow.addArcWithCapacityAndUnitCost(1 + n + d, sink, 1, 0);
    }
    flow.addArcWithCapacityAndUnitCost(source, sink, n, 0);
    flow.setNodeSupply(source, n);
    flow.setNodeSupply(sink, -n);
    long built = System.nanoTime();
    MinCostFlowBase.Status status = flow.solve();
    long solved = System.nanoTime();
    if (status != MinCostFlowBase.Status.OPTIMAL) {
      throw new IllegalStateException("OR-Tools: " + status);
    }
    int[] deviceOf = new int[n];
    Arrays.fill(deviceOf, -1);
    for (int r = 0; r < n; r++) {
      for (int a = firstArc[r]; a < firstArc[r + 1]; a++) {
        if (flow.getFlow((int) arcIds[a]) > 0) {
          deviceOf[r] = arcDevice[a];
        }
      }
    }
    flow.delete();
    return new Result(deviceOf, pairs, built - start, solved - built);
  }

  /**
   * OR-Tools on the engine's own reduced network (requests to profiles to devices): what the
   * library would cost if it replaced only {@link ProfileFlow}. Returns the optimal total {@code
   * priority × scale + fit} and the solve time; the benchmark compares it with the engine.
   */
  public static long[] solveOnProfiles(
      List<QueuedRequest> queue, List<ShelfDevice> shelf, PriorityWeights weights) {
    Loader.loadNativeLibraries();
    java.util.Map<RequestProfile, Integer> requestProfiles = new java.util.LinkedHashMap<>();
    java.util.Map<DeviceProfile, Integer> deviceProfiles = new java.util.LinkedHashMap<>();
    java.util.Map<DeviceProfile, Integer> counts = new java.util.HashMap<>();
    for (QueuedRequest r : queue) {
      requestProfiles.putIfAbsent(RequestProfile.of(r), requestProfiles.size());
    }
    for (ShelfDevice d : shelf) {
      if (d.available()) {
        DeviceProfile profile = DeviceProfile.of(d);
        deviceProfiles.putIfAbsent(profile, deviceProfiles.size());
        counts.merge(profile, 1, Integer::sum);
      }
    }
    int n = queue.size();
    int rp = requestProfiles.size();
    int dp = deviceProfiles.size();
    long scale = (long) Math.min(n, shelf.size()) * Fit.MAX + 1;
    long start = System.nanoTime();
    MinCostFlow flow = new MinCostFlow();
    int source = 0;
    int sink = 1 + rp + dp;
    for (QueuedRequest r : queue) {
      flow.addArcWithCapacityAndUnitCost(
          source, 1 + requestProfiles.get(RequestProfile.of(r)), 1, -weights.pointsFor(r) * scale);
    }
    for (var request : requestProfiles.entrySet()) {
      for (var device : deviceProfiles.entrySet()) {
        if (request.getKey().accepts(device.getKey())) {
          flow.addArcWithCapacityAndUnitCost(
              1 + request.getValue(),
              1 + rp + device.getValue(),
              n,
              -Fit.of(request.getKey(), device.getKey()));
        }
      }
    }
    for (var device : deviceProfiles.entrySet()) {
      flow.addArcWithCapacityAndUnitCost(
          1 + rp + device.getValue(), sink, counts.get(device.getKey()), 0);
    }
    flow.addArcWithCapacityAndUnitCost(source, sink, n, 0);
    flow.setNodeSupply(source, n);
    flow.setNodeSupply(sink, -n);
    MinCostFlowBase.Status status = flow.solve();
    long nanos = System.nanoTime() - start;
    if (status != MinCostFlowBase.Status.OPTIMAL) {
      throw new IllegalStateException("OR-Tools: " + status);
    }
    long total = -flow.getOptimalCost();
    flow.delete();
    return new long[] {total, nanos};
  }
}
