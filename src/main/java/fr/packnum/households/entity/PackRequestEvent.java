package fr.packnum.households.entity;

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

/** One line of a pack request's history: who, when, what. Only anonymisation touches it (notes). */
@Entity
@Table(name = "pack_request_events")
public class PackRequestEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id", nullable = false, updatable = false)
  private PackRequest request;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Embedded private Actor actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 30)
  private RequestEventKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false, length = 20)
  private RequestStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", updatable = false, length = 20)
  private RequestStatus toStatus;

  @Column(name = "notes", length = Notes.MAX_LENGTH)
  private String notes;

  protected PackRequestEvent() {}

  PackRequestEvent(
      PackRequest request,
      Instant at,
      Actor actor,
      RequestEventKind kind,
      RequestStatus from,
      RequestStatus to,
      String notes) {
    this.request = request;
    this.occurredAt = at;
    this.actor = actor;
    this.kind = kind;
    this.fromStatus = from;
    this.toStatus = to;
    this.notes = Notes.normalise(notes);
  }

  void eraseNotes() {
    this.notes = null;
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

  public RequestEventKind kind() {
    return kind;
  }

  public Optional<RequestStatus> fromStatus() {
    return Optional.ofNullable(fromStatus);
  }

  public Optional<RequestStatus> toStatus() {
    return Optional.ofNullable(toStatus);
  }

  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }
}
