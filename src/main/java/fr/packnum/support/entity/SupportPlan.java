package fr.packnum.support.entity;

import fr.packnum.accounts.entity.Structure;
import fr.packnum.accounts.entity.User;
import fr.packnum.households.entity.PackRequest;
import fr.packnum.matching.entity.Handover;
import fr.packnum.platform.entity.Actor;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The follow-up of one household after its hand-over: calls on the schedule's milestones (J+7, M+1,
 * M+3, M+6 by default), retried when nobody answers, sessions it is booked in, its skills
 * self-assessment. The team of the support person who handed the device over follows it up. The
 * plan closes after the last milestone's call with the outcome funders ask for, or when the device
 * comes back.
 *
 * <p>While OPEN, {@code open_request_id} carries the request's id under a unique constraint: one
 * open plan per request, whatever the instance.
 */
@Entity
@Table(name = "support_plans")
public class SupportPlan {

  /** When a call is not answered: how many attempts a milestone gets, and the days between them. */
  public record Retry(int maxAttempts, int days) {
    public Retry {
      if (maxAttempts < 1 || days < 1) {
        throw new IllegalArgumentException("A milestone is called at least once, a day apart");
      }
    }
  }

  /** What logging a call did: the call, the retry scheduled if any, and whether the plan closed. */
  public record Logged(FollowUpCall call, Optional<FollowUpCall> retry, boolean closed) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "handover_id", nullable = false, updatable = false)
  private Handover handover;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id", nullable = false, updatable = false)
  private PackRequest request;

  /** Copied so that a worklist names the request without reading the household's file. */
  @Column(name = "request_reference", nullable = false, updatable = false, length = 12)
  private String requestReference;

  /** The team that follows the household up. */
  @ManyToOne(optional = false)
  @JoinColumn(name = "structure_id", nullable = false, updatable = false)
  private Structure structure;

  /** The support person in charge, first the one who handed the device over. */
  @ManyToOne(optional = false)
  @JoinColumn(name = "support_user_id", nullable = false)
  private User supportPerson;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private PlanStatus status;

  @Column(name = "open_request_id")
  private Long openRequestId;

  @Column(name = "started_on", nullable = false, updatable = false)
  private LocalDate startedOn;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 30)
  private PlanOutcome outcome;

  @OneToMany(mappedBy = "plan", cascade = CascadeType.PERSIST)
  @OrderBy("position, attempt")
  private List<FollowUpCall> calls = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SupportPlan() {}

  /**
   * The plan of a hand-over done on {@code handedOverOn}: one call per milestone of {@code
   * schedule}, due that many days or months later.
   */
  public SupportPlan(Handover handover, List<Milestone> schedule, LocalDate handedOverOn) {
    if (schedule.isEmpty()) {
      throw new IllegalArgumentException("A follow-up schedule has at least one milestone");
    }
    this.handover = Objects.requireNonNull(handover);
    this.request = handover.reservation().request();
    this.requestReference = request.reference();
    this.supportPerson = handover.supportPerson();
    this.structure = supportPerson.structure();
    this.status = PlanStatus.OPEN;
    this.openRequestId = request.id();
    this.startedOn = Objects.requireNonNull(handedOverOn);
    for (int position = 0; position < schedule.size(); position++) {
      Milestone milestone = schedule.get(position);
      calls.add(
          new FollowUpCall(this, position, milestone.label(), 1, milestone.dueFrom(handedOverOn)));
    }
  }

  /**
   * Logs one of the plan's calls. Not reached: another attempt of the same milestone is scheduled
   * {@code retry.days()} later, up to {@code retry.maxAttempts()}. The last milestone's call,
   * reached or tried for the last time, closes the plan with its outcome.
   */
  public Logged log(
      FollowUpCall call,
      CallReport report,
      Retry retry,
      Actor actor,
      Instant now,
      LocalDate today) {
    if (calls.stream().noneMatch(c -> c == call)) {
      throw new CallNotFound();
    }
    requireOpen();
    call.log(report, actor, now);
    boolean last = call.position() == lastPosition();
    if (!report.reached() && call.attempt() < retry.maxAttempts()) {
      FollowUpCall again =
          new FollowUpCall(
              this,
              call.position(),
              call.milestone(),
              call.attempt() + 1,
              today.plusDays(retry.days()));
      calls.add(again);
      return new Logged(call, Optional.of(again), false);
    }
    if (last) {
      close(report.reached() ? PlanOutcome.of(report) : PlanOutcome.UNREACHABLE, today);
    }
    return new Logged(call, Optional.empty(), last);
  }

  /** The device came back: the calls still due are cancelled and the plan closes. */
  public void deviceReturned(LocalDate today) {
    requireOpen();
    close(PlanOutcome.DEVICE_RETURNED, today);
  }

  private void close(PlanOutcome outcome, LocalDate today) {
    calls.forEach(FollowUpCall::cancel);
    this.status = PlanStatus.CLOSED;
    this.openRequestId = null;
    this.outcome = outcome;
    this.closedOn = today;
  }

  /** Hands the follow-up to another support person of the same team. */
  public void assign(User person) {
    requireOpen();
    if (!person.structure().equals(structure)) {
      throw new IllegalArgumentException("A plan stays with its team");
    }
    this.supportPerson = person;
  }

  public void requireOpen() {
    if (status != PlanStatus.OPEN) {
      throw new PlanClosed();
    }
  }

  private int lastPosition() {
    return calls.stream().mapToInt(FollowUpCall::position).max().orElse(0);
  }

  /** The next call due, the soonest first. */
  public Optional<FollowUpCall> nextCall() {
    return calls.stream()
        .filter(FollowUpCall::isDue)
        .min(Comparator.comparing(FollowUpCall::dueOn).thenComparing(FollowUpCall::position));
  }

  /** The last call logged, reached or not. */
  public Optional<FollowUpCall> lastCall() {
    return calls.stream()
        .filter(c -> c.loggedAt().isPresent())
        .max(Comparator.comparing(c -> c.loggedAt().orElseThrow()));
  }

  public Long id() {
    return id;
  }

  public Handover handover() {
    return handover;
  }

  public PackRequest request() {
    return request;
  }

  public String requestReference() {
    return requestReference;
  }

  public Structure structure() {
    return structure;
  }

  public User supportPerson() {
    return supportPerson;
  }

  public PlanStatus status() {
    return status;
  }

  public LocalDate startedOn() {
    return startedOn;
  }

  public Optional<LocalDate> closedOn() {
    return Optional.ofNullable(closedOn);
  }

  public Optional<PlanOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  public List<FollowUpCall> calls() {
    return List.copyOf(calls);
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SupportPlan that && id != null && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
