package fr.packnum.connectivity.entity;

import fr.packnum.households.entity.Situation;
import fr.packnum.platform.entity.EnumSets;
import fr.packnum.platform.entity.FlagConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An internet offer a household can be pointed to: who sells it, what it costs during and after its
 * promotional period, who may take it (social conditions) and where (coverage), how to subscribe,
 * and when it is offered. A coordinator edits it; a deactivated offer is no longer proposed to
 * anyone but stays readable.
 */
@Entity
@Table(name = "connectivity_offers")
public class Offer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "operator", nullable = false, length = OfferTerms.OPERATOR_LENGTH)
  private String operator;

  @Column(name = "name", nullable = false, length = OfferTerms.NAME_LENGTH)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private OfferKind kind;

  @Column(name = "monthly_price_cents", nullable = false)
  private int monthlyPriceCents;

  @Column(name = "price_after_promotion_cents")
  private Integer priceAfterPromotionCents;

  @Column(name = "promotional_months", nullable = false)
  private int promotionalMonths;

  @Column(name = "commitment_months", nullable = false)
  private int commitmentMonths;

  @Column(name = "setup_fee_cents", nullable = false)
  private int setupFeeCents;

  @Column(name = "eligible_situations", nullable = false, length = 200)
  private String eligibleSituations;

  @Column(name = "max_quotient_familial", precision = 8, scale = 2)
  private BigDecimal maxQuotientFamilial;

  @Column(name = "coverage_departements", nullable = false, length = 1000)
  private String coverageDepartements;

  @Column(name = "coverage_communes", nullable = false, length = 4000)
  private String coverageCommunes;

  @Column(name = "how_to_subscribe", nullable = false, length = OfferTerms.HOW_TO_LENGTH)
  private String howToSubscribe;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Convert(converter = FlagConverter.class)
  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Offer() {}

  public Offer(OfferTerms terms, Instant createdAt) {
    describe(terms);
    this.active = true;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** New terms for the offer (its id and history stay). */
  public final void describe(OfferTerms terms) {
    this.operator = terms.operator();
    this.name = terms.name();
    this.kind = terms.kind();
    this.monthlyPriceCents = terms.monthlyPriceCents();
    this.priceAfterPromotionCents = terms.priceAfterPromotionCents();
    this.promotionalMonths = terms.promotionalMonths();
    this.commitmentMonths = terms.commitmentMonths();
    this.setupFeeCents = terms.setupFeeCents();
    this.eligibleSituations = EnumSets.join(terms.eligibleSituations());
    this.maxQuotientFamilial = terms.maxQuotientFamilial();
    this.coverageDepartements = String.join(",", terms.departements());
    this.coverageCommunes = String.join(",", terms.communes());
    this.howToSubscribe = terms.howToSubscribe();
    this.validFrom = terms.validFrom();
    this.validTo = terms.validTo();
  }

  /** No longer proposed to households; kept for those who took it. */
  public void deactivate() {
    this.active = false;
  }

  public void activate() {
    this.active = true;
  }

  public OfferTerms terms() {
    return new OfferTerms(
        operator,
        name,
        kind,
        monthlyPriceCents,
        priceAfterPromotionCents,
        promotionalMonths,
        commitmentMonths,
        setupFeeCents,
        EnumSets.parse(eligibleSituations, Situation.class),
        maxQuotientFamilial,
        codes(coverageDepartements),
        codes(coverageCommunes),
        howToSubscribe,
        validFrom,
        validTo);
  }

  private static Set<String> codes(String stored) {
    if (stored == null || stored.isBlank()) {
      return Set.of();
    }
    return Collections.unmodifiableSet(new TreeSet<>(Arrays.asList(stored.split(","))));
  }

  public Long id() {
    return id;
  }

  public boolean isActive() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Offer that && id != null && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
