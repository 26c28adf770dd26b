package fr.packnum.support.entity;

import fr.packnum.platform.entity.Actor;
import fr.packnum.platform.entity.FlagConverter;
import fr.packnum.platform.entity.Notes;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One attempt at a follow-up call of a support plan: scheduled on its milestone's day, then logged
 * with what the household said, or as not reached — a new attempt of the same milestone is then
 * scheduled by the plan.
 */
@Entity
@Table(name = "support_calls")
public class FollowUpCall {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "plan_id", nullable = false, updatable = false)
  private SupportPlan plan;

  /** The milestone's rank in the schedule, from 0. */
  @Column(name = "position", nullable = false, updatable = false)
  private int position;

  @Column(name = "milestone", nullable = false, updatable = false, length = 10)
  private String milestone;

  /** 1 for the milestone's first call, 2 for its first retry… */
  @Column(name = "attempt", nullable = false, updatable = false)
  private int attempt;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private CallStatus status;

  @Convert(converter = FlagConverter.class)
  @Column(name = "device_works")
  private Boolean deviceWorks;

  @Convert(converter = FlagConverter.class)
  @Column(name = "still_connected")
  private Boolean stillConnected;

  @Convert(converter = FlagConverter.class)
  @Column(name = "using_it")
  private Boolean usingIt;

  @Convert(converter = FlagConverter.class)
  @Column(name = "needs_help")
  private Boolean needsHelp;

  @Column(name = "notes", length = Notes.MAX_LENGTH)
  private String notes;

  @Column(name = "logged_at")
  private Instant loggedAt;

  // logged after the row is scheduled: the actor's columns are written then
  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "id", column = @Column(name = "actor_id")),
    @AttributeOverride(name = "name", column = @Column(name = "actor_name", length = 100))
  })
  private Actor loggedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected FollowUpCall() {}

  FollowUpCall(SupportPlan plan, int position, String milestone, int attempt, LocalDate dueOn) {
    this.plan = Objects.requireNonNull(plan);
    this.position = position;
    this.milestone = Objects.requireNonNull(milestone);
    this.attempt = attempt;
    this.dueOn = Objects.requireNonNull(dueOn);
    this.status = CallStatus.DUE;
  }

  void log(CallReport report, Actor actor, Instant now) {
    if (status != CallStatus.DUE) {
      throw new CallAlreadyLogged();
    }
    this.status = report.reached() ? CallStatus.REACHED : CallStatus.NOT_REACHED;
    if (report.reached()) {
      this.deviceWorks = report.deviceWorks();
      this.stillConnected = report.stillConnected();
      this.usingIt = report.usingIt();
      this.needsHelp = report.needsHelp();
    }
    this.notes = report.notes();
    this.loggedAt = Objects.requireNonNull(now);
    this.loggedBy = Objects.requireNonNull(actor);
  }

  void cancel() {
    if (status == CallStatus.DUE) {
      status = CallStatus.CANCELLED;
    }
  }

  public Long id() {
    return id;
  }

  public SupportPlan plan() {
    return plan;
  }

  public int position() {
    return position;
  }

  public String milestone() {
    return milestone;
  }

  public int attempt() {
    return attempt;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public CallStatus status() {
    return status;
  }

  public boolean isDue() {
    return status == CallStatus.DUE;
  }

  /** The answers of a reached call; empty otherwise. */
  public Optional<CallReport> report() {
    return status == CallStatus.REACHED
        ? Optional.of(new CallReport(true, deviceWorks, stillConnected, usingIt, needsHelp, notes))
        : Optional.empty();
  }

  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }

  public Optional<Instant> loggedAt() {
    return Optional.ofNullable(loggedAt);
  }

  public Optional<Actor> loggedBy() {
    return Optional.ofNullable(loggedBy);
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FollowUpCall that && id != null && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
