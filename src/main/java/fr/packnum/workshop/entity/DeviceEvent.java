package fr.packnum.workshop.entity;

import fr.packnum.platform.entity.Actor;
import fr.packnum.platform.entity.Notes;
import jakarta.persistence.Column;
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
import java.time.Instant;
import java.util.Optional;

/** One line of a device's history: who, when, what. Immutable; nothing deletes it. */
@Entity
@Table(name = "device_events")
public class DeviceEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "device_id", nullable = false, updatable = false)
  private Device device;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Embedded private Actor actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 30)
  private DeviceEventKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false, length = 20)
  private DeviceStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", updatable = false, length = 20)
  private DeviceStatus toStatus;

  @Column(name = "notes", updatable = false, length = Notes.MAX_LENGTH)
  private String notes;

  protected DeviceEvent() {}

  DeviceEvent(
      Device device,
      Instant at,
      Actor actor,
      DeviceEventKind kind,
      DeviceStatus from,
      DeviceStatus to,
      String notes) {
    this.device = device;
    this.occurredAt = at;
    this.actor = actor;
    this.kind = kind;
    this.fromStatus = from;
    this.toStatus = to;
    this.notes = Notes.normalise(notes);
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public Actor actor() {
    return actor;
  }

  public DeviceEventKind kind() {
    return kind;
  }

  public Optional<DeviceStatus> fromStatus() {
    return Optional.ofNullable(fromStatus);
  }

  public Optional<DeviceStatus> toStatus() {
    return Optional.ofNullable(toStatus);
  }

  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }
}
