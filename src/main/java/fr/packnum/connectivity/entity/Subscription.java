package fr.packnum.connectivity.entity;

import fr.packnum.households.entity.PackRequest;
import fr.packnum.platform.entity.Actor;
import fr.packnum.platform.entity.FlagConverter;
import fr.packnum.platform.entity.Notes;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The internet line a pack request's household took, from the offer chosen with its social worker
 * to the line's end. While REQUESTED or ACTIVE, {@code open_request_id} carries the request's id
 * under a unique constraint, so two people recording a line at once cannot give a household two;
 * once it is REFUSED or ENDED the column is emptied and the row stays as history.
 */
@Entity
@Table(name = "connectivity_subscriptions")
public class Subscription {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id", nullable = false, updatable = false)
  private PackRequest request;

  /** Copied so the worklist names the request without reading the household's file. */
  @Column(name = "request_reference", nullable = false, updatable = false, length = 12)
  private String requestReference;

  @ManyToOne(optional = false)
  @JoinColumn(name = "offer_id", nullable = false, updatable = false)
  private Offer offer;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private SubscriptionStatus status;

  @Column(name = "open_request_id")
  private Long openRequestId;

  @Column(name = "requested_on", nullable = false, updatable = false)
  private LocalDate requestedOn;

  @Column(name = "active_from")
  private LocalDate activeFrom;

  /** The first day at the full price; none without a promotion. */
  @Column(name = "promotion_ends_on")
  private LocalDate promotionEndsOn;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "refusal_reason", length = Notes.MAX_LENGTH)
  private String refusalReason;

  @Convert(converter = FlagConverter.class)
  @Column(name = "unpaid", nullable = false)
  private boolean unpaid;

  @Column(name = "unpaid_since")
  private LocalDate unpaidSince;

  /** Who helped the household choose and ask for the line. */
  @Embedded private Actor helpedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Subscription() {}

  /** The household asked the operator for {@code offer}'s line on {@code today}. */
  public Subscription(PackRequest request, Offer offer, Actor helpedBy, LocalDate today) {
    this.request = Objects.requireNonNull(request);
    this.requestReference = Objects.requireNonNull(request.reference());
    this.offer = Objects.requireNonNull(offer);
    this.status = SubscriptionStatus.REQUESTED;
    this.openRequestId = Objects.requireNonNull(request.id());
    this.helpedBy = Objects.requireNonNull(helpedBy);
    this.requestedOn = Objects.requireNonNull(today);
  }

  /**
   * The operator opened the line on {@code from}; the promotional price, if any, holds for the
   * offer's promotional months from then.
   */
  public void activate(LocalDate from) {
    require(SubscriptionStatus.REQUESTED);
    Objects.requireNonNull(from);
    if (from.isBefore(requestedOn)) {
      throw new SubscriptionInvalid("activeFrom", "subscription.active-before-requested");
    }
    this.status = SubscriptionStatus.ACTIVE;
    this.activeFrom = from;
    this.promotionEndsOn = promotionEnd(from, offer.terms().promotionalMonths());
  }

  /** The operator turned the request down, saying why. */
  public void refuse(String reason, LocalDate today) {
    require(SubscriptionStatus.REQUESTED);
    String why = Notes.normalise(reason);
    if (why == null) {
      throw new SubscriptionInvalid("reason", "subscription.reason-required");
    }
    this.refusalReason = why;
    close(SubscriptionStatus.REFUSED, today);
  }

  /** The line stopped on {@code on}. */
  public void end(LocalDate on) {
    require(SubscriptionStatus.ACTIVE);
    if (on.isBefore(activeFrom)) {
      throw new SubscriptionInvalid("endedOn", "subscription.ended-before-active");
    }
    close(SubscriptionStatus.ENDED, on);
  }

  /** A bill went unpaid: the line is at risk. Reporting it again keeps the first day. */
  public void reportUnpaid(LocalDate today) {
    require(SubscriptionStatus.ACTIVE);
    if (!unpaid) {
      this.unpaid = true;
      this.unpaidSince = Objects.requireNonNull(today);
    }
  }

  /** The household caught up with its bills. */
  public void paidAgain() {
    require(SubscriptionStatus.ACTIVE);
    this.unpaid = false;
    this.unpaidSince = null;
  }

  /** Why a support person should call the household, and from which day. */
  public enum Concern {
    /** The promotional price ends soon: the bill is about to rise. */
    PROMOTION_ENDING,
    /** A bill went unpaid: the operator may cut the line. */
    UNPAID
  }

  /** A reason to call, dated: the day the promotion ends or the bill was reported unpaid. */
  public record Attention(Concern concern, LocalDate on) {}

  /**
   * Why this line needs a call on {@code today}, looking {@code days} ahead: ACTIVE and reported
   * unpaid, or its promotional price ending between today and today + days; the earliest first.
   */
  public List<Attention> attention(LocalDate today, int days) {
    List<Attention> reasons = new ArrayList<>();
    if (status != SubscriptionStatus.ACTIVE) {
      return reasons;
    }
    if (unpaid) {
      reasons.add(new Attention(Concern.UNPAID, unpaidSince));
    }
    if (promotionEndsOn != null
        && !promotionEndsOn.isBefore(today)
        && !promotionEndsOn.isAfter(today.plusDays(days))) {
      reasons.add(new Attention(Concern.PROMOTION_ENDING, promotionEndsOn));
    }
    reasons.sort(Comparator.comparing(Attention::on));
    return reasons;
  }

  /** The first day at the full price: {@code months} after the start, none without promotion. */
  public static LocalDate promotionEnd(LocalDate activeFrom, int months) {
    return months > 0 ? activeFrom.plusMonths(months) : null;
  }

  private void require(SubscriptionStatus expected) {
    if (status != expected) {
      throw new SubscriptionTransitionRefused(status);
    }
  }

  private void close(SubscriptionStatus to, LocalDate on) {
    this.status = to;
    this.openRequestId = null;
    this.endedOn = Objects.requireNonNull(on);
    this.unpaid = false;
    this.unpaidSince = null;
  }

  public Long id() {
    return id;
  }

  public PackRequest request() {
    return request;
  }

  public String requestReference() {
    return requestReference;
  }

  public Offer offer() {
    return offer;
  }

  public SubscriptionStatus status() {
    return status;
  }

  public LocalDate requestedOn() {
    return requestedOn;
  }

  public Optional<LocalDate> activeFrom() {
    return Optional.ofNullable(activeFrom);
  }

  public Optional<LocalDate> promotionEndsOn() {
    return Optional.ofNullable(promotionEndsOn);
  }

  public Optional<LocalDate> endedOn() {
    return Optional.ofNullable(endedOn);
  }

  public Optional<String> refusalReason() {
    return Optional.ofNullable(refusalReason);
  }

  public boolean unpaid() {
    return unpaid;
  }

  public Optional<LocalDate> unpaidSince() {
    return Optional.ofNullable(unpaidSince);
  }

  public Actor helpedBy() {
    return helpedBy;
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Subscription that && id != null && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
