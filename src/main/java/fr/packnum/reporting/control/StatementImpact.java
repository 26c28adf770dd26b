package fr.packnum.reporting.control;

import fr.packnum.reporting.entity.ImpactFactor;
import fr.packnum.workshop.entity.DeviceType;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a statement's "Impact" sheet shows: the impact of the packs of its scope and period exactly
 * as {@link Impacts} computes it for {@code /api/impact} (devices reused, kg kept out of waste, kg
 * CO2e avoided, in total and per device type), the factors used with their source and year, and the
 * method in French.
 */
public record StatementImpact(ImpactCalculator.Impact impact, List<Factor> factors, String method) {

  /** A device type's factor as the sheet lists it, the type named in French. */
  public record Factor(DeviceType deviceType, String label, ImpactFactor.Terms terms) {}

  public StatementImpact {
    Objects.requireNonNull(impact, "impact");
    factors = List.copyOf(factors);
    method = method == null ? "" : method;
  }

  /** The sheet of {@code report}: the statement is in French. */
  public static StatementImpact of(Impacts.Report report) {
    return new StatementImpact(
        report.impact(),
        report.factors().stream()
            .map(
                f ->
                    new Factor(
                        f.deviceType(),
                        ImpactCalculator.label(f.deviceType(), Locale.FRENCH),
                        f.terms()))
            .toList(),
        report.method(Locale.FRENCH));
  }
}
