package fr.packnum.households.entity;

import fr.packnum.accounts.entity.Role;
import fr.packnum.accounts.entity.Structure;
import fr.packnum.platform.entity.Actor;
import fr.packnum.platform.entity.EnumSets;
import fr.packnum.platform.entity.FlagConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A social worker's request for a pack for one household: what it needs, then the rules' assessment
 * at submission and the coordinator's decision. Each step is a guarded method that leaves an event
 * with who and when.
 */
@Entity
@Table(name = "pack_requests")
public class PackRequest {

  /** What the household asks for. */
  public record Wish(
      PreferredDevice preferredDevice,
      Set<RequiredFeature> features,
      Urgency urgency,
      String urgencyReason,
      boolean needsInternet,
      String supportPlace) {
    public Wish {
      Objects.requireNonNull(preferredDevice);
      Objects.requireNonNull(urgency);
      features =
          features == null || features.isEmpty()
              ? EnumSet.noneOf(RequiredFeature.class)
              : EnumSet.copyOf(features);
      urgencyReason = blankToNull(urgencyReason);
      supportPlace = blankToNull(supportPlace);
      if (urgency == Urgency.URGENT && urgencyReason == null) {
        throw new UrgencyReasonMissing();
      }
    }
  }

  /** What someone may do with a request, for the UI to offer. */
  public enum Action {
    EDIT,
    SUBMIT,
    DECIDE,
    CANCEL,
    /** Print the referral slip: once sent, while the request may still lead to a pack. */
    SLIP
  }

  /** The coordinator's decision on a submitted request. */
  public record Decision(
      RequestStatus outcome,
      boolean override,
      String justification,
      String decidedBy,
      Instant decidedAt) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "reference", nullable = false, updatable = false, length = 12)
  private String reference;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "household_id", nullable = false, updatable = false)
  private Household household;

  /** The household's structure, kept here for the per-structure cap and scoping. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "structure_id", nullable = false, updatable = false)
  private Structure structure;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private RequestStatus status;

  @Column(name = "status_since", nullable = false)
  private Instant statusSince;

  @Enumerated(EnumType.STRING)
  @Column(name = "preferred_device", nullable = false, length = 20)
  private PreferredDevice preferredDevice;

  @Column(name = "features", nullable = false, length = 200)
  private String features = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "urgency", nullable = false, length = 10)
  private Urgency urgency;

  @Column(name = "urgency_reason", length = 300)
  private String urgencyReason;

  @Convert(converter = FlagConverter.class)
  @Column(name = "needs_internet", nullable = false)
  private boolean needsInternet;

  @Column(name = "support_place", length = 150)
  private String supportPlace;

  @Enumerated(EnumType.STRING)
  @Column(name = "assessment", length = 20)
  private EligibilityOutcome assessment;

  @Column(name = "assessment_reasons", length = 4000)
  private String assessmentReasons;

  @Column(name = "rule_set_version")
  private Integer ruleSetVersion;

  @Column(name = "previous_pack_on")
  private LocalDate previousPackOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision", length = 20)
  private RequestStatus decision;

  @Convert(converter = FlagConverter.class)
  @Column(name = "decision_override")
  private Boolean decisionOverride;

  @Column(name = "decision_justification", length = 1000)
  private String decisionJustification;

  @Column(name = "decided_by", length = Actor.NAME_LENGTH)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<PackRequestEvent> events = new ArrayList<>();

  protected PackRequest() {}

  /** A draft request; the household must have given its consent. */
  public PackRequest(String reference, Household household, Wish wish, Actor actor, Instant now) {
    if (household.isAnonymised()) {
      throw new HouseholdAnonymised();
    }
    if (household.consent().isEmpty()) {
      throw new ConsentMissing();
    }
    this.reference = Objects.requireNonNull(reference);
    this.household = household;
    this.structure = household.structure();
    this.status = RequestStatus.DRAFT;
    this.statusSince = now;
    this.createdAt = now;
    apply(wish);
    events.add(event(now, actor, RequestEventKind.CREATED, null, RequestStatus.DRAFT, null));
    household.touch(now);
  }

  /** Changes what a draft asks for. */
  public void edit(Wish wish, Actor actor, Instant now) {
    require(RequestStatus.DRAFT);
    apply(wish);
    events.add(event(now, actor, RequestEventKind.EDITED, null, null, null));
    household.touch(now);
  }

  /** Sends the draft to the coordination with the rules' assessment. */
  public void submit(Assessment assessment, Actor actor, Instant now) {
    require(RequestStatus.DRAFT);
    if (household.consent().isEmpty()) {
      throw new ConsentMissing();
    }
    this.assessment = assessment.outcome();
    this.assessmentReasons = Reasons.encode(assessment.reasons());
    this.ruleSetVersion = assessment.ruleSetVersion();
    this.previousPackOn = assessment.previousPackOn();
    this.submittedAt = now;
    move(RequestStatus.SUBMITTED, RequestEventKind.SUBMITTED, actor, now, null);
    household.touch(now);
  }

  /**
   * The coordinator's decision. Going against the rules' assessment (an override), or deciding a
   * case the rules left to review, needs a written justification.
   */
  public void decide(RequestStatus outcome, String justification, Actor actor, Instant now) {
    if (outcome != RequestStatus.ELIGIBLE && outcome != RequestStatus.REJECTED) {
      throw new IllegalArgumentException("A decision is ELIGIBLE or REJECTED");
    }
    require(RequestStatus.SUBMITTED);
    boolean override =
        (assessment == EligibilityOutcome.ELIGIBLE && outcome == RequestStatus.REJECTED)
            || (assessment == EligibilityOutcome.NOT_ELIGIBLE && outcome == RequestStatus.ELIGIBLE);
    String written = blankToNull(justification);
    if (written == null && (override || assessment == EligibilityOutcome.NEEDS_REVIEW)) {
      throw new JustificationRequired(override);
    }
    this.decision = outcome;
    this.decisionOverride = override;
    this.decisionJustification = written;
    this.decidedBy = actor.name();
    this.decidedAt = now;
    move(
        outcome,
        override ? RequestEventKind.OVERRIDDEN : RequestEventKind.DECIDED,
        actor,
        now,
        written);
  }

  /**
   * Matching reserved a device for this ELIGIBLE request; the history names the device's asset tag,
   * the household is told nothing yet.
   */
  public void match(String deviceTag, Actor actor, Instant now) {
    require(RequestStatus.ELIGIBLE);
    move(RequestStatus.MATCHED, RequestEventKind.MATCHED, actor, now, deviceTag);
  }

  /**
   * The reservation ended without a hand-over (expired, released): back in the queue. Its waiting
   * time still counts from the decision, so the household loses no place.
   */
  public void requeue(String why, Actor actor, Instant now) {
    if (status != RequestStatus.MATCHED && status != RequestStatus.HANDOVER_BOOKED) {
      throw new RequestTransitionRefused(status);
    }
    move(RequestStatus.ELIGIBLE, RequestEventKind.REQUEUED, actor, now, why);
  }

  /** A hand-over appointment is booked: the social worker tells the household when and where. */
  public void handoverBooked(String when, Actor actor, Instant now) {
    require(RequestStatus.MATCHED);
    move(RequestStatus.HANDOVER_BOOKED, RequestEventKind.HANDOVER_BOOKED, actor, now, when);
  }

  /** The household received its pack. */
  public void delivered(String deviceTag, Actor actor, Instant now) {
    require(RequestStatus.HANDOVER_BOOKED);
    move(RequestStatus.DELIVERED, RequestEventKind.DELIVERED, actor, now, deviceTag);
  }

  /**
   * The household brought the delivered device back. When it still needs one (a faulty or
   * unsuitable device) the request waits again, its waiting time counted from the decision as
   * before; otherwise it is closed. The pack it received still counts for "one pack per household".
   */
  public void returned(String why, boolean wantsAnother, Actor actor, Instant now) {
    if (status != RequestStatus.DELIVERED && status != RequestStatus.IN_FOLLOW_UP) {
      throw new RequestTransitionRefused(status);
    }
    move(
        wantsAnother ? RequestStatus.ELIGIBLE : RequestStatus.CLOSED,
        RequestEventKind.RETURNED,
        actor,
        now,
        why);
  }

  /** The support team follows the household up after its hand-over. */
  public void followUpStarted(Actor actor, Instant now) {
    require(RequestStatus.DELIVERED);
    move(RequestStatus.IN_FOLLOW_UP, RequestEventKind.FOLLOW_UP_STARTED, actor, now, null);
  }

  /** The last follow-up call is done: the request closes with its outcome (notes). */
  public void followUpClosed(String outcome, Actor actor, Instant now) {
    require(RequestStatus.IN_FOLLOW_UP);
    move(RequestStatus.CLOSED, RequestEventKind.FOLLOW_UP_CLOSED, actor, now, outcome);
  }

  /** Since when the household has waited for a device: the day it was found eligible. */
  public Optional<Instant> waitingSince() {
    return decision == RequestStatus.ELIGIBLE ? Optional.ofNullable(decidedAt) : Optional.empty();
  }

  /** Stops an open request, with the reason given. */
  public void cancel(String reason, Actor actor, Instant now) {
    if (!status.isOpen()) {
      throw new RequestTransitionRefused(status);
    }
    move(RequestStatus.CANCELLED, RequestEventKind.CANCELLED, actor, now, reason);
  }

  /** Erases the free texts that may describe the household; statuses and dates stay. */
  public void anonymise(Instant now) {
    this.urgencyReason = null;
    this.supportPlace = null;
    this.decisionJustification = null;
    events.forEach(PackRequestEvent::eraseNotes);
    events.add(event(now, Actor.SYSTEM, RequestEventKind.ANONYMISED, null, null, null));
  }

  /** What a caller of {@code role} may do with the request in its current status. */
  public Set<Action> actionsFor(Role role) {
    Set<Action> actions = EnumSet.noneOf(Action.class);
    if (role == Role.SOCIAL_WORKER && status == RequestStatus.DRAFT) {
      actions.add(Action.EDIT);
      actions.add(Action.SUBMIT);
    }
    if (role == Role.COORDINATOR && status == RequestStatus.SUBMITTED) {
      actions.add(Action.DECIDE);
    }
    if (status.isOpen()) {
      actions.add(Action.CANCEL);
    }
    if (status != RequestStatus.DRAFT
        && status != RequestStatus.CANCELLED
        && status != RequestStatus.REJECTED) {
      actions.add(Action.SLIP);
    }
    return actions;
  }

  private void apply(Wish wish) {
    this.preferredDevice = wish.preferredDevice();
    this.features = EnumSets.join(wish.features());
    this.urgency = wish.urgency();
    this.urgencyReason = wish.urgencyReason();
    this.needsInternet = wish.needsInternet();
    this.supportPlace = wish.supportPlace();
  }

  private void require(RequestStatus expected) {
    if (status != expected) {
      throw new RequestTransitionRefused(status);
    }
  }

  private void move(
      RequestStatus to, RequestEventKind kind, Actor actor, Instant now, String notes) {
    events.add(event(now, actor, kind, status, to, notes));
    this.status = to;
    this.statusSince = now;
  }

  private PackRequestEvent event(
      Instant now,
      Actor actor,
      RequestEventKind kind,
      RequestStatus from,
      RequestStatus to,
      String notes) {
    return new PackRequestEvent(this, now, actor, kind, from, to, notes);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long id() {
    return id;
  }

  public String reference() {
    return reference;
  }

  public Household household() {
    return household;
  }

  public Structure structure() {
    return structure;
  }

  public boolean belongsTo(long structureId) {
    return household.belongsTo(structureId);
  }

  public RequestStatus status() {
    return status;
  }

  public Instant statusSince() {
    return statusSince;
  }

  public PreferredDevice preferredDevice() {
    return preferredDevice;
  }

  public Set<RequiredFeature> features() {
    return EnumSets.parse(features, RequiredFeature.class);
  }

  public Urgency urgency() {
    return urgency;
  }

  /** Empty when not urgent, or once anonymised. */
  public Optional<String> urgencyReason() {
    return Optional.ofNullable(urgencyReason);
  }

  public boolean needsInternet() {
    return needsInternet;
  }

  public Optional<String> supportPlace() {
    return Optional.ofNullable(supportPlace);
  }

  public Optional<Assessment> assessment() {
    return assessment == null
        ? Optional.empty()
        : Optional.of(
            new Assessment(
                assessment,
                Reasons.decode(assessmentReasons),
                ruleSetVersion == null ? 0 : ruleSetVersion,
                previousPackOn));
  }

  public Optional<Decision> decision() {
    return decision == null
        ? Optional.empty()
        : Optional.of(
            new Decision(
                decision,
                Boolean.TRUE.equals(decisionOverride),
                decisionJustification,
                decidedBy,
                decidedAt));
  }

  public Optional<Instant> submittedAt() {
    return Optional.ofNullable(submittedAt);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }

  public List<PackRequestEvent> events() {
    return Collections.unmodifiableList(events);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PackRequest r && reference.equals(r.reference);
  }

  @Override
  public int hashCode() {
    return reference.hashCode();
  }
}
