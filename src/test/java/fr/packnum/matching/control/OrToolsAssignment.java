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
}
