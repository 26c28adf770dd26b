package fr.packnum.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;

/**
 * A creating POST made with an {@code Idempotency-Key}: claimed before the work starts (the unique
 * key makes a concurrent duplicate fail), completed with the answer to replay.
 */
@Entity
@Table(
    name = "idempotency_keys",
    uniqueConstraints = @UniqueConstraint(columnNames = {"caller", "idempotency_key"}))
public class IdempotencyRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "caller", nullable = false, updatable = false, length = 100)
  private String caller;

  @Column(name = "idempotency_key", nullable = false, updatable = false, length = 200)
  private String key;

  @Column(name = "request_hash", nullable = false, updatable = false, length = 64)
  private String requestHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "response_status")
  private Integer responseStatus;

  @Column(name = "response_location", length = 1000)
  private String responseLocation;

  @Column(name = "response_body", length = 32000)
  private String responseBody;

  protected IdempotencyRecord() {}

  public IdempotencyRecord(String caller, String key, String requestHash, Instant createdAt) {
    this.caller = Objects.requireNonNull(caller);
    this.key = Objects.requireNonNull(key);
    this.requestHash = Objects.requireNonNull(requestHash);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public void complete(int status, String location, String body) {
    this.responseStatus = status;
    this.responseLocation = location;
    this.responseBody = body;
  }

  public boolean isCompleted() {
    return responseStatus != null;
  }

  public boolean sameRequest(String hash) {
    return requestHash.equals(hash);
  }

  public Long id() {
    return id;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public int responseStatus() {
    return responseStatus;
  }

  public String responseLocation() {
    return responseLocation;
  }

  public String responseBody() {
    return responseBody;
  }
}
