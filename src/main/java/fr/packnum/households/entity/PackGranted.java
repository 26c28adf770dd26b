package fr.packnum.households.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * That a pack was granted, on which date, to the household with this identity hash — and nothing
 * else: no structure, no name. It answers "already equipped on <date>" across structures and is
 * kept for the repeat period even after the household is anonymised.
 */
@Entity
@Table(name = "packs_granted")
public class PackGranted {

  @Id
  @Column(name = "request_id")
  private Long requestId;

  @Column(name = "identity_hash", nullable = false, updatable = false, length = 64)
  private String identityHash;

  @Column(name = "granted_on", nullable = false, updatable = false)
  private LocalDate grantedOn;

  protected PackGranted() {}

  public PackGranted(long requestId, String identityHash, LocalDate grantedOn) {
    this.requestId = requestId;
    this.identityHash = identityHash;
    this.grantedOn = grantedOn;
  }

  public LocalDate grantedOn() {
    return grantedOn;
  }
}
