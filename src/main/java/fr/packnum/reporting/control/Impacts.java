package fr.packnum.reporting.control;

import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.reporting.entity.Convention;
import fr.packnum.reporting.entity.ImpactFactor;
import fr.packnum.territory.boundary.Territory;
import fr.packnum.territory.entity.Commune;
import fr.packnum.territory.entity.InseeCode;
import fr.packnum.workshop.entity.DeviceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The impact of a period, for the coordination (every pack) or a convention (the packs it covers,
 * within its own period): counted by {@link ImpactStore}, computed by {@link ImpactCalculator} with
 * the factors in force. The impact report ({@code /api/impact}) and the statement's "Impact" sheet
 * both come from here, so that they never disagree.
 */
@ApplicationScoped
public class Impacts {

  @Inject ImpactStore counts;
  @Inject ImpactFactorStore factors;
  @Inject Territory territory;

  /**
   * The impact of a period: {@code from}–{@code to} as asked, or the part of it the convention
   * covers ({@code counted} empty and the period as asked when it covers none of it).
   */
  public record Report(
      LocalDate from,
      LocalDate to,
      ImpactCalculator.Impact impact,
      List<ImpactFactor> factors,
      Set<DeviceType> counted,
      ImpactCalculator calculator) {

    /** How the figures were computed, naming the sources of the factors counted. */
    public String method(Locale locale) {
      return calculator.method(locale, from, to, counted);
    }
  }

  /** The impact of {@code from}–{@code to}; {@code convention} null for every pack. */
  public Report report(Convention convention, LocalDate from, LocalDate to) {
    // A convention counts only what was handed over within its own period.
    LocalDate[] period =
        convention == null ? new LocalDate[] {from, to} : convention.clip(from, to).orElse(null);
    List<ImpactFactor> used = factors.list();
    Map<DeviceType, ImpactFactor.Terms> terms = new EnumMap<>(DeviceType.class);
    used.forEach(f -> terms.put(f.deviceType(), f.terms()));
    ImpactCalculator calculator = new ImpactCalculator(terms);

    List<ImpactCalculator.Reuse> reuses = new ArrayList<>();
    List<ImpactCalculator.Scrap> scraps = convention == null ? new ArrayList<>() : null;
    if (period != null) {
      Instant startsAt = period[0].atStartOfDay(FrenchCalendar.ZONE).toInstant();
      Instant endsAt = period[1].plusDays(1).atStartOfDay(FrenchCalendar.ZONE).toInstant();
      for (ImpactStore.Handed handed : counts.handed(startsAt, endsAt)) {
        String departement = departement(handed.inseeCode());
        if (convention == null
            || convention.covers(
                handed.structureId(), handed.inseeCode(), departement, handed.inQpv())) {
          reuses.add(new ImpactCalculator.Reuse(handed.type(), departement, handed.count()));
        }
      }
      if (scraps != null) {
        scraps.addAll(counts.scrapped(startsAt, endsAt));
      }
    }
    Set<DeviceType> counted = EnumSet.noneOf(DeviceType.class);
    reuses.forEach(r -> counted.add(r.type()));
    return new Report(
        period == null ? from : period[0],
        period == null ? to : period[1],
        calculator.impact(reuses, scraps),
        used,
        counted,
        calculator);
  }

  /** The département of a commune; an old code the list no longer knows, by its first digits. */
  private String departement(String inseeCode) {
    try {
      return territory.find(new InseeCode(inseeCode)).map(Commune::departement).orElseThrow();
    } catch (RuntimeException unknown) {
      return inseeCode.startsWith("97") ? inseeCode.substring(0, 3) : inseeCode.substring(0, 2);
    }
  }
}
