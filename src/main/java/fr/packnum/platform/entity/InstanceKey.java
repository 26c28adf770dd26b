package fr.packnum.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A secret PackNum generated for itself because none was configured (see IdentityKeys). */
@Entity
@Table(name = "instance_keys")
public class InstanceKey {

  @Id
  @Column(name = "name", length = 40)
  private String name;

  @Column(name = "secret", nullable = false, updatable = false, length = 100)
  private String secret;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected InstanceKey() {}

  public InstanceKey(String name, String secret, Instant createdAt) {
    this.name = name;
    this.secret = secret;
    this.createdAt = createdAt;
  }

  public String secret() {
    return secret;
  }
}
