package fr.packnum.territory.boundary;

import fr.packnum.territory.control.Communes;
import fr.packnum.territory.entity.Area;
import fr.packnum.territory.entity.Commune;
import fr.packnum.territory.entity.GeoPoint;
import fr.packnum.territory.entity.InseeCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The territory's use cases for the other components: a commune entered is checked against the
 * official list (an unknown code or a merged commune's former code is a field error), a code is
 * named, and counts by commune are rolled up to départements, régions or EPCI.
 */
@ApplicationScoped
public class Territory {

  private final Communes communes = Communes.official();

  /** The current commune of this code, entered as {@code field}; a clear field error otherwise. */
  public InseeCode commune(String field, String code) {
    return communes.require(field, code).code();
  }

  public Optional<Commune> find(InseeCode code) {
    return code == null ? Optional.empty() : communes.find(code.value());
  }

  /** Where the commune's centre is, shipped or the operator's ({@link CommuneCentres}). */
  public Optional<GeoPoint> centre(InseeCode code) {
    return code == null
        ? Optional.empty()
        : communes.centre(code.value()).map(c -> new GeoPoint(c.latitude(), c.longitude()));
  }

  /** "Montreuil" for 93048; the code itself if the list does not know it (an old record). */
  public static String communeName(InseeCode code) {
    if (code == null) {
      return null;
    }
    return Communes.official().find(code.value()).map(Commune::name).orElse(code.value());
  }

  /** "Seine-Saint-Denis" for 93; the code itself if the list does not know it. */
  public static String departementName(String code) {
    return Communes.official().area(Area.Level.DEPARTEMENT, code).map(Area::name).orElse(code);
  }

  /** A count per area of {@code level}, from a count per commune code (unknown codes left out). */
  public List<AreaCount> rollUp(Map<String, Long> byCommune, Area.Level level) {
    Map<String, Long> counts = new TreeMap<>();
    byCommune.forEach(
        (code, count) ->
            communes
                .find(code)
                .map(commune -> codeAt(commune, level))
                .ifPresent(area -> counts.merge(area, count, Long::sum)));
    return counts.entrySet().stream()
        .map(
            e ->
                new AreaCount(
                    e.getKey(),
                    communes.area(level, e.getKey()).map(Area::name).orElse(e.getKey()),
                    e.getValue()))
        .toList();
  }

  /** An area and how many of something it holds. */
  public record AreaCount(String code, String name, long count) {}

  private static String codeAt(Commune commune, Area.Level level) {
    return switch (level) {
      case DEPARTEMENT -> commune.departement();
      case REGION -> commune.region();
      case EPCI -> commune.epci();
    };
  }
}
