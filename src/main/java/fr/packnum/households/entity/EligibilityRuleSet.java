package fr.packnum.households.entity;

import fr.packnum.platform.entity.EnumSets;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of the eligibility rules as a coordinator set them. Versions are never changed: an
 * edit is a new version, and every decision names the version it was made with.
 */
@Entity
@Table(name = "eligibility_rule_sets")
public class EligibilityRuleSet {

  @Id
  @Column(name = "version")
  private Integer version;

  @Column(name = "qualifying_situations", nullable = false, updatable = false, length = 200)
  private String qualifyingSituations;

  @Column(name = "max_proof_age_months", nullable = false, updatable = false)
  private int maxProofAgeMonths;

  @Column(name = "quotient_familial_threshold", updatable = false, precision = 8, scale = 2)
  private BigDecimal quotientFamilialThreshold;

  @Column(name = "reste_a_vivre_threshold", updatable = false, precision = 8, scale = 2)
  private BigDecimal resteAVivreThreshold;

  @Column(
      name = "review_margin_percent",
      nullable = false,
      updatable = false,
      precision = 5,
      scale = 2)
  private BigDecimal reviewMarginPercent;

  /** One pack per household within this many months. */
  @Column(name = "repeat_period_months", nullable = false, updatable = false)
  private int repeatPeriodMonths;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 50)
  private String createdBy;

  protected EligibilityRuleSet() {}

  public EligibilityRuleSet(
      int version,
      Set<Situation> qualifyingSituations,
      int maxProofAgeMonths,
      BigDecimal quotientFamilialThreshold,
      BigDecimal resteAVivreThreshold,
      BigDecimal reviewMarginPercent,
      int repeatPeriodMonths,
      String createdBy,
      Instant createdAt) {
    if (version < 1 || maxProofAgeMonths < 1 || repeatPeriodMonths < 0) {
      throw new IllegalArgumentException("Invalid rule set");
    }
    this.version = version;
    this.qualifyingSituations = EnumSets.join(qualifyingSituations);
    this.maxProofAgeMonths = maxProofAgeMonths;
    this.quotientFamilialThreshold = quotientFamilialThreshold;
    this.resteAVivreThreshold = resteAVivreThreshold;
    this.reviewMarginPercent = Objects.requireNonNull(reviewMarginPercent);
    this.repeatPeriodMonths = repeatPeriodMonths;
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public int version() {
    return version;
  }

  public Set<Situation> qualifyingSituations() {
    return EnumSets.parse(qualifyingSituations, Situation.class);
  }

  public int maxProofAgeMonths() {
    return maxProofAgeMonths;
  }

  public Optional<BigDecimal> quotientFamilialThreshold() {
    return Optional.ofNullable(quotientFamilialThreshold);
  }

  public Optional<BigDecimal> resteAVivreThreshold() {
    return Optional.ofNullable(resteAVivreThreshold);
  }

  public BigDecimal reviewMarginPercent() {
    return reviewMarginPercent;
  }

  public Period repeatPeriod() {
    return Period.ofMonths(repeatPeriodMonths);
  }

  public int repeatPeriodMonths() {
    return repeatPeriodMonths;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
