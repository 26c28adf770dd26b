package fr.packnum.workshop.entity;

import fr.packnum.platform.entity.Actor;
import fr.packnum.platform.entity.FlagConverter;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.LocalDate;
import java.util.Objects;

/**
 * The erasure of one drive: method, standard, tool, passes, verification, result, date, technician.
 */
@Entity
@Table(name = "erasure_records")
public class ErasureRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "drive_id", nullable = false, updatable = false)
  private StorageDrive drive;

  @Enumerated(EnumType.STRING)
  @Column(name = "method", nullable = false, updatable = false, length = 30)
  private ErasureMethod method;

  @Enumerated(EnumType.STRING)
  @Column(name = "standard", nullable = false, updatable = false, length = 30)
  private ErasureStandard standard;

  @Column(name = "tool", nullable = false, updatable = false, length = 100)
  private String tool;

  @Column(name = "passes", nullable = false, updatable = false)
  private int passes;

  @Convert(converter = FlagConverter.class)
  @Column(name = "verified", nullable = false, updatable = false)
  private boolean verified;

  @Enumerated(EnumType.STRING)
  @Column(name = "result", nullable = false, updatable = false, length = 10)
  private ErasureResult result;

  @Column(name = "performed_on", nullable = false, updatable = false)
  private LocalDate performedOn;

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

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected ErasureRecord() {}

  /** What the technician reports of one erasure run. */
  public record Details(
      ErasureMethod method,
      ErasureStandard standard,
      String tool,
      int passes,
      boolean verified,
      ErasureResult result,
      LocalDate performedOn) {

    public Details {
      Objects.requireNonNull(method);
      Objects.requireNonNull(standard);
      Objects.requireNonNull(result);
      Objects.requireNonNull(performedOn);
      if (tool == null || tool.isBlank()) {
        throw new IllegalArgumentException("The erasure tool is required");
      }
      if (passes < 1) {
        throw new IllegalArgumentException("At least one pass");
      }
    }
  }

  ErasureRecord(StorageDrive drive, Details details, Actor technician, Instant recordedAt) {
    this.drive = drive;
    this.method = details.method();
    this.standard = details.standard();
    this.tool = details.tool().strip();
    this.passes = details.passes();
    this.verified = details.verified();
    this.result = details.result();
    this.performedOn = details.performedOn();
    this.technician = technician;
    this.recordedAt = recordedAt;
  }

  /** Whether this record proves the drive's data is gone: a verified, successful erasure. */
  public boolean proves() {
    return verified && result == ErasureResult.SUCCESS;
  }

  public Details details() {
    return new Details(method, standard, tool, passes, verified, result, performedOn);
  }

  public StorageDrive drive() {
    return drive;
  }

  public Actor technician() {
    return technician;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
