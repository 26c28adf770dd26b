package fr.packnum.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the append-only audit log: who (id, username, role), when (UTC), what action, on
 * which record. Never field values: the log must not become a second copy of personal data. Every
 * column is {@code updatable = false}, and nothing in PackNum deletes an event.
 */
@Entity
@Table(name = "audit_events")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id", updatable = false)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor_id", updatable = false)
  private Long actorId;

  @Column(name = "actor_username", nullable = false, updatable = false, length = 50)
  private String actorUsername;

  @Column(name = "actor_role", length = 20, updatable = false)
  private String actorRole;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, updatable = false, length = 30)
  private AuditAction action;

  @Column(name = "target_type", nullable = false, updatable = false, length = 40)
  private String targetType;

  @Column(name = "target_id", updatable = false, length = 64)
  private String targetId;

  protected AuditEvent() {}

  public AuditEvent(
      Instant occurredAt, Actor actor, AuditAction action, String targetType, String targetId) {
    this.occurredAt = Objects.requireNonNull(occurredAt);
    this.actorId = actor.id();
    this.actorUsername = actor.username();
    this.actorRole = actor.role() == null ? null : actor.role().name();
    this.action = Objects.requireNonNull(action);
    this.targetType = Objects.requireNonNull(targetType);
    this.targetId = targetId;
  }

  /** Who acted: a user, or PackNum itself (id and role null) for scheduled and startup work. */
  public record Actor(Long id, String username, Role role) {
    public static final Actor SYSTEM = new Actor(null, "system", null);
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public Long actorId() {
    return actorId;
  }

  public String actorUsername() {
    return actorUsername;
  }

  public String actorRole() {
    return actorRole;
  }

  public AuditAction action() {
    return action;
  }

  public String targetType() {
    return targetType;
  }

  public String targetId() {
    return targetId;
  }
}
