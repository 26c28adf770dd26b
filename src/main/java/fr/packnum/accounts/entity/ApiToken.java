package fr.packnum.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A bearer token with which a partner or a script calls the API as one user. Only its SHA-256 hash
 * is stored (the token itself is shown once, at creation); it expires and can be revoked.
 */
@Entity
@Table(name = "api_tokens")
public class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "user_id", nullable = false, updatable = false)
  private User user;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "token_hash", nullable = false, unique = true, updatable = false, length = 64)
  private String tokenHash;

  /** The first characters of the token, so people can tell their tokens apart. */
  @Column(name = "token_prefix", nullable = false, updatable = false, length = 12)
  private String prefix;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ApiToken() {}

  public ApiToken(
      User user,
      String name,
      String tokenHash,
      String prefix,
      Instant createdAt,
      Instant expiresAt) {
    if (!user.role().mayHoldApiToken()) {
      throw new IllegalArgumentException("No API token for this role");
    }
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("A token must expire after it is created");
    }
    this.user = user;
    this.name = Objects.requireNonNull(name).strip();
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.prefix = Objects.requireNonNull(prefix);
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /** Whether the token opens the API at {@code now}: not revoked, not expired, its user active. */
  public boolean isValidAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt) && user.maySignIn();
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  /** Last use is written at most this often, not at every call: one UPDATE a minute per token. */
  public static final java.time.Duration LAST_USE_PRECISION = java.time.Duration.ofMinutes(1);

  /**
   * Whether a use at {@code now} should be written: only when the last one recorded is more than
   * {@link #LAST_USE_PRECISION} old, so that a script calling many times a second does not write
   * the row at every call. The write itself is {@code ApiTokenStore.noteUse}, a conditional update
   * that leaves the version alone: concurrent calls with one token never conflict.
   */
  public boolean useDueAt(Instant now) {
    return lastUsedAt == null || lastUsedAt.plus(LAST_USE_PRECISION).isBefore(now);
  }

  public Long id() {
    return id;
  }

  public User user() {
    return user;
  }

  public String name() {
    return name;
  }

  public String prefix() {
    return prefix;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public Optional<Instant> lastUsedAt() {
    return Optional.ofNullable(lastUsedAt);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiToken t && tokenHash != null && tokenHash.equals(t.tokenHash);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(tokenHash);
  }
}
