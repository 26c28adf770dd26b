package fr.packnum.reporting.control;

import fr.packnum.reporting.entity.ImpactFactor;
import fr.packnum.workshop.entity.DeviceType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The impact of the devices reused in a period, from the factors in force: devices reused (handed
 * over to a household), kg kept out of waste (reused × typical weight) and kg CO2e avoided (reused
 * × manufacturing footprint × avoided share), in total, per département and per device type, with
 * the method in words. No database here: the boundary counts, this computes.
 *
 * <p>Every figure is computed exactly and rounded to 0.1 kg (half up) at the end; totals are
 * rounded from the exact sum, so a column of rounded rows may differ from its total by 0.1.
 */
public final class ImpactCalculator {

  /** {@code count} devices of {@code type} handed over to households of {@code departement}. */
  public record Reuse(DeviceType type, String departement, long count) {}

  /** {@code count} devices of {@code type} scrapped, weighing {@code kg} as recorded. */
  public record Scrap(DeviceType type, long count, BigDecimal kg) {}

  /** Devices reused, kg kept out of waste, kg CO2e avoided. */
  public record Figures(long reused, BigDecimal kgKeptOutOfWaste, BigDecimal kgCo2eAvoided) {}

  public record ByDepartement(String departement, Figures figures) {}

  /** One device type; scrapped figures are null when scrapping is not reported (a convention). */
  public record ByDeviceType(
      DeviceType deviceType, Figures figures, Long scrapped, BigDecimal scrappedKg) {}

  /** The report; {@code scrapped} and {@code scrappedKg} null when scrapping is not reported. */
  public record Impact(
      Figures total,
      Long scrapped,
      BigDecimal scrappedKg,
      List<ByDepartement> byDepartement,
      List<ByDeviceType> byDeviceType) {}

  private static final int SCALE = 1;

  private final Map<DeviceType, ImpactFactor.Terms> factors;

  /** With the factor of every device type that may be counted. */
  public ImpactCalculator(Map<DeviceType, ImpactFactor.Terms> factors) {
    this.factors = Map.copyOf(factors);
  }

  /**
   * The impact of {@code reuses}; {@code scraps} null when scrapping is not part of the report (a
   * convention covers packs, and a scrapped device belongs to no pack).
   */
  public Impact impact(List<Reuse> reuses, List<Scrap> scraps) {
    Exact total = new Exact();
    Map<String, Exact> byDepartement = new TreeMap<>();
    Map<DeviceType, Exact> byType = new EnumMap<>(DeviceType.class);
    for (Reuse reuse : reuses) {
      ImpactFactor.Terms factor = factor(reuse.type());
      total.add(reuse.count(), factor);
      byDepartement
          .computeIfAbsent(reuse.departement(), d -> new Exact())
          .add(reuse.count(), factor);
      byType.computeIfAbsent(reuse.type(), t -> new Exact()).add(reuse.count(), factor);
    }
    Map<DeviceType, long[]> scrappedCount = new EnumMap<>(DeviceType.class);
    Map<DeviceType, BigDecimal> scrappedKg = new EnumMap<>(DeviceType.class);
    long allScrapped = 0;
    BigDecimal allScrappedKg = BigDecimal.ZERO;
    if (scraps != null) {
      for (Scrap scrap : scraps) {
        byType.computeIfAbsent(scrap.type(), t -> new Exact());
        scrappedCount.computeIfAbsent(scrap.type(), t -> new long[1])[0] += scrap.count();
        BigDecimal kg = scrap.kg() == null ? BigDecimal.ZERO : scrap.kg();
        scrappedKg.merge(scrap.type(), kg, BigDecimal::add);
        allScrapped += scrap.count();
        allScrappedKg = allScrappedKg.add(kg);
      }
    }
    List<ByDeviceType> types = new ArrayList<>();
    byType.forEach(
        (type, exact) ->
            types.add(
                new ByDeviceType(
                    type,
                    exact.rounded(),
                    scraps == null ? null : scrappedCount.getOrDefault(type, new long[1])[0],
                    scraps == null
                        ? null
                        : round(scrappedKg.getOrDefault(type, BigDecimal.ZERO)))));
    return new Impact(
        total.rounded(),
        scraps == null ? null : allScrapped,
        scraps == null ? null : round(allScrappedKg),
        byDepartement.entrySet().stream()
            .map(e -> new ByDepartement(e.getKey(), e.getValue().rounded()))
            .toList(),
        types);
  }

  /** The factor of {@code type}; none known counts the device but claims nothing for it. */
  private ImpactFactor.Terms factor(DeviceType type) {
    return factors.getOrDefault(type, NO_FACTOR);
  }

  private static final ImpactFactor.Terms NO_FACTOR =
      new ImpactFactor.Terms(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, "—", 2022);

  /**
   * How the figures of {@code from}–{@code to} were computed, in French or English, naming the
   * sources of the factors of {@code counted} (every factor when none was counted).
   */
  public String method(Locale locale, LocalDate from, LocalDate to, Set<DeviceType> counted) {
    boolean english = "en".equals(locale.getLanguage());
    DateTimeFormatter days = DateTimeFormatter.ofPattern(english ? "yyyy-MM-dd" : "dd/MM/yyyy");
    Set<String> sources = new LinkedHashSet<>();
    for (DeviceType type : DeviceType.values()) {
      ImpactFactor.Terms factor = factors.get(type);
      if (factor != null && (counted.isEmpty() || counted.contains(type))) {
        sources.add(
            label(type, english)
                + (english ? ": " : " : ")
                + factor.source()
                + " ("
                + factor.sourceYear()
                + ")");
      }
    }
    String template = english ? METHOD_EN : METHOD_FR;
    return template
        .replace("{from}", days.format(from))
        .replace("{to}", days.format(to))
        .replace("{sources}", String.join(english ? "; " : " ; ", sources));
  }

  private static final String METHOD_FR =
      "Appareils réemployés : les appareils remis à un foyer (remise terminée) du {from} au {to},"
          + " jours de Paris inclus, comptés par type d’appareil et par département de la commune"
          + " du foyer. Kg évités aux déchets : appareils réemployés × poids type de leur type."
          + " CO2e évité : appareils réemployés × empreinte de fabrication d’un appareil neuf du"
          + " même type × part de cette empreinte qu’un réemploi évite (on suppose que chaque"
          + " appareil remis remplace l’achat d’un appareil neuf). Chaque chiffre est arrondi au"
          + " dixième de kg ; les totaux sont arrondis depuis la somme exacte. Les facteurs sont"
          + " modifiables par la coordination ; ceux utilisés ici, et leurs sources : {sources}.";

  private static final String METHOD_EN =
      "Devices reused: the devices handed over to a household (hand-over done) from {from} to"
          + " {to}, Paris days included, counted per device type and per département of the"
          + " household’s commune. Kg kept out of waste: devices reused × the typical weight of"
          + " their type. CO2e avoided: devices reused × the manufacturing footprint of a new"
          + " device of the same type × the share of that footprint a reuse avoids (each device"
          + " handed over is assumed to replace buying a new one). Each figure is rounded to"
          + " 0.1 kg; totals are rounded from the exact sum. The coordination may edit the"
          + " factors; those used here, and their sources: {sources}.";

  /** The device type as a reader names it, in French or English. */
  public static String label(DeviceType type, Locale locale) {
    return label(type, "en".equals(locale.getLanguage()));
  }

  private static String label(DeviceType type, boolean english) {
    return switch (type) {
      case LAPTOP -> english ? "Laptop" : "Ordinateur portable";
      case DESKTOP -> english ? "Desktop" : "Ordinateur fixe";
      case ALL_IN_ONE -> english ? "All-in-one" : "Tout-en-un";
      case TABLET -> english ? "Tablet" : "Tablette";
      case SMARTPHONE -> "Smartphone";
      case SCREEN -> english ? "Screen" : "Écran";
      case BOX_4G -> english ? "4G box" : "Box 4G";
      case OTHER -> english ? "Other" : "Autre";
    };
  }

  private static BigDecimal round(BigDecimal exact) {
    return exact.setScale(SCALE, RoundingMode.HALF_UP);
  }

  /** Running exact sums, rounded once at the end. */
  private static final class Exact {
    private long reused;
    private BigDecimal kg = BigDecimal.ZERO;
    private BigDecimal co2e = BigDecimal.ZERO;

    void add(long count, ImpactFactor.Terms factor) {
      BigDecimal n = BigDecimal.valueOf(count);
      reused += count;
      kg = kg.add(n.multiply(factor.typicalWeightKg()));
      co2e = co2e.add(n.multiply(factor.manufacturingKgCo2e()).multiply(factor.avoidedShare()));
    }

    Figures rounded() {
      return new Figures(reused, round(kg), round(co2e));
    }
  }
}
