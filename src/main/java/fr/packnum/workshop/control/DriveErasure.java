package fr.packnum.workshop.control;

import java.time.LocalDate;

/**
 * How one storage drive was erased, as printed on an erasure certificate. Text fields may be {@code
 * null} (printed as a dash); the workshop's records guarantee what is required.
 *
 * @param kind the storage kind, a {@link fr.packnum.workshop.entity.StorageKind} name or free text
 * @param standard e.g. "NIST SP 800-88 Purge"
 */
public record DriveErasure(
    String driveSerial,
    String kind,
    Integer sizeGb,
    String method,
    String standard,
    String tool,
    int passes,
    boolean verified,
    String result,
    LocalDate date,
    String technician) {

  public DriveErasure {
    if (passes < 0) {
      throw new IllegalArgumentException("The number of passes cannot be negative: " + passes);
    }
  }
}
