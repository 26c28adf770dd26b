package fr.packnum.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.packnum.reporting.entity.ImpactFactor;
import fr.packnum.reporting.entity.ImpactFactorInvalid;
import fr.packnum.workshop.entity.DeviceType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImpactCalculatorTest {

  static final String ADEME =
      "Fabrication : ADEME/Arcep 2022 (182,6 kg CO2e). Part évitée : ADEME 2022, 43 %.";

  static ImpactFactor.Terms factor(String kgCo2e, String weight, String share, String source) {
    return new ImpactFactor.Terms(
        new BigDecimal(kgCo2e), new BigDecimal(weight), new BigDecimal(share), source, 2022);
  }

  static Map<DeviceType, ImpactFactor.Terms> defaults() {
    Map<DeviceType, ImpactFactor.Terms> factors = new EnumMap<>(DeviceType.class);
    factors.put(DeviceType.LAPTOP, factor("182.60", "2.00", "0.4300", ADEME));
    factors.put(DeviceType.SMARTPHONE, factor("85.10", "0.20", "0.6400", "ADEME smartphone"));
    factors.put(DeviceType.TABLET, factor("59.70", "0.50", "0.4600", "ADEME tablette"));
    return factors;
  }

  /** Three laptops in Seine-Saint-Denis, one in Paris, two smartphones in Seine-Saint-Denis. */
  static final List<ImpactCalculator.Reuse> FIXTURE =
      List.of(
          new ImpactCalculator.Reuse(DeviceType.LAPTOP, "93", 3),
          new ImpactCalculator.Reuse(DeviceType.LAPTOP, "75", 1),
          new ImpactCalculator.Reuse(DeviceType.SMARTPHONE, "93", 2));

  static final LocalDate JAN = LocalDate.of(2026, 1, 1);
  static final LocalDate MAR = LocalDate.of(2026, 3, 31);

  @Test
  void reusedDevicesKeepTheirWeightOutOfWasteAndAvoidTheirShareOfManufacturing() {
    ImpactCalculator.Impact impact = new ImpactCalculator(defaults()).impact(FIXTURE, List.of());

    // 4 × 2 kg + 2 × 0.2 kg; 4 × 182.6 × 0.43 = 314.072 and 2 × 85.1 × 0.64 = 108.928.
    assertThat(impact.total())
        .isEqualTo(new ImpactCalculator.Figures(6, new BigDecimal("8.4"), new BigDecimal("423.0")));
    assertThat(impact.byDeviceType())
        .extracting(t -> t.deviceType(), t -> t.figures().kgCo2eAvoided())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DeviceType.LAPTOP, new BigDecimal("314.1")),
            org.assertj.core.groups.Tuple.tuple(DeviceType.SMARTPHONE, new BigDecimal("108.9")));
    assertThat(impact.byDepartement())
        .extracting(
            d -> d.departement(), d -> d.figures().reused(), d -> d.figures().kgCo2eAvoided())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("75", 1L, new BigDecimal("78.5")),
            org.assertj.core.groups.Tuple.tuple("93", 5L, new BigDecimal("344.5")));
  }

  @Test
  void figuresAreRoundedHalfUpToATenthOfAKiloOnlyAtTheEnd() {
    // 0.05 kg each: one rounds to 0.1, and three to 0.2 (0.15), not 3 × 0.1 = 0.3.
    Map<DeviceType, ImpactFactor.Terms> factors =
        Map.of(DeviceType.TABLET, factor("1.00", "0.05", "0.0500", "test"));
    ImpactCalculator calculator = new ImpactCalculator(factors);
    assertThat(
            calculator
                .impact(List.of(new ImpactCalculator.Reuse(DeviceType.TABLET, "93", 1)), null)
                .total()
                .kgKeptOutOfWaste())
        .isEqualByComparingTo("0.1");
    ImpactCalculator.Impact three =
        calculator.impact(
            List.of(
                new ImpactCalculator.Reuse(DeviceType.TABLET, "93", 1),
                new ImpactCalculator.Reuse(DeviceType.TABLET, "94", 1),
                new ImpactCalculator.Reuse(DeviceType.TABLET, "95", 1)),
            null);
    assertThat(three.total().kgKeptOutOfWaste()).isEqualTo(new BigDecimal("0.2"));
    assertThat(three.total().kgCo2eAvoided()).isEqualTo(new BigDecimal("0.2"));
    assertThat(three.byDepartement())
        .allMatch(d -> d.figures().kgKeptOutOfWaste().equals(new BigDecimal("0.1")));
  }

  @Test
  void aChangedFactorChangesTheResult() {
    Map<DeviceType, ImpactFactor.Terms> factors = defaults();
    BigDecimal before =
        new ImpactCalculator(factors).impact(FIXTURE, List.of()).total().kgCo2eAvoided();
    factors.put(DeviceType.LAPTOP, factor("200.00", "2.00", "0.5000", "Newer study"));
    BigDecimal after =
        new ImpactCalculator(factors).impact(FIXTURE, List.of()).total().kgCo2eAvoided();

    // 4 × 200 × 0.5 + 108.928.
    assertThat(before).isEqualTo(new BigDecimal("423.0"));
    assertThat(after).isEqualTo(new BigDecimal("508.9"));
  }

  @Test
  void scrappedDevicesAreReportedApartAndOnlyWhenAsked() {
    ImpactCalculator calculator = new ImpactCalculator(defaults());
    List<ImpactCalculator.Scrap> scraps =
        List.of(
            new ImpactCalculator.Scrap(DeviceType.LAPTOP, 2, new BigDecimal("4.35")),
            new ImpactCalculator.Scrap(DeviceType.SCREEN, 1, new BigDecimal("5.00")));
    ImpactCalculator.Impact impact = calculator.impact(FIXTURE, scraps);
    assertThat(impact.scrapped()).isEqualTo(3);
    assertThat(impact.scrappedKg()).isEqualTo(new BigDecimal("9.4"));
    assertThat(impact.total().kgCo2eAvoided()).as("scrapping avoids nothing").isEqualTo("423.0");
    assertThat(impact.byDeviceType())
        .extracting(t -> t.deviceType(), t -> t.figures().reused(), t -> t.scrapped())
        .contains(org.assertj.core.groups.Tuple.tuple(DeviceType.SCREEN, 0L, 1L));

    ImpactCalculator.Impact forAConvention = calculator.impact(FIXTURE, null);
    assertThat(forAConvention.scrapped()).isNull();
    assertThat(forAConvention.byDeviceType()).allMatch(t -> t.scrappedKg() == null);
  }

  @Test
  void aDeviceTypeWithNoFactorIsCountedButClaimsNothing() {
    ImpactCalculator.Impact impact =
        new ImpactCalculator(defaults())
            .impact(List.of(new ImpactCalculator.Reuse(DeviceType.BOX_4G, "93", 2)), null);
    assertThat(impact.total())
        .isEqualTo(new ImpactCalculator.Figures(2, new BigDecimal("0.0"), new BigDecimal("0.0")));
  }

  @Test
  void theMethodSaysHowInBothLanguagesAndNamesTheSourcesOfTheFactorsUsed() {
    ImpactCalculator calculator = new ImpactCalculator(defaults());
    String french = calculator.method(Locale.FRENCH, JAN, MAR, Set.of(DeviceType.LAPTOP));
    assertThat(french)
        .contains("du 01/01/2026 au 31/03/2026")
        .contains("poids type")
        .contains("Ordinateur portable : " + ADEME + " (2022)")
        .doesNotContain("ADEME smartphone");
    String english = calculator.method(Locale.ENGLISH, JAN, MAR, Set.of());
    assertThat(english)
        .contains("from 2026-01-01 to 2026-03-31")
        .contains("Laptop: " + ADEME)
        .contains("Smartphone: ADEME smartphone (2022)");
  }

  @Test
  void aFactorOutOfBoundsNamesEveryWrongField() {
    assertThatThrownBy(
            () ->
                new ImpactFactor.Terms(
                    new BigDecimal("-1"),
                    new BigDecimal("2.001"),
                    new BigDecimal("1.5"),
                    " ",
                    1800))
        .isInstanceOfSatisfying(
            ImpactFactorInvalid.class,
            invalid ->
                assertThat(invalid.fieldKeys())
                    .extracting(k -> k.field())
                    .containsExactly(
                        "manufacturingKgCo2e",
                        "typicalWeightKg",
                        "avoidedShare",
                        "source",
                        "sourceYear"));
    assertThat(factor("0", "0", "1", "ok").avoidedShare()).isEqualByComparingTo("1");
  }
}
