package fr.packnum.matching.entity;

import fr.packnum.platform.entity.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One version of the priority weights as a coordinator set them. Versions are never changed: an
 * edit is a new version, and every reservation names the version its priority was computed with.
 * The rules that read the points live in {@code matching.control.PriorityWeights}.
 */
@Entity
@Table(name = "matching_weight_sets")
public class WeightSet {

  @Id
  @Column(name = "version")
  private Integer version;

  @Column(name = "per_school_child", nullable = false, updatable = false)
  private int perSchoolChild;

  @Column(name = "job_search", nullable = false, updatable = false)
  private int jobSearch;

  @Column(name = "urgent_with_reason", nullable = false, updatable = false)
  private int urgentWithReason;

  @Column(name = "per_day_waiting", nullable = false, updatable = false)
  private int perDayWaiting;

  @Column(name = "per_household_member", nullable = false, updatable = false)
  private int perHouseholdMember;

  @Column(name = "no_connectivity", nullable = false, updatable = false)
  private int noConnectivity;

  @Column(name = "mobile_only", nullable = false, updatable = false)
  private int mobileOnly;

  @Column(name = "qpv", nullable = false, updatable = false)
  private int qpv;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Embedded private Actor createdBy;

  protected WeightSet() {}

  /** The points, in the order of {@code PriorityWeights}' components. */
  public record Points(
      int perSchoolChild,
      int jobSearch,
      int urgentWithReason,
      int perDayWaiting,
      int perHouseholdMember,
      int noConnectivity,
      int mobileOnly,
      int qpv) {}

  public WeightSet(int version, Points points, Actor createdBy, Instant createdAt) {
    if (version < 1) {
      throw new IllegalArgumentException("Versions start at 1");
    }
    this.version = version;
    this.perSchoolChild = points.perSchoolChild();
    this.jobSearch = points.jobSearch();
    this.urgentWithReason = points.urgentWithReason();
    this.perDayWaiting = points.perDayWaiting();
    this.perHouseholdMember = points.perHouseholdMember();
    this.noConnectivity = points.noConnectivity();
    this.mobileOnly = points.mobileOnly();
    this.qpv = points.qpv();
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public int version() {
    return version;
  }

  public Points points() {
    return new Points(
        perSchoolChild,
        jobSearch,
        urgentWithReason,
        perDayWaiting,
        perHouseholdMember,
        noConnectivity,
        mobileOnly,
        qpv);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Actor createdBy() {
    return createdBy;
  }
}
