package fr.packnum.workshop.control;

import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.KeyboardLayout;
import fr.packnum.workshop.entity.StorageKind;

/**
 * One device line of a donor's inventory, validated: {@code type} and {@code serial} are always
 * present, every other field is {@code null} when the cell was blank. {@code line} is the 1-based
 * line number in the file as the donor sees it (the spreadsheet row number; the header is line 1 in
 * the usual case).
 */
public record InventoryRow(
    int line,
    DeviceType type,
    String brand,
    String model,
    String serial,
    String cpu,
    Integer ramGb,
    Integer storageGb,
    StorageKind storageKind,
    String storageSerial,
    Double screenInches,
    Integer batteryHealthPercent,
    Boolean webcam,
    KeyboardLayout keyboardLayout,
    String notes) {}
