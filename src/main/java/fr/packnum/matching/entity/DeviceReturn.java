package fr.packnum.matching.entity;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A device brought back after its hand-over: checked by its tag at the counter, with why, in what
 * state and with which accessories, who brought it, and what followed for the request. One per
 * hand-over, under a unique constraint.
 */
@Entity
@Table(name = "device_returns")
public class DeviceReturn {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "handover_id", nullable = false, updatable = false)
  private Handover handover;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason", nullable = false, length = 20, updatable = false)
  private ReturnReason reason;

  @Enumerated(EnumType.STRING)
  @Column(name = "device_condition", nullable = false, length = 20, updatable = false)
  private DeviceCondition condition;

  @Convert(converter = FlagConverter.class)
  @Column(name = "charger_back", nullable = false, updatable = false)
  private boolean chargerBack;

  @Column(name = "accessories", length = 300, updatable = false)
  private String accessories;

  @Column(name = "returned_by_name", nullable = false, length = 100, updatable = false)
  private String returnedByName;

  @Column(name = "notes", length = Notes.MAX_LENGTH, updatable = false)
  private String notes;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 20, updatable = false)
  private ReturnOutcome outcome;

  @ManyToOne
  @JoinColumn(name = "replacement_reservation_id")
  private Reservation replacement;

  /** The replacement's hand-over, booked at the counter when the device came back. */
  @ManyToOne
  @JoinColumn(name = "replacement_handover_id")
  private Handover replacementHandover;

  @Embedded private Actor recordedBy;

  @Column(name = "returned_at", nullable = false, updatable = false)
  private Instant returnedAt;

  protected DeviceReturn() {}

  /** What the counter records: the why, the state, what came back with it, who brought it. */
  public record Details(
      ReturnReason reason,
      DeviceCondition condition,
      boolean chargerBack,
      String accessories,
      String returnedByName,
      String notes) {
    public Details {
      Objects.requireNonNull(reason);
      Objects.requireNonNull(condition);
      accessories = accessories == null || accessories.isBlank() ? null : accessories.strip();
      returnedByName = Notes.normalise(returnedByName);
      if (returnedByName == null) {
        throw new IllegalArgumentException("A return names who brought the device back");
      }
      notes = Notes.normalise(notes);
    }
  }

  /**
   * The device of the DONE hand-over {@code handover} is back: its tag, scanned at the counter,
   * must be that device's.
   */
  public DeviceReturn(
      Handover handover,
      String scannedTag,
      Details details,
      ReturnOutcome outcome,
      Actor recordedBy,
      Instant at) {
    if (handover.status() != HandoverStatus.DONE) {
      throw new HandoverClosed(handover.status());
    }
    handover.requireScanned(scannedTag);
    this.handover = handover;
    this.reason = details.reason();
    this.condition = details.condition();
    this.chargerBack = details.chargerBack();
    this.accessories = details.accessories();
    this.returnedByName = details.returnedByName();
    this.notes = details.notes();
    this.outcome = Objects.requireNonNull(outcome);
    this.recordedBy = Objects.requireNonNull(recordedBy);
    this.returnedAt = Objects.requireNonNull(at);
  }

  /** A swap's replacement, reserved for the same request in the same step, and its hand-over. */
  public void replacedBy(Reservation reservation, Handover handover) {
    if (outcome != ReturnOutcome.SWAP) {
      throw new IllegalStateException("Only a swap has a replacement");
    }
    this.replacement = Objects.requireNonNull(reservation);
    this.replacementHandover = Objects.requireNonNull(handover);
  }

  /** How the device's and the request's histories word it: the reason, and the replacement. */
  public String historyNote(String replacementTag) {
    String why = "Retour : " + reason.historyWording();
    return replacementTag == null ? why : why + " · échangé contre " + replacementTag;
  }

  public Long id() {
    return id;
  }

  public Handover handover() {
    return handover;
  }

  public ReturnReason reason() {
    return reason;
  }

  public DeviceCondition condition() {
    return condition;
  }

  public boolean chargerBack() {
    return chargerBack;
  }

  public Optional<String> accessories() {
    return Optional.ofNullable(accessories);
  }

  public String returnedByName() {
    return returnedByName;
  }

  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }

  public ReturnOutcome outcome() {
    return outcome;
  }

  public Optional<Reservation> replacement() {
    return Optional.ofNullable(replacement);
  }

  public Optional<Handover> replacementHandover() {
    return Optional.ofNullable(replacementHandover);
  }

  public Actor recordedBy() {
    return recordedBy;
  }

  public Instant returnedAt() {
    return returnedAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DeviceReturn that && id != null && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return getClass().hashCode();
  }
}
