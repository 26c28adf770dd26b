package fr.packnum.matching.control;

import java.util.Arrays;

/**
 * The engine's exact solver: a maximum-weight assignment of requests to devices, both grouped by
 * profile, solved as a minimum-cost flow by successive shortest paths (Dijkstra on reduced costs
 * with node potentials).
 *
 * <p>The network: source → request profile → device profile → sink. A device profile's arc to the
 * sink carries as many units as it has devices. A request profile's arc from the source is the
 * convex chain of its requests, highest priority first: the k-th unit served earns the k-th
 * priority. That is exact because requests of one profile accept the same devices at the same fit,
 * so an optimum always serves the highest priorities of each profile; likewise any device of a
 * profile can stand for another. A unit costs {@code -(priority × scale + fit)}; the solver stops
 * as soon as the cheapest augmenting path no longer lowers the cost, which leaves out the requests
 * whose serving would not raise the total (all weights are positive, so only for lack of devices).
 *
 * <p>With R request profiles, D device profiles and A compatible profile pairs, each augmentation
 * costs O((A + R + D) log(R + D)) and there are at most min(requests, devices) of them (fewer: a
 * path carries every unit its bottleneck allows). Not thread-safe; one instance per solve.
 */
final class ProfileFlow {

  private static final long INFINITY = Long.MAX_VALUE / 4;

  private final int requestProfiles;
  private final int deviceProfiles;
  private final int[][] priorities;
  private final int[] devices;
  private final int[] arcRequest;
  private final int[] arcDevice;
  private final int[] arcFit;
  private final long scale;

  private final int[] served;
  private final int[] used;
  private final int[] flow;
  private final int[][] arcsFrom;
  private final int[][] arcsInto;

  private final int source;
  private final int sink;
  private final long[] potential;
  private final long[] distance;
  private final int[] previousNode;
  private final int[] previousArc;
  private final int[] heap;
  private final int[] heapPosition;
  private int heapSize;
  private int augmentations;

  /**
   * @param priorities per request profile, its requests' priorities in serving order (descending)
   * @param devices per device profile, how many devices it has
   * @param arcRequest arcRequest[a], arcDevice[a]: a compatible pair of profiles, at fit arcFit[a]
   * @param scale what one point of priority is worth in fit points: more than any total fit
   */
  ProfileFlow(
      int[][] priorities,
      int[] devices,
      int[] arcRequest,
      int[] arcDevice,
      int[] arcFit,
      long scale) {
    this.requestProfiles = priorities.length;
    this.deviceProfiles = devices.length;
    this.priorities = priorities;
    this.devices = devices;
    this.arcRequest = arcRequest;
    this.arcDevice = arcDevice;
    this.arcFit = arcFit;
    this.scale = scale;
    this.served = new int[requestProfiles];
    this.used = new int[deviceProfiles];
    this.flow = new int[arcRequest.length];
    this.arcsFrom = group(arcRequest, requestProfiles);
    this.arcsInto = group(arcDevice, deviceProfiles);
    int nodes = requestProfiles + deviceProfiles + 2;
    this.source = 0;
    this.sink = nodes - 1;
    this.potential = new long[nodes];
    this.distance = new long[nodes];
    this.previousNode = new int[nodes];
    this.previousArc = new int[nodes];
    this.heap = new int[nodes];
    this.heapPosition = new int[nodes];
  }

  private static int[][] group(int[] owners, int count) {
    int[] sizes = new int[count];
    for (int owner : owners) {
      sizes[owner]++;
    }
    int[][] groups = new int[count][];
    for (int i = 0; i < count; i++) {
      groups[i] = new int[sizes[i]];
    }
    Arrays.fill(sizes, 0);
    for (int a = 0; a < owners.length; a++) {
      groups[owners[a]][sizes[owners[a]]++] = a;
    }
    return groups;
  }

  private int requestNode(int r) {
    return 1 + r;
  }

  private int deviceNode(int d) {
    return 1 + requestProfiles + d;
  }

  /** Solves; afterwards {@link #served} and {@link #flow} describe an optimal assignment. */
  void solve() {
    initialPotentials();
    while (shortestPath()) {
      long reducedLength = distance[sink];
      long cost = reducedLength - potential[source] + potential[sink];
      if (cost >= 0) {
        return;
      }
      for (int v = 0; v < potential.length; v++) {
        potential[v] += Math.min(distance[v], reducedLength);
      }
      augment();
    }
  }

  /** Shortest distances from the source on the initial network, a DAG: all reduced costs ≥ 0. */
  private void initialPotentials() {
    potential[source] = 0;
    long lowest = 0;
    Arrays.fill(potential, 1, potential.length, 0);
    for (int d = 0; d < deviceProfiles; d++) {
      long best = 0;
      for (int a : arcsInto[d]) {
        int r = arcRequest[a];
        best = Math.min(best, sourceCost(r, 0) - arcFit[a]);
      }
      potential[deviceNode(d)] = best;
      lowest = Math.min(lowest, best);
    }
    for (int r = 0; r < requestProfiles; r++) {
      potential[requestNode(r)] = priorities[r].length == 0 ? 0 : sourceCost(r, 0);
    }
    potential[sink] = lowest;
  }

  private long sourceCost(int r, int unit) {
    return -(long) priorities[r][unit] * scale;
  }

  private boolean shortestPath() {
    Arrays.fill(distance, INFINITY);
    Arrays.fill(heapPosition, -1);
    heapSize = 0;
    distance[source] = 0;
    push(source);
    while (heapSize > 0) {
      int u = pop();
      if (u == sink) {
        return true;
      }
      long base = distance[u] + potential[u];
      if (u == source) {
        for (int r = 0; r < requestProfiles; r++) {
          if (served[r] < priorities[r].length) {
            relax(u, requestNode(r), -1, base + sourceCost(r, served[r]));
          }
        }
      } else if (u <= requestProfiles) {
        for (int a : arcsFrom[u - 1]) {
          relax(u, deviceNode(arcDevice[a]), a, base - arcFit[a]);
        }
      } else {
        int d = u - 1 - requestProfiles;
        for (int a : arcsInto[d]) {
          if (flow[a] > 0) {
            relax(u, requestNode(arcRequest[a]), a, base + arcFit[a]);
          }
        }
        if (used[d] < devices[d]) {
          relax(u, sink, -1, base);
        }
      }
    }
    return false;
  }

  /** {@code length} is the arc's cost plus the tail's distance and potential. */
  private void relax(int from, int to, int arc, long length) {
    if (heapPosition[to] == -2) {
      return; // settled: reduced costs are never negative, so it cannot get closer
    }
    long reduced = length - potential[to];
    if (reduced < distance[to]) {
      distance[to] = reduced;
      previousNode[to] = from;
      previousArc[to] = arc;
      if (heapPosition[to] < 0) {
        push(to);
      } else {
        up(heapPosition[to]);
      }
    }
  }

  private void augment() {
    int units = Integer.MAX_VALUE;
    for (int v = sink; v != source; v = previousNode[v]) {
      int u = previousNode[v];
      if (v == sink) {
        int d = u - 1 - requestProfiles;
        units = Math.min(units, devices[d] - used[d]);
      } else if (u == source) {
        units = Math.min(units, samePriorityRun(v - 1));
      } else if (u > requestProfiles) {
        units = Math.min(units, flow[previousArc[v]]); // undoing part of a device profile's use
      }
    }
    for (int v = sink; v != source; v = previousNode[v]) {
      int u = previousNode[v];
      if (v == sink) {
        used[u - 1 - requestProfiles] += units;
      } else if (u == source) {
        served[v - 1] += units;
      } else if (u > requestProfiles) {
        flow[previousArc[v]] -= units;
      } else {
        flow[previousArc[v]] += units;
      }
    }
    augmentations++;
  }

  /** How many of the next requests of the profile share the next one's priority (same cost). */
  private int samePriorityRun(int r) {
    int[] p = priorities[r];
    int end = served[r];
    while (end < p.length && p[end] == p[served[r]]) {
      end++;
    }
    return end - served[r];
  }

  int served(int requestProfile) {
    return served[requestProfile];
  }

  int flow(int arc) {
    return flow[arc];
  }

  int augmentations() {
    return augmentations;
  }

  // --- an indexed binary heap of nodes by distance -------------------------------------------

  private void push(int node) {
    heap[heapSize] = node;
    heapPosition[node] = heapSize;
    up(heapSize++);
  }

  private int pop() {
    int top = heap[0];
    heapPosition[top] = -2; // settled
    heapSize--;
    if (heapSize > 0) {
      heap[0] = heap[heapSize];
      heapPosition[heap[0]] = 0;
      down(0);
    }
    return top;
  }

  private void up(int i) {
    int node = heap[i];
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (distance[heap[parent]] <= distance[node]) {
        break;
      }
      heap[i] = heap[parent];
      heapPosition[heap[i]] = i;
      i = parent;
    }
    heap[i] = node;
    heapPosition[node] = i;
  }

  private void down(int i) {
    int node = heap[i];
    while (true) {
      int child = 2 * i + 1;
      if (child >= heapSize) {
        break;
      }
      if (child + 1 < heapSize && distance[heap[child + 1]] < distance[heap[child]]) {
        child++;
      }
      if (distance[heap[child]] >= distance[node]) {
        break;
      }
      heap[i] = heap[child];
      heapPosition[heap[i]] = i;
      i = child;
    }
    heap[i] = node;
    heapPosition[node] = i;
  }
}
