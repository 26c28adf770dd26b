package fr.packnum.workshop.control;

import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.KeyboardLayout;
import fr.packnum.workshop.entity.StorageKind;
import java.util.List;

/**
 * One device line of a donor's inventory, validated: {@code type} and {@code serial} are always
 * present, every other field is {@code null} when the cell was blank, {@code drives} is empty when
 * the file says nothing of storage. {@code line} is the 1-based line number in the file as the
 * donor sees it (the spreadsheet row number).
 */
public record InventoryRow(
    int line,
    DeviceType type,
    String brand,
    String model,
    String serial,
    String cpu,
    Integer ramGb,
    List<Drive> drives,
    Double screenInches,
    Integer batteryHealthPercent,
    Boolean webcam,
    KeyboardLayout keyboardLayout,
    Integer weightGrams,
    String notes) {

  /**
   * A storage drive as the inventory describes it; any part may be unknown. A drive is recorded on
   * the device only with its serial number, which erasure records and certificates name.
   */
  public record Drive(StorageKind kind, Integer sizeGb, String serial) {}

  public InventoryRow {
    drives = List.copyOf(drives);
  }

  /** Total capacity of the drives whose size is known, {@code null} if none is. */
  public Integer storageGb() {
    Integer total = null;
    for (Drive drive : drives) {
      if (drive.sizeGb() != null) {
        total = (total == null ? 0 : total) + drive.sizeGb();
      }
    }
    return total;
  }

  /** The first drive's kind, {@code null} without drives or when it is unknown. */
  public StorageKind storageKind() {
    return drives.isEmpty() ? null : drives.get(0).kind();
  }
}
