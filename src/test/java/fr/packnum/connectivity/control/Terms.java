package fr.packnum.connectivity.control;

import fr.packnum.connectivity.entity.OfferKind;
import fr.packnum.connectivity.entity.OfferTerms;
import fr.packnum.households.entity.Situation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Offer terms for a test: a national mobile SIM open to all, valid since 1 January 2026, at the
 * given monthly price, no promotion, no fee; each method changes one thing.
 */
final class Terms {

  private final int monthlyCents;
  private Integer afterPromotionCents;
  private int promotionalMonths;
  private int setupFeeCents;
  private Set<Situation> situations = Set.of();
  private BigDecimal ceiling;
  private Set<String> departements = Set.of();
  private Set<String> communes = Set.of();
  private LocalDate validFrom = LocalDate.of(2026, 1, 1);
  private LocalDate validTo;

  Terms(int monthlyCents) {
    this.monthlyCents = monthlyCents;
  }

  Terms promotion(int months, Integer thenCents) {
    this.promotionalMonths = months;
    this.afterPromotionCents = thenCents;
    return this;
  }

  Terms setupFee(int cents) {
    this.setupFeeCents = cents;
    return this;
  }

  Terms situations(Situation first, Situation... others) {
    this.situations = EnumSet.of(first, others);
    return this;
  }

  Terms quotientCeiling(String euros) {
    this.ceiling = new BigDecimal(euros);
    return this;
  }

  Terms departements(String... codes) {
    this.departements = Set.of(codes);
    return this;
  }

  Terms communes(String... codes) {
    this.communes = Set.of(codes);
    return this;
  }

  Terms valid(LocalDate from, LocalDate to) {
    this.validFrom = from;
    this.validTo = to;
    return this;
  }

  OfferTerms build() {
    return new OfferTerms(
        "Opérateur test",
        "Offre test",
        OfferKind.MOBILE_SIM,
        monthlyCents,
        afterPromotionCents,
        promotionalMonths,
        0,
        setupFeeCents,
        situations,
        ceiling,
        departements,
        communes,
        "En boutique.",
        validFrom,
        validTo);
  }
}
