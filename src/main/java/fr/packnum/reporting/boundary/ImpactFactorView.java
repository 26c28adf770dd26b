package fr.packnum.reporting.boundary;

import fr.packnum.reporting.entity.ImpactFactor;
import fr.packnum.workshop.entity.DeviceType;
import java.math.BigDecimal;

/** An impact factor on the wire: its figures, their source and year, and its version. */
public record ImpactFactorView(
    DeviceType deviceType,
    BigDecimal manufacturingKgCo2e,
    BigDecimal typicalWeightKg,
    BigDecimal avoidedShare,
    String source,
    int sourceYear,
    long version) {

  static ImpactFactorView of(ImpactFactor factor) {
    ImpactFactor.Terms terms = factor.terms();
    return new ImpactFactorView(
        factor.deviceType(),
        terms.manufacturingKgCo2e(),
        terms.typicalWeightKg(),
        terms.avoidedShare(),
        terms.source(),
        terms.sourceYear(),
        factor.version());
  }
}
