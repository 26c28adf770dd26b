package fr.packnum.territory.benchmark;

import fr.packnum.territory.control.Communes;
import fr.packnum.territory.entity.Commune;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How fast the commune picker's lookups answer ({@code GET /api/communes?q=}), beside the naive
 * way: the same search that normalises every commune's name at each keystroke instead of once at
 * load. Queries are what people type: the first 2 to 8 letters of real commune names, accents and
 * case as they come, and postcode beginnings. Not a test; README, "Benchmarks".
 *
 * <p>{@code mvn -Pterritory-benchmark test-compile exec:exec}
 */
public final class CommuneSearchBenchmark {

  private CommuneSearchBenchmark() {}

  public static void main(String[] args) {
    long loadStart = System.nanoTime();
    Communes communes = Communes.official();
    long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
    Runtime runtime = Runtime.getRuntime();
    runtime.gc();
    long heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);

    List<String> queries = queries(communes, 2_000, new Random(42));
    List<String> few = queries.subList(0, 40); // the baseline is slow: fewer queries, same kind
    for (int warm = 0; warm < 2; warm++) {
      run(queries, q -> communes.search(q, 10));
      run(few, q -> naive(communes, q, 10));
    }
    double indexed = run(queries, q -> communes.search(q, 10));
    double naive = run(few, q -> naive(communes, q, 10));

    System.out.printf(
        Locale.ROOT,
        "Commune list: %d communes and arrondissements loaded in %d ms, heap in use after load"
            + " %d MB%n",
        communes.all().size(),
        loadMs,
        heapMb);
    System.out.printf(
        Locale.ROOT, "%-58s %12s%n", "search (" + queries.size() + " typed queries)", "µs/query");
    System.out.printf(
        Locale.ROOT, "%-58s %12.1f%n", "Communes.search (names normalised at load)", indexed);
    System.out.printf(
        Locale.ROOT, "%-58s %12.1f%n", "baseline: names normalised at every query", naive);
  }

  interface Search {
    List<Commune> apply(String query);
  }

  /** Microseconds per query, the median of five passes. */
  private static double run(List<String> queries, Search search) {
    double[] passes = new double[5];
    int found = 0;
    for (int pass = 0; pass < passes.length; pass++) {
      long start = System.nanoTime();
      for (String query : queries) {
        found += search.apply(query).size();
      }
      passes[pass] = (System.nanoTime() - start) / 1_000.0 / queries.size();
    }
    if (found < 0) {
      throw new IllegalStateException("unreachable: keeps the results alive");
    }
    java.util.Arrays.sort(passes);
    return passes[passes.length / 2];
  }

  private static List<String> queries(Communes communes, int count, Random random) {
    List<Commune> all = communes.all();
    List<String> queries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Commune commune = all.get(random.nextInt(all.size()));
      if (i % 4 == 0 && !commune.postcodes().isEmpty()) {
        String postcode = commune.postcodes().get(0);
        queries.add(postcode.substring(0, 2 + random.nextInt(4)));
      } else {
        String name = commune.name();
        String typed = name.substring(0, Math.min(name.length(), 2 + random.nextInt(7)));
        queries.add(i % 3 == 0 ? typed.toLowerCase(Locale.ROOT) : typed);
      }
    }
    return queries;
  }

  /** The same ranking, normalising every name at each query. */
  private static List<Commune> naive(Communes communes, String typed, int limit) {
    if (typed.chars().allMatch(Character::isDigit)) {
      return communes.search(typed, limit);
    }
    String wanted = plain(typed);
    return communes.all().stream()
        .filter(
            c -> {
              String name = plain(c.name());
              return name.startsWith(wanted) || name.contains(" " + wanted);
            })
        .sorted(Comparator.comparingInt(Commune::population).reversed())
        .limit(limit)
        .toList();
  }

  private static String plain(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", " ")
        .strip();
  }
}
