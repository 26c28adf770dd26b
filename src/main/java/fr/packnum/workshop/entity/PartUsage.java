package fr.packnum.workshop.entity;

import fr.packnum.platform.entity.Actor;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A part fitted during repair: new, or harvested from another device (then linked). */
@Entity
@Table(name = "part_usages")
public class PartUsage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "device_id", nullable = false, updatable = false)
  private Device device;

  @Column(name = "description", nullable = false, updatable = false, length = 200)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false, updatable = false, length = 20)
  private PartSource source;

  @ManyToOne
  @JoinColumn(name = "harvested_from_id", updatable = false)
  private Device harvestedFrom;

  /** The technician who signed this step; the columns were named before {@link Actor} was. */
  @Embedded
  @AttributeOverride(name = "id", column = @Column(name = "technician_id", updatable = false))
  @AttributeOverride(
      name = "name",
      column =
          @Column(
              name = "technician_name",
              nullable = false,
              updatable = false,
              length = Actor.NAME_LENGTH))
  private Actor technician;

  @Column(name = "used_at", nullable = false, updatable = false)
  private Instant usedAt;

  protected PartUsage() {}

  PartUsage(Device device, String description, Device harvestedFrom, Actor technician, Instant at) {
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("Describe the part");
    }
    this.device = device;
    this.description = description.strip();
    this.source = harvestedFrom == null ? PartSource.NEW : PartSource.HARVESTED;
    this.harvestedFrom = harvestedFrom;
    this.technician = technician;
    this.usedAt = at;
  }

  public String description() {
    return description;
  }

  public PartSource source() {
    return source;
  }

  public Optional<Device> harvestedFrom() {
    return Optional.ofNullable(harvestedFrom);
  }

  public Actor technician() {
    return technician;
  }

  public Instant usedAt() {
    return usedAt;
  }
}
