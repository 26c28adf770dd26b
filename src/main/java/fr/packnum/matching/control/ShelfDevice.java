package fr.packnum.matching.control;

import fr.packnum.workshop.entity.DeviceStatus;
import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.Grade;
import fr.packnum.workshop.entity.KeyboardLayout;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A device as the matching engine sees it. A {@code null} spec means "not recorded by the
 * workshop"; an unrecorded spec never satisfies a required feature.
 */
public record ShelfDevice(
    long deviceId,
    String assetTag,
    DeviceType type,
    DeviceStatus status,
    boolean partsDonor,
    Grade grade,
    Integer ramGb,
    BigDecimal screenInches,
    Integer batteryHealth,
    Boolean webcam,
    KeyboardLayout keyboardLayout,
    Integer weightGrams) {

  public ShelfDevice {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
  }

  /**
   * Whether the device may be proposed at all: READY (erased, tested, graded) and not kept by the
   * workshop as a parts donor ("donneur d'organes").
   */
  public boolean available() {
    return status == DeviceStatus.READY && !partsDonor;
  }
}
