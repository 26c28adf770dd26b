package fr.packnum.connectivity.entity;

import fr.packnum.households.entity.Situation;
import fr.packnum.platform.control.ProblemException.FieldKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an offer is, as a coordinator enters it and as the ranking reads it. Prices are in cents.
 * During the first {@code promotionalMonths} the household pays {@code monthlyPriceCents}, then
 * {@code priceAfterPromotionCents}; without a promotion it pays {@code monthlyPriceCents} all
 * along.
 *
 * <p>Eligibility: any one of {@code eligibleSituations} qualifies, and so does a quotient familial
 * at or under {@code maxQuotientFamilial} (the CAF's monthly figure, in euros); an offer with
 * neither is open to all. Coverage: the départements and communes (INSEE codes) listed; an offer
 * that lists none is national.
 */
public record OfferTerms(
    String operator,
    String name,
    OfferKind kind,
    int monthlyPriceCents,
    Integer priceAfterPromotionCents,
    int promotionalMonths,
    int commitmentMonths,
    int setupFeeCents,
    Set<Situation> eligibleSituations,
    BigDecimal maxQuotientFamilial,
    Set<String> departements,
    Set<String> communes,
    String howToSubscribe,
    LocalDate validFrom,
    LocalDate validTo) {

  public static final int OPERATOR_LENGTH = 100;
  public static final int NAME_LENGTH = 150;
  public static final int HOW_TO_LENGTH = 2000;

  /** What a household pays is compared over this many months. */
  public static final int HORIZON_MONTHS = 12;

  public OfferTerms {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(validFrom);
    operator = required(operator);
    name = required(name);
    howToSubscribe = required(howToSubscribe);
    eligibleSituations =
        eligibleSituations == null || eligibleSituations.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(eligibleSituations));
    departements = sorted(departements);
    communes = sorted(communes);
    List<FieldKey> errors = new ArrayList<>();
    if (monthlyPriceCents < 0
        || setupFeeCents < 0
        || promotionalMonths < 0
        || commitmentMonths < 0) {
      throw new IllegalArgumentException("Prices and months are never negative");
    }
    if (promotionalMonths > 0 && priceAfterPromotionCents == null) {
      errors.add(new FieldKey("priceAfterPromotionCents", "offer.price-after-promotion-missing"));
    }
    if (promotionalMonths == 0 && priceAfterPromotionCents != null) {
      errors.add(new FieldKey("promotionalMonths", "offer.promotional-months-missing"));
    }
    if (priceAfterPromotionCents != null && priceAfterPromotionCents < 0) {
      throw new IllegalArgumentException("Prices are never negative");
    }
    if (validTo != null && validTo.isBefore(validFrom)) {
      errors.add(new FieldKey("validTo", "offer.valid-to-before-from"));
    }
    if (maxQuotientFamilial != null && maxQuotientFamilial.signum() <= 0) {
      errors.add(new FieldKey("maxQuotientFamilial", "offer.quotient-positive"));
    }
    if (!errors.isEmpty()) {
      throw new OfferInvalid(errors);
    }
  }

  private static String required(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("Operator, name and how to subscribe are required");
    }
    return text.strip();
  }

  private static Set<String> sorted(Set<String> codes) {
    return codes == null || codes.isEmpty()
        ? Set.of()
        : Collections.unmodifiableSet(new TreeSet<>(codes));
  }

  /** The price of month {@code n} (1 for the first month of the subscription). */
  public int priceOfMonth(int n) {
    return n <= promotionalMonths ? monthlyPriceCents : fullPriceCents();
  }

  /** The price once the promotion is over (the only price without one). */
  public int fullPriceCents() {
    return priceAfterPromotionCents == null ? monthlyPriceCents : priceAfterPromotionCents;
  }

  /** Whether the promotional price ends within the horizon. */
  public boolean hasPromotion() {
    return promotionalMonths > 0;
  }

  /**
   * What the household pays over the next {@value #HORIZON_MONTHS} months: promotional months at
   * the promotional price, the others at the full price, and the set-up fee.
   */
  public long costOverHorizonCents() {
    long total = setupFeeCents;
    for (int month = 1; month <= HORIZON_MONTHS; month++) {
      total += priceOfMonth(month);
    }
    return total;
  }

  /** The dearest month within the horizon: what a monthly budget must hold. */
  public int dearestMonthCents() {
    int dearest = 0;
    for (int month = 1; month <= HORIZON_MONTHS; month++) {
      dearest = Math.max(dearest, priceOfMonth(month));
    }
    return dearest;
  }

  public boolean openToAll() {
    return eligibleSituations.isEmpty() && maxQuotientFamilial == null;
  }

  public boolean national() {
    return departements.isEmpty() && communes.isEmpty();
  }

  /** Whether a household of commune {@code insee} (in {@code departement}) is covered. */
  public boolean covers(String insee, String departement) {
    return national() || communes.contains(insee) || departements.contains(departement);
  }

  /** Whether the offer is on sale on {@code day}. */
  public boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }
}
