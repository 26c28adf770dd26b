package fr.packnum.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A failed sign-in (wrong password or second-factor code) on a username, kept in the database so
 * the throttle holds across instances, restarts and attempts spread over time.
 */
@Entity
@Table(name = "login_failures")
public class LoginFailure {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "username", nullable = false, updatable = false, length = 50)
  private String username;

  @Column(name = "failed_at", nullable = false, updatable = false)
  private Instant failedAt;

  protected LoginFailure() {}

  public LoginFailure(String username, Instant failedAt) {
    this.username = Objects.requireNonNull(username);
    this.failedAt = Objects.requireNonNull(failedAt);
  }
}
