package fr.packnum.territory.control;

import fr.packnum.territory.entity.Area;
import fr.packnum.territory.entity.Commune;
import fr.packnum.territory.entity.InseeCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The official list of French communes shipped inside PackNum (INSEE's Code officiel géographique,
 * through {@code @etalab/decoupage-administratif}; README, "Territory"): every current commune and
 * municipal arrondissement with its postcodes, département, région and EPCI, the former codes of
 * merged communes, and the names of the levels. Read once from the WAR, then kept in memory (about
 * 35,000 communes, a few megabytes): looking up a code is a map read, searching a name or a
 * postcode a scan of pre-normalised names, well under a millisecond.
 */
public final class Communes {

  private static final String COMMUNES = "/fr/packnum/territory/communes.tsv.gz";
  private static final String LEVELS = "/fr/packnum/territory/levels.tsv.gz";
  private static final Pattern COUNTS = Pattern.compile("communes=(\\d+); arrondissements=(\\d+)");

  private static final class Official {
    static final Communes LIST = load();
  }

  private final String source;
  private final int declaredCommunes;
  private final int declaredArrondissements;
  private final List<Commune> all;
  private final String[] searchNames;
  private final Map<String, Commune> byCode = new HashMap<>();
  private final TreeMap<String, List<Commune>> byPostcode = new TreeMap<>();
  private final Map<String, String> formerToCurrent = new HashMap<>();
  private final Map<String, Area> areas = new HashMap<>();
  private final Map<String, Centre> centres = new java.util.concurrent.ConcurrentHashMap<>();

  /** Where a commune's centre is, in degrees (WGS 84), for nearest-place search. */
  public record Centre(double latitude, double longitude) {
    public Centre {
      if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
        throw new IllegalArgumentException("Not a position on Earth");
      }
    }
  }

  private Communes(
      String source,
      int declaredCommunes,
      int declaredArrondissements,
      List<Commune> all,
      Map<String, String> formerToCurrent,
      List<Area> areas,
      Map<String, Centre> centres) {
    this.source = source;
    this.declaredCommunes = declaredCommunes;
    this.declaredArrondissements = declaredArrondissements;
    this.all = List.copyOf(all);
    this.searchNames = new String[all.size()];
    for (int i = 0; i < all.size(); i++) {
      Commune commune = all.get(i);
      searchNames[i] = normalised(commune.name());
      byCode.put(commune.code().value(), commune);
      for (String postcode : commune.postcodes()) {
        byPostcode.computeIfAbsent(postcode, p -> new ArrayList<>(1)).add(commune);
      }
    }
    this.formerToCurrent.putAll(formerToCurrent);
    areas.forEach(area -> this.areas.put(key(area.level(), area.code()), area));
    this.centres.putAll(centres);
  }

  /** The list shipped with PackNum, read on first use. */
  public static Communes official() {
    return Official.LIST;
  }

  /** Where the list comes from and its vintage, as its first line says. */
  public String source() {
    return source;
  }

  /** How many communes and arrondissements the source says it holds. */
  public int declaredCommunes() {
    return declaredCommunes;
  }

  public int declaredArrondissements() {
    return declaredArrondissements;
  }

  public List<Commune> all() {
    return all;
  }

  /** The current commune (or arrondissement) with this code. */
  public Optional<Commune> find(String code) {
    return Optional.ofNullable(
        code == null ? null : byCode.get(code.strip().toUpperCase(Locale.ROOT)));
  }

  /** The current commune a former code (a merged commune's) now belongs to. */
  public Optional<Commune> successor(String formerCode) {
    String current = formerCode == null ? null : formerToCurrent.get(formerCode.strip());
    return current == null ? Optional.empty() : find(current);
  }

  /**
   * The commune with this code, as entered in {@code field}: a former code is refused with the
   * commune it merged into proposed, an unknown one is refused.
   */
  public Commune require(String field, String code) {
    return find(code)
        .orElseThrow(
            () ->
                successor(code)
                    .<RuntimeException>map(now -> new CommuneMerged(field, code, now))
                    .orElseGet(() -> new CommuneUnknown(field, code)));
  }

  /** The commune's centre, shipped or loaded by the operator ({@link #loadCentres}). */
  public Optional<Centre> centre(String code) {
    return Optional.ofNullable(code == null ? null : centres.get(code));
  }

  /**
   * Loads commune centres from an operator's CSV ({@code code;latitude;longitude}, a header line
   * allowed, "," or "." as decimal separator with ";" between fields), replacing the shipped ones
   * for those communes. All or nothing: a line that is not a known commune with a position on Earth
   * refuses the file, naming the line. Answers how many centres were loaded.
   */
  public int loadCentres(java.io.Reader csv) throws IOException {
    Map<String, Centre> loaded = new HashMap<>();
    BufferedReader lines = new BufferedReader(csv);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank() || (number == 1 && !Character.isDigit(line.strip().charAt(0)))) {
        continue;
      }
      String[] cells = line.split(";", -1);
      try {
        if (cells.length != 3 || find(cells[0]).isEmpty()) {
          throw new IllegalArgumentException("code");
        }
        loaded.put(
            find(cells[0]).orElseThrow().code().value(),
            new Centre(decimal(cells[1]), decimal(cells[2])));
      } catch (IllegalArgumentException bad) {
        throw new IllegalArgumentException(
            "Line " + number + ": expected code;latitude;longitude of a current commune", bad);
      }
    }
    centres.putAll(loaded);
    return loaded.size();
  }

  private static double decimal(String text) {
    return Double.parseDouble(text.strip().replace(',', '.'));
  }

  public Optional<Area> area(Area.Level level, String code) {
    return Optional.ofNullable(code == null ? null : areas.get(key(level, code)));
  }

  /** The commune's département, région and EPCI, those that exist. */
  public List<Area> levels(Commune commune) {
    List<Area> levels = new ArrayList<>(3);
    area(Area.Level.DEPARTEMENT, commune.departement()).ifPresent(levels::add);
    area(Area.Level.REGION, commune.region()).ifPresent(levels::add);
    area(Area.Level.EPCI, commune.epci()).ifPresent(levels::add);
    return levels;
  }

  /**
   * The communes matching what someone typed: a postcode or its beginning ("931", "93100"), an
   * INSEE code, or a name or its beginning, accents, case, hyphens and apostrophes aside ("saint
   * denis", "montr", "l'ile"). Exact names first, then names that start with the text, then names
   * containing it as a word; the most populated first within each (people mean the big Saint-Denis
   * before the small ones).
   */
  public List<Commune> search(String typed, int limit) {
    String query = typed == null ? "" : typed.strip();
    if (query.isEmpty() || limit <= 0) {
      return List.of();
    }
    if (query.chars().allMatch(Character::isDigit)
        || byCode.containsKey(query.toUpperCase(Locale.ROOT))) {
      Set<Commune> found = new LinkedHashSet<>();
      find(query).ifPresent(found::add);
      byPostcode.subMap(query, query + Character.MAX_VALUE).values().forEach(found::addAll);
      return found.stream().sorted(BY_POPULATION).limit(limit).toList();
    }
    String wanted = normalised(query);
    if (wanted.isEmpty()) {
      return List.of();
    }
    String asWord = " " + wanted;
    List<Commune> exact = new ArrayList<>();
    List<Commune> starting = new ArrayList<>();
    List<Commune> containing = new ArrayList<>();
    for (int i = 0; i < searchNames.length; i++) {
      String name = searchNames[i];
      if (name.equals(wanted)) {
        exact.add(all.get(i));
      } else if (name.startsWith(wanted)) {
        starting.add(all.get(i));
      } else if (name.contains(asWord)) {
        containing.add(all.get(i));
      }
    }
    List<Commune> found = new ArrayList<>(limit);
    for (List<Commune> group : List.of(exact, starting, containing)) {
      group.sort(BY_POPULATION);
      for (Commune commune : group) {
        if (found.size() == limit) {
          return found;
        }
        found.add(commune);
      }
    }
    return found;
  }

  private static final Comparator<Commune> BY_POPULATION =
      Comparator.comparingInt(Commune::population).reversed().thenComparing(c -> c.code().value());

  /** Lower case, without accents, hyphens and apostrophes as spaces: "l ile saint denis". */
  static String normalised(String text) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", " ")
            .strip();
    return plain.replaceAll("^st ", "saint ").replaceAll("^ste ", "sainte ");
  }

  private static String key(Area.Level level, String code) {
    return level + ":" + code;
  }

  private static Communes load() {
    List<Commune> communes = new ArrayList<>(36_000);
    Map<String, String> former = new HashMap<>();
    Map<String, Centre> centres = new HashMap<>();
    String header;
    try (BufferedReader lines = gzip(COMMUNES)) {
      header = lines.readLine();
      String line;
      while ((line = lines.readLine()) != null) {
        String[] cells = line.split("\t", -1);
        if ("F".equals(cells[0])) {
          former.put(cells[1], cells[2]);
          continue;
        }
        communes.add(
            new Commune(
                new InseeCode(cells[0]),
                cells[1],
                "A".equals(cells[2]),
                cells[3].isEmpty() ? null : cells[3],
                cells[4],
                cells[5],
                cells[6].isEmpty() ? null : cells[6],
                cells[7].isEmpty() ? List.of() : Arrays.asList(cells[7].split(",")),
                Integer.parseInt(cells[8])));
        if (!cells[9].isEmpty()) {
          centres.put(
              cells[0], new Centre(Double.parseDouble(cells[9]), Double.parseDouble(cells[10])));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Area> areas = new ArrayList<>();
    try (BufferedReader lines = gzip(LEVELS)) {
      lines.readLine();
      String line;
      while ((line = lines.readLine()) != null) {
        String[] cells = line.split("\t", -1);
        Area.Level level =
            switch (cells[0]) {
              case "R" -> Area.Level.REGION;
              case "D" -> Area.Level.DEPARTEMENT;
              default -> Area.Level.EPCI;
            };
        areas.add(new Area(level, cells[1], cells[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher counts = COUNTS.matcher(header);
    if (!counts.find()) {
      throw new IllegalStateException("The commune list does not say how many it holds");
    }
    return new Communes(
        header.substring(2).replaceAll(";.*", ""),
        Integer.parseInt(counts.group(1)),
        Integer.parseInt(counts.group(2)),
        communes,
        former,
        areas,
        centres);
  }

  private static BufferedReader gzip(String resource) throws IOException {
    InputStream in = Communes.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Missing " + resource + " (deployment/territory)");
    }
    return new BufferedReader(
        new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
  }
}
