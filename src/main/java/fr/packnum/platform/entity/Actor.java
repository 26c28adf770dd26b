package fr.packnum.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Optional;

/**
 * Who did something that a history keeps: the user's id ({@code null} for PackNum itself) and the
 * name people read there, as it was at the time of the act, so that renaming an account later
 * rewrites no history. Every history table stores it the same way, {@code actor_id BIGINT} and
 * {@code actor_name VARCHAR(100)}; a table whose columns were named before (a technician's
 * signature) maps them with {@code @AttributeOverride}.
 */
@Embeddable
public class Actor {

  public static final int NAME_LENGTH = 100;

  /** Scheduled and start-up work: retention, anonymisation, expiries. */
  public static final Actor SYSTEM = new Actor(null, "PackNum");

  @Column(name = "actor_id", updatable = false)
  private Long id;

  @Column(name = "actor_name", nullable = false, updatable = false, length = NAME_LENGTH)
  private String name;

  protected Actor() {}

  /**
   * The name is required, trimmed, and cut to {@value #NAME_LENGTH} characters with an ellipsis.
   */
  public Actor(Long id, String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("An actor has a name");
    }
    this.id = id;
    this.name = Notes.cut(name.strip(), NAME_LENGTH);
  }

  /** The user's id; empty for PackNum itself. */
  public Optional<Long> id() {
    return Optional.ofNullable(id);
  }

  public String name() {
    return name;
  }

  public boolean isSystem() {
    return id == null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Actor actor
        && Objects.equals(id, actor.id)
        && Objects.equals(name, actor.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name);
  }

  @Override
  public String toString() {
    return "Actor[" + id + "]";
  }
}
