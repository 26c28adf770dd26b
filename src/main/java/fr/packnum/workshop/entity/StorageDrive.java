package fr.packnum.workshop.entity;

import fr.packnum.platform.entity.Actor;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A storage drive found in a device, with its own serial and the erasures run on it. */
@Entity
@Table(name = "storage_drives")
public class StorageDrive {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "device_id", nullable = false, updatable = false)
  private Device device;

  @Column(name = "serial", nullable = false, updatable = false, length = 100)
  private String serial;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 10)
  private StorageKind kind;

  @Column(name = "size_gb", updatable = false)
  private Integer sizeGb;

  @OneToMany(mappedBy = "drive", cascade = CascadeType.PERSIST)
  @OrderBy("recordedAt")
  private List<ErasureRecord> erasures = new ArrayList<>();

  protected StorageDrive() {}

  StorageDrive(Device device, String serial, StorageKind kind, Integer sizeGb) {
    if (serial == null || serial.isBlank()) {
      throw new IllegalArgumentException("A drive needs its serial number");
    }
    this.device = device;
    this.serial = serial.strip();
    this.kind = Objects.requireNonNull(kind);
    this.sizeGb = sizeGb;
  }

  ErasureRecord recordErasure(ErasureRecord.Details details, Actor technician, Instant at) {
    ErasureRecord record = new ErasureRecord(this, details, technician, at);
    erasures.add(record);
    return record;
  }

  /** The latest erasure, which is the one that counts. */
  public Optional<ErasureRecord> lastErasure() {
    return erasures.isEmpty() ? Optional.empty() : Optional.of(erasures.get(erasures.size() - 1));
  }

  /**
   * Erased by the latest run, if that run came after the device last returned from a household: an
   * erasure from before someone used the device proves nothing about what they left on it.
   */
  public boolean isErased() {
    Instant since = device.lastReturnedAt().orElse(Instant.MIN);
    return lastErasure()
        .filter(last -> !last.recordedAt().isBefore(since))
        .map(ErasureRecord::proves)
        .orElse(false);
  }

  public List<ErasureRecord> erasures() {
    return Collections.unmodifiableList(erasures);
  }

  public Long id() {
    return id;
  }

  public Device device() {
    return device;
  }

  public String serial() {
    return serial;
  }

  public StorageKind kind() {
    return kind;
  }

  public Optional<Integer> sizeGb() {
    return Optional.ofNullable(sizeGb);
  }
}
