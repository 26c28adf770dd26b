package fr.packnum.matching.benchmark;

import fr.packnum.matching.control.Compatible;
import fr.packnum.matching.control.Fit;
import fr.packnum.matching.control.Greedy;
import fr.packnum.matching.control.Instances;
import fr.packnum.matching.control.MatchingEngine;
import fr.packnum.matching.control.OrToolsAssignment;
import fr.packnum.matching.control.PriorityWeights;
import fr.packnum.matching.control.Proposal;
import fr.packnum.matching.control.QueuedRequest;
import fr.packnum.matching.control.ShelfDevice;
import fr.packnum.matching.control.Totals;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * How fast and in how much memory the matching engine proposes, and whether its optimum is the
 * optimum: seeded queues and shelves shaped like a real programme's ({@link Instances}), the engine
 * end to end (score, group, build the compatible pairs, solve, explain) and its solver alone,
 * beside greedy-by-priority's totals and the same instance solved by Google OR-Tools' min-cost flow
 * on every raw compatible pair (and by JGraphT up to 1,000 × 1,000). Not a test: it prints.
 *
 * <p>Run with {@code mvn -Pmatching-benchmark test-compile exec:exec}; sizes with {@code
 * -Dmatching.benchmark.sizes=1000,5000}.
 */
public final class MatchingBenchmark {

  private static final long SEED = 42;
  private static final int RUNS = 3;
  private static final int JGRAPHT_LIMIT = 1_000;
  private static final int[] HEAP_LIMITS_MB = {16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512};

  private MatchingBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--once")) {
      int size = Integer.parseInt(args[1]); // a child JVM of the heap-limit part below
      Random random = new Random(SEED);
      List<ShelfDevice> shelf = Instances.shelf(random, size);
      List<QueuedRequest> queue = Instances.queue(random, size);
      new MatchingEngine(PriorityWeights.DEFAULTS).propose(shelf, queue);
      return;
    }
    int[] sizes =
        Arrays.stream((args.length > 0 ? args[0] : "1000,5000").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    print(
        "JVM %s, %d processors, max heap %,d MB%n",
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    MatchingEngine engine = new MatchingEngine(PriorityWeights.DEFAULTS);
    // Warm the JIT on a smaller instance first.
    Random warm = new Random(SEED + 1);
    engine.propose(Instances.shelf(warm, 1_000), Instances.queue(warm, 1_000));

    for (int size : sizes) {
      Random random = new Random(SEED);
      List<ShelfDevice> shelf = Instances.shelf(random, size);
      List<QueuedRequest> queue = Instances.queue(random, size);
      print("%n=== %,d devices × %,d requests (seed %d) ===%n", size, size, SEED);

      long[] endToEnd = new long[RUNS];
      long[] solve = new long[RUNS];
      long peak = 0;
      Proposal proposal = null;
      for (int run = 0; run < RUNS; run++) {
        System.gc();
        HeapSampler sampler = HeapSampler.start();
        long start = System.nanoTime();
        proposal = engine.propose(shelf, queue);
        endToEnd[run] = System.nanoTime() - start;
        peak = Math.max(peak, sampler.stop());
        solve[run] = proposal.statistics().solveTime().toNanos();
      }
      Proposal.Statistics stats = proposal.statistics();
      print(
          "available devices %,d; compatible pairs %,d (%.1f %% of available × requests);"
              + " %,d request profiles, %,d device profiles, %,d compatible profile pairs;"
              + " %,d augmentations%n",
          stats.availableDevices(),
          stats.compatiblePairs(),
          100.0 * stats.compatiblePairs() / ((double) stats.availableDevices() * stats.requests()),
          stats.requestProfiles(),
          stats.deviceProfiles(),
          stats.profilePairs(),
          stats.augmentations());
      print(
          "engine end to end     %8.3f s (median of %d)   solve alone %8.3f s   peak heap in use %,d MB"
              + " (sampled, garbage included)%n",
          seconds(median(endToEnd)), RUNS, seconds(median(solve)), peak >> 20);
      Totals engineTotals = Totals.of(proposal);
      print(
          "engine                served %,6d   priority %,12d   fit %,8d%n",
          engineTotals.served(), engineTotals.priority(), engineTotals.fit());

      long start = System.nanoTime();
      int[] greedy = Greedy.assign(queue, shelf, PriorityWeights.DEFAULTS);
      long greedyNanos = System.nanoTime() - start;
      Totals greedyTotals = Totals.of(queue, shelf, greedy, PriorityWeights.DEFAULTS);
      print(
          "greedy by priority    served %,6d   priority %,12d   fit %,8d   (%.3f s; %+,d priority"
              + " points against the engine)%n",
          greedyTotals.served(),
          greedyTotals.priority(),
          greedyTotals.fit(),
          seconds(greedyNanos),
          greedyTotals.priority() - engineTotals.priority());

      System.gc();
      HeapSampler sampler = HeapSampler.start();
      start = System.nanoTime();
      OrToolsAssignment.Result check =
          OrToolsAssignment.solve(queue, shelf, PriorityWeights.DEFAULTS);
      long orToolsNanos = System.nanoTime() - start;
      long orToolsPeak = sampler.stop();
      Totals orTools = Totals.of(queue, shelf, check.deviceOf(), PriorityWeights.DEFAULTS);
      print(
          "OR-Tools min-cost flow served %,6d   priority %,12d   fit %,8d   end to end %.3f s (build"
              + " %,d arcs %.3f s, solve %.3f s), Java heap peak %,d MB + native; same optimum: %s%n",
          orTools.served(),
          orTools.priority(),
          orTools.fit(),
          seconds(orToolsNanos),
          check.compatiblePairs(),
          seconds(check.buildNanos()),
          seconds(check.solveNanos()),
          orToolsPeak >> 20,
          sameOptimum(orTools, engineTotals));

      long[] onProfiles = OrToolsAssignment.solveOnProfiles(queue, shelf, PriorityWeights.DEFAULTS);
      long scale = (long) Math.min(queue.size(), shelf.size()) * Fit.MAX + 1;
      print(
          "OR-Tools on the engine's profile network: build and solve %.3f s; same optimum: %s%n",
          seconds(onProfiles[1]),
          onProfiles[0] == engineTotals.priority() * scale + engineTotals.fit() ? "yes" : "NO");

      if (size <= JGRAPHT_LIMIT) {
        System.gc();
        sampler = HeapSampler.start();
        start = System.nanoTime();
        Totals jgrapht = jgrapht(queue, shelf);
        long jgraphtNanos = System.nanoTime() - start;
        print(
            "JGraphT max-weight bipartite matching served %,6d   priority %,12d   fit %,8d   %.3f s,"
                + " heap peak %,d MB; same optimum: %s%n",
            jgrapht.served(),
            jgrapht.priority(),
            jgrapht.fit(),
            seconds(jgraphtNanos),
            sampler.stop() >> 20,
            sameOptimum(jgrapht, engineTotals));
      }
      print("smallest -Xmx in which a fresh JVM proposes: %s%n", smallestHeap(size));
    }
  }

  private static String sameOptimum(Totals other, Totals engine) {
    return other.priority() == engine.priority() && other.fit() == engine.fit()
        ? "yes"
        : "NO (engine " + engine + ")";
  }

  /** JGraphT 1.5.3 on every raw compatible pair, weights priority × scale + fit as doubles. */
  private static Totals jgrapht(List<QueuedRequest> queue, List<ShelfDevice> shelf) {
    PriorityWeights weights = PriorityWeights.DEFAULTS;
    int n = queue.size();
    long scale = (long) Math.min(n, shelf.size()) * Fit.MAX + 1;
    Graph<Integer, DefaultWeightedEdge> graph =
        new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    Set<Integer> left = new HashSet<>();
    Set<Integer> right = new HashSet<>();
    for (int r = 0; r < n; r++) {
      graph.addVertex(r);
      left.add(r);
    }
    for (int d = 0; d < shelf.size(); d++) {
      graph.addVertex(n + d);
      right.add(n + d);
    }
    for (int r = 0; r < n; r++) {
      long base = weights.pointsFor(queue.get(r)) * scale;
      for (int d = 0; d < shelf.size(); d++) {
        if (Compatible.pair(queue.get(r), shelf.get(d))) {
          DefaultWeightedEdge edge = graph.addEdge(r, n + d);
          graph.setEdgeWeight(edge, base + Fit.of(queue.get(r), shelf.get(d)));
        }
      }
    }
    MatchingAlgorithm.Matching<Integer, DefaultWeightedEdge> matching =
        new MaximumWeightBipartiteMatching<>(graph, left, right).getMatching();
    int[] deviceOf = new int[n];
    Arrays.fill(deviceOf, -1);
    for (DefaultWeightedEdge edge : matching.getEdges()) {
      int a = graph.getEdgeSource(edge);
      int b = graph.getEdgeTarget(edge);
      deviceOf[Math.min(a, b)] = Math.max(a, b) - n;
    }
    return Totals.of(queue, shelf, deviceOf, weights);
  }

  private static String smallestHeap(int size) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (int mb : HEAP_LIMITS_MB) {
      List<String> command = new ArrayList<>();
      command.addAll(
          List.of(
              java,
              "-Xmx" + mb + "m",
              "-cp",
              System.getProperty("java.class.path"),
              MatchingBenchmark.class.getName(),
              "--once",
              Integer.toString(size)));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().transferTo(OutputStream.nullOutputStream());
      if (process.waitFor(10, TimeUnit.MINUTES) && process.exitValue() == 0) {
        return mb + " MB";
      }
    }
    return "more than " + HEAP_LIMITS_MB[HEAP_LIMITS_MB.length - 1] + " MB";
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static void print(String format, Object... args) {
    System.out.printf(Locale.ROOT, format, args);
  }

  /** The heap in use, sampled every millisecond on a daemon thread. */
  private static final class HeapSampler {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running = true;
    private Thread thread;

    static HeapSampler start() {
      HeapSampler sampler = new HeapSampler();
      sampler.thread =
          new Thread(
              () -> {
                while (sampler.running) {
                  sampler.peak.accumulateAndGet(
                      sampler.memory.getHeapMemoryUsage().getUsed(), Math::max);
                  try {
                    Thread.sleep(1);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      sampler.thread.setDaemon(true);
      sampler.thread.start();
      return sampler;
    }

    long stop() throws InterruptedException {
      running = false;
      thread.join();
      return Math.max(peak.get(), memory.getHeapMemoryUsage().getUsed());
    }
  }
}
