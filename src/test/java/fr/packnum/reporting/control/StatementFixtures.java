package fr.packnum.reporting.control;

import fr.packnum.reporting.entity.ImpactFactor;
import fr.packnum.reporting.entity.VatMode;
import fr.packnum.workshop.entity.DeviceType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** Statements made for the tests: a quarter of a city's convention, and pack rows. */
final class StatementFixtures {

  static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  static final LocalDate TO = LocalDate.of(2026, 3, 31);

  /** The hostile texts of issue 11, each as a household reference and as a commune. */
  static final List<String> HOSTILE =
      List.of(
          "=1+2",
          "+33 6 12 34 56 78",
          "-5",
          "@SUM(A1:A2)",
          "\t=1",
          "\r=1",
          "\n=1",
          "=HYPERLINK(\"http://x\",\"y\")",
          "a;=1+2",
          "Zoé Ñúñez-Lefèvre");

  private StatementFixtures() {}

  static StatementHeader header(VatMode mode, Long capCents) {
    return new StatementHeader(
        "Ville de Rennes",
        "CONV-2026-007",
        FROM,
        TO,
        "CCAS de Rennes, QPV Maurepas et Le Blosne",
        Instant.parse("2026-04-02T08:30:00Z"),
        "Camille Coordinatrice",
        mode,
        capCents);
  }

  /** 10 packs × 150 €, 12.5 hours × 40 €, 30 vouchers × 10 €: 2,300 € before any VAT. */
  static List<BillingLine> billing() {
    return List.of(
        new BillingLine("Packs remis", new BigDecimal("10"), 15_000),
        new BillingLine("Heures d'accompagnement", new BigDecimal("12.5"), 4_000),
        new BillingLine("Pass numérique", new BigDecimal("30"), 1_000));
  }

  static Statement statement(VatMode mode, Long capCents) {
    return statement(header(mode, capCents), billing());
  }

  static Statement statement(StatementHeader header, List<BillingLine> billing) {
    TreeMap<YearMonth, Long> months = new TreeMap<>();
    months.put(YearMonth.of(2026, 1), 3L);
    months.put(YearMonth.of(2026, 2), 4L);
    months.put(YearMonth.of(2026, 3), 3L);
    TreeMap<String, Long> territories = new TreeMap<>();
    territories.put("Rennes", 7L);
    territories.put("Saint-Jacques-de-la-Lande", 3L);
    StatementFigures figures =
        new StatementFigures(
            10,
            Map.of("RSA", 6L, "AAH", 2L, "CSS", 5L),
            4,
            14,
            3,
            new BigDecimal("7.40"),
            new BigDecimal("12.5"),
            30,
            21,
            5,
            6,
            months,
            territories);
    List<DeviceLine> devices =
        List.of(
            new DeviceLine("Crédit Mutuel de Bretagne", 12, 10, 7, 2, new BigDecimal("4.90")),
            new DeviceLine("Mairie de Rennes", 5, 4, 3, 1, new BigDecimal("2.50")));
    SupportFigures support =
        new SupportFigures(
            9, new BigDecimal("12.5"), 24, Map.of("joint", 18L, "injoignable", 6L), 30, 21);
    return new Statement(header, figures, devices, support, billing, impact());
  }

  /** The laptop's and the smartphone's factors of the migration, and nothing for the others. */
  static final Map<DeviceType, ImpactFactor.Terms> FACTORS =
      Map.of(
          DeviceType.LAPTOP,
          new ImpactFactor.Terms(
              new BigDecimal("182.60"),
              new BigDecimal("2.00"),
              new BigDecimal("0.4300"),
              "ADEME/Arcep 2022 (ordinateur portable)",
              2022),
          DeviceType.SMARTPHONE,
          new ImpactFactor.Terms(
              new BigDecimal("85.10"),
              new BigDecimal("0.20"),
              new BigDecimal("0.6400"),
              "=ADEME 2022 (smartphone)",
              2022));

  /** 7 laptops and 3 smartphones reused in Ille-et-Vilaine, computed by the calculator. */
  static StatementImpact impact() {
    ImpactCalculator calculator = new ImpactCalculator(FACTORS);
    List<ImpactCalculator.Reuse> reuses =
        List.of(
            new ImpactCalculator.Reuse(DeviceType.LAPTOP, "35", 7),
            new ImpactCalculator.Reuse(DeviceType.SMARTPHONE, "35", 3));
    List<StatementImpact.Factor> factors = new ArrayList<>();
    for (DeviceType type : List.of(DeviceType.LAPTOP, DeviceType.SMARTPHONE)) {
      factors.add(
          new StatementImpact.Factor(
              type, ImpactCalculator.label(type, Locale.FRENCH), FACTORS.get(type)));
    }
    return new StatementImpact(
        calculator.impact(reuses, null),
        factors,
        calculator.method(
            Locale.FRENCH,
            FROM,
            TO,
            java.util.EnumSet.of(DeviceType.LAPTOP, DeviceType.SMARTPHONE)));
  }

  static PackRow pack(int i) {
    LocalDate requested = FROM.plusDays(i % 60);
    return new PackRow(
        "F-" + (100_000 + i),
        i % 2 == 0 ? "35238" : "35281",
        i % 2 == 0 ? "Rennes" : "Saint-Jacques-de-la-Lande",
        i % 3 == 0,
        "RSA, CSS",
        "PN-" + (200_000 + i),
        "Portable",
        "B",
        i % 4 == 0 ? null : "Box 4G",
        "En suivi",
        requested,
        requested.plusDays(3),
        requested.plusDays(12),
        i % 5 == 0 ? null : requested.plusDays(19));
  }

  static List<PackRow> packs(int count) {
    return IntStream.range(0, count).mapToObj(StatementFixtures::pack).toList();
  }

  /** A pack row per hostile text, the text in every text column. */
  static List<PackRow> hostile() {
    List<PackRow> rows = new ArrayList<>();
    for (String text : HOSTILE) {
      rows.add(
          new PackRow(
              text, text, text, true, text, text, text, text, text, text, FROM, FROM, TO, TO));
    }
    return rows;
  }

  static byte[] xlsx(Statement statement, List<PackRow> packs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      StatementWorkbook.write(statement, packs.iterator(), out, done -> {});
    } catch (IOException inMemory) {
      throw new UncheckedIOException(inMemory);
    }
    return out.toByteArray();
  }

  static byte[] csv(List<PackRow> packs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      StatementCsv.write(packs.iterator(), out, done -> {});
    } catch (IOException inMemory) {
      throw new UncheckedIOException(inMemory);
    }
    return out.toByteArray();
  }
}
