package fr.packnum.workshop.control;

import java.util.List;

/**
 * A device on a certificate: its drives' erasures, or the reason it has no storage.
 *
 * @param type a {@link fr.packnum.workshop.entity.DeviceType} name (printed in the document's
 *     language) or free text
 */
public record DeviceErasure(
    String assetTag,
    String type,
    String brandModel,
    String deviceSerial,
    List<DriveErasure> drives,
    String noStorageReason) {

  public DeviceErasure {
    drives = drives == null ? List.of() : List.copyOf(drives);
    // A certificate never lists a device as if it were erased without saying why nothing was.
    if (drives.isEmpty() && (noStorageReason == null || noStorageReason.isBlank())) {
      throw new IllegalArgumentException(
          "A device without erased drives needs the reason it has no storage: " + assetTag);
    }
  }

  boolean hasNoStorage() {
    return drives.isEmpty();
  }
}
