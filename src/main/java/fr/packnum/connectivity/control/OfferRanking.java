package fr.packnum.connectivity.control;

import fr.packnum.connectivity.entity.OfferTerms;
import fr.packnum.households.entity.Situation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which offers a household may take, cheapest first over the next {@value
 * OfferTerms#HORIZON_MONTHS} months (a promotion counts only for the months it lasts), and why each
 * other offer is left out: not on sale that day, not covering the household's commune, a condition
 * the household does not meet, or a month dearer than its budget. Every reason that applies is
 * given, so a social worker sees at once whether asking for a proof would change anything.
 */
public final class OfferRanking {

  /** How the reasons show dates, in both languages. */
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private OfferRanking() {}

  /** An offer of the catalogue, with its id. */
  public record Candidate(long id, OfferTerms terms) {}

  /**
   * What the rules read of a household: its situations, its quotient familial if known (euros per
   * month), its commune (INSEE code and name) and the commune's département.
   */
  public record Household(
      Set<Situation> situations,
      BigDecimal quotientFamilial,
      String commune,
      String communeName,
      String departement) {
    public Household {
      situations = Set.copyOf(situations);
    }
  }

  /** Why an offer is left out. */
  public enum Reason {
    /** Not on sale on the day asked (not yet, or no longer). */
    NOT_VALID,
    /** The household's commune is not covered. */
    NOT_COVERED,
    /** The household meets none of the offer's conditions. */
    NOT_ELIGIBLE,
    /** A month within the horizon costs more than the household's monthly budget. */
    OVER_BUDGET
  }

  /** A reason, with the message key and arguments that say it in the caller's language. */
  public record Exclusion(Reason reason, String key, List<Object> args) {
    Exclusion(Reason reason, String key, Object... args) {
      this(reason, key, List.of(args));
    }
  }

  public record Ranked(Candidate offer, long costOverHorizonCents, int dearestMonthCents) {}

  public record Excluded(Candidate offer, List<Exclusion> exclusions) {}

  public record Ranking(List<Ranked> offers, List<Excluded> excluded) {}

  /**
   * Ranks {@code offers} for {@code household} on {@code today}; {@code budgetCents}, if given, is
   * the most the household can pay in any month.
   */
  public static Ranking rank(
      List<Candidate> offers, Household household, Integer budgetCents, LocalDate today) {
    List<Ranked> ranked = new ArrayList<>();
    List<Excluded> excluded = new ArrayList<>();
    for (Candidate offer : offers) {
      List<Exclusion> reasons = exclusions(offer.terms(), household, budgetCents, today);
      if (reasons.isEmpty()) {
        OfferTerms terms = offer.terms();
        ranked.add(new Ranked(offer, terms.costOverHorizonCents(), terms.dearestMonthCents()));
      } else {
        excluded.add(new Excluded(offer, List.copyOf(reasons)));
      }
    }
    ranked.sort(
        Comparator.comparingLong(Ranked::costOverHorizonCents)
            .thenComparingInt(Ranked::dearestMonthCents)
            .thenComparing(r -> r.offer().terms().operator())
            .thenComparingLong(r -> r.offer().id()));
    excluded.sort(
        Comparator.comparing((Excluded e) -> e.exclusions().get(0).reason())
            .thenComparingLong(e -> e.offer().terms().costOverHorizonCents())
            .thenComparingLong(e -> e.offer().id()));
    return new Ranking(List.copyOf(ranked), List.copyOf(excluded));
  }

  /** Every reason {@code terms} is not for {@code household}; none if it may take it. */
  public static List<Exclusion> exclusions(
      OfferTerms terms, Household household, Integer budgetCents, LocalDate today) {
    List<Exclusion> reasons = new ArrayList<>();
    if (today.isBefore(terms.validFrom())) {
      reasons.add(
          new Exclusion(
              Reason.NOT_VALID, "offers.excluded.not-yet-valid", DATE.format(terms.validFrom())));
    } else if (!terms.validOn(today)) {
      reasons.add(
          new Exclusion(
              Reason.NOT_VALID, "offers.excluded.no-longer-valid", DATE.format(terms.validTo())));
    }
    if (!terms.covers(household.commune(), household.departement())) {
      reasons.add(
          new Exclusion(
              Reason.NOT_COVERED,
              "offers.excluded.not-covered",
              household.communeName(),
              household.departement()));
    }
    eligibility(terms, household).ifPresent(reasons::add);
    if (budgetCents != null && terms.dearestMonthCents() > budgetCents) {
      reasons.add(
          new Exclusion(
              Reason.OVER_BUDGET,
              "offers.excluded.over-budget",
              euros(terms.dearestMonthCents()),
              euros(budgetCents)));
    }
    return reasons;
  }

  /** The condition the household misses, naming what the offer asks for; empty if it meets one. */
  private static Optional<Exclusion> eligibility(OfferTerms terms, Household household) {
    if (terms.openToAll()) {
      return Optional.empty();
    }
    boolean bySituation =
        terms.eligibleSituations().stream().anyMatch(household.situations()::contains);
    BigDecimal ceiling = terms.maxQuotientFamilial();
    BigDecimal quotient = household.quotientFamilial();
    boolean byQuotient = ceiling != null && quotient != null && quotient.compareTo(ceiling) <= 0;
    if (bySituation || byQuotient) {
      return Optional.empty();
    }
    String situations =
        terms.eligibleSituations().stream().map(Enum::name).collect(Collectors.joining(", "));
    if (ceiling == null) {
      return Optional.of(
          new Exclusion(Reason.NOT_ELIGIBLE, "offers.excluded.situation", situations));
    }
    if (terms.eligibleSituations().isEmpty()) {
      return Optional.of(
          quotient == null
              ? new Exclusion(Reason.NOT_ELIGIBLE, "offers.excluded.quotient-unknown", ceiling)
              : new Exclusion(Reason.NOT_ELIGIBLE, "offers.excluded.quotient", ceiling, quotient));
    }
    return Optional.of(
        new Exclusion(
            Reason.NOT_ELIGIBLE, "offers.excluded.situation-or-quotient", situations, ceiling));
  }

  /** Cents as euros, for a message's {@code {0,number,0.00}}. */
  static BigDecimal euros(long cents) {
    return BigDecimal.valueOf(cents, 2);
  }
}
