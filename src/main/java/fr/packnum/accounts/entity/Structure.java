package fr.packnum.accounts.entity;

import fr.packnum.platform.entity.FlagConverter;
import fr.packnum.territory.entity.InseeCode;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A partner organisation. Every user belongs to one, and it is the unit of data isolation: a social
 * worker sees the households of their own structure only.
 */
@Entity
@Table(name = "structures")
public class Structure {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "name", nullable = false, length = 150)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 40)
  private StructureKind kind;

  @Column(name = "insee_code", length = 5)
  private String inseeCode;

  @Column(name = "contact_email", length = 254)
  private String contactEmail;

  /** Its own cap on open pack requests; empty: the configured default. */
  @Column(name = "max_open_requests")
  private Integer maxOpenRequests;

  @Convert(converter = FlagConverter.class)
  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Structure() {}

  public Structure(
      String name, StructureKind kind, InseeCode commune, String contactEmail, Instant createdAt) {
    describe(name, kind, commune, contactEmail);
    this.active = true;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** Changes what the structure is; its identity, users and records stay. */
  public final void describe(
      String name, StructureKind kind, InseeCode commune, String contactEmail) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A structure needs a name");
    }
    this.name = name.strip();
    this.kind = Objects.requireNonNull(kind);
    this.inseeCode = commune == null ? null : commune.value();
    this.contactEmail =
        contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip();
  }

  /** Sets the structure's own cap on open pack requests ({@code null}: the configured default). */
  public void capOpenRequests(Integer max) {
    if (max != null && max < 0) {
      throw new IllegalArgumentException("A cap cannot be negative");
    }
    this.maxOpenRequests = max;
  }

  public Optional<Integer> maxOpenRequests() {
    return Optional.ofNullable(maxOpenRequests);
  }

  /** A deactivated structure keeps its history; its users can no longer sign in. */
  public void deactivate() {
    this.active = false;
  }

  public void activate() {
    this.active = true;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public StructureKind kind() {
    return kind;
  }

  public Optional<InseeCode> commune() {
    return Optional.ofNullable(inseeCode).map(InseeCode::new);
  }

  public Optional<String> contactEmail() {
    return Optional.ofNullable(contactEmail);
  }

  public boolean isActive() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Structure s && id != null && id.equals(s.id);
  }

  @Override
  public int hashCode() {
    return Structure.class.hashCode();
  }
}
