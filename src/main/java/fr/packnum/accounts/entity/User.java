package fr.packnum.accounts.entity;

import fr.packnum.platform.entity.FlagConverter;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who signs in to PackNum, with one role, attached to one structure. The password is kept
 * only as a PBKDF2 hash; the optional TOTP secret is the second factor.
 */
@Entity
@Table(name = "users")
public class User {

  public static final String USERNAME_PATTERN = "^[a-z0-9][a-z0-9._-]{2,49}$";
  private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "username", nullable = false, updatable = false, unique = true, length = 50)
  private String username;

  @Column(name = "display_name", nullable = false, length = 100)
  private String displayName;

  @Column(name = "email", length = 254)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private Role role;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "structure_id", nullable = false)
  private Structure structure;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  /**
   * Raised whenever the credentials change or the account is deactivated; sessions remember the
   * value they started with, so older sessions end.
   */
  @Column(name = "credentials_version", nullable = false)
  private int credentialsVersion;

  @Column(name = "totp_secret", length = 64)
  private String totpSecret;

  @Convert(converter = FlagConverter.class)
  @Column(name = "totp_enabled", nullable = false)
  private boolean totpEnabled;

  /** The last TOTP time step accepted: a code is accepted once, and never an older one. */
  @Column(name = "totp_last_step", nullable = false)
  private long totpLastStep;

  @Convert(converter = FlagConverter.class)
  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected User() {}

  public User(
      String username,
      String displayName,
      String email,
      Role role,
      Structure structure,
      String passwordHash,
      Instant createdAt) {
    this.username = normalise(username);
    if (!USERNAME.matcher(this.username).matches()) {
      throw new IllegalArgumentException("Invalid username");
    }
    describe(displayName, email, role, structure);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.totpLastStep = -1;
    this.active = true;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** Usernames are compared without case and surrounding spaces. */
  public static String normalise(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  public final void describe(String displayName, String email, Role role, Structure structure) {
    if (displayName == null || displayName.isBlank()) {
      throw new IllegalArgumentException("A user needs a display name");
    }
    this.displayName = displayName.strip();
    this.email = email == null || email.isBlank() ? null : email.strip();
    if (role == Role.SOCIAL_WORKER && !structure.kind().refersHouseholds()) {
      throw new StructureDoesNotReferHouseholds("structureId");
    }
    this.role = Objects.requireNonNull(role);
    this.structure = Objects.requireNonNull(structure);
  }

  /** Whether this account may sign in now: itself and its structure active. */
  public boolean maySignIn() {
    return active && structure.isActive();
  }

  public void changePassword(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash);
    this.credentialsVersion++;
  }

  public void deactivate() {
    this.active = false;
    this.credentialsVersion++;
  }

  public void activate() {
    this.active = true;
  }

  /** Whether sign-in asks for a TOTP code; an administrator without one must enrol first. */
  public boolean needsSecondFactor() {
    return totpEnabled || role.requiresSecondFactor();
  }

  /** Turns the second factor on with a secret the user proved to hold at {@code step}. */
  public void enableTotp(String secret, long step) {
    this.totpSecret = Objects.requireNonNull(secret);
    this.totpEnabled = true;
    this.totpLastStep = step;
    this.credentialsVersion++;
  }

  /** Only users whose role does not require it may turn the second factor off. */
  /** What the user may do with their own account next. */
  public enum Action {
    /** Set up a second factor (TOTP). */
    ENABLE_TOTP,
    /** Turn the second factor off: never for a role that requires it. */
    DISABLE_TOTP
  }

  /** What the user may do with their own account in its current state. */
  public Set<Action> actions() {
    Set<Action> actions = EnumSet.noneOf(Action.class);
    if (!totpEnabled) {
      actions.add(Action.ENABLE_TOTP);
    }
    if (mayDisableTotp()) {
      actions.add(Action.DISABLE_TOTP);
    }
    return actions;
  }

  public boolean mayDisableTotp() {
    return totpEnabled && !role.requiresSecondFactor();
  }

  public void disableTotp() {
    if (role.requiresSecondFactor()) {
      throw new IllegalStateException("This role requires a second factor");
    }
    this.totpSecret = null;
    this.totpEnabled = false;
    this.totpLastStep = -1;
    this.credentialsVersion++;
  }

  /** An administrator's reset: the user enrols again at next sign-in. */
  public void resetTotp() {
    this.totpSecret = null;
    this.totpEnabled = false;
    this.totpLastStep = -1;
    this.credentialsVersion++;
  }

  /**
   * Records that the code of {@code step} was used. Refuses a step not after the last accepted one,
   * so a code (or an older one) cannot be replayed; {@code @Version} settles two requests
   * presenting the same code at once.
   */
  public boolean acceptTotpStep(long step) {
    if (step <= totpLastStep) {
      return false;
    }
    this.totpLastStep = step;
    return true;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Role role() {
    return role;
  }

  public Structure structure() {
    return structure;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public int credentialsVersion() {
    return credentialsVersion;
  }

  public Optional<String> totpSecret() {
    return Optional.ofNullable(totpSecret);
  }

  public boolean isTotpEnabled() {
    return totpEnabled;
  }

  public long totpLastStep() {
    return totpLastStep;
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
    return other instanceof User u && username != null && username.equals(u.username);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(username);
  }
}
