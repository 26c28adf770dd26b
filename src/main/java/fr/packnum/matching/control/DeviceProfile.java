package fr.packnum.matching.control;

import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.Grade;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * All that the matching rules read of a device: two devices with the same profile are
 * interchangeable for every request (same compatibility, same fit), which lets the engine solve on
 * a few hundred profiles instead of thousands of devices.
 */
record DeviceProfile(
    DeviceType type,
    Grade grade,
    Set<Requirement> features,
    int ramTier,
    boolean webcam,
    boolean strongBattery,
    boolean extraLargeScreen) {

  static final BigDecimal EXTRA_LARGE_SCREEN_INCHES = new BigDecimal("17");
  static final int STRONG_BATTERY_HEALTH = 90;

  static DeviceProfile of(ShelfDevice device) {
    EnumSet<Requirement> features = EnumSet.noneOf(Requirement.class);
    for (Requirement r : Requirement.values()) {
      if (r != Requirement.DEVICE_TYPE && r.offeredBy(device)) {
        features.add(r);
      }
    }
    return new DeviceProfile(
        device.type(),
        device.grade(),
        Collections.unmodifiableSet(features),
        ramTier(device.ramGb()),
        Boolean.TRUE.equals(device.webcam()),
        features.contains(Requirement.LONG_BATTERY)
            && device.batteryHealth() >= STRONG_BATTERY_HEALTH,
        features.contains(Requirement.LARGE_SCREEN)
            && device.screenInches().compareTo(EXTRA_LARGE_SCREEN_INCHES) >= 0);
  }

  /** 0 below 4 GB or unrecorded, 1 from 4 GB (office work), 2 from 8 GB (video calls, ENT). */
  static int ramTier(Integer ramGb) {
    if (ramGb == null || ramGb < 4) {
      return 0;
    }
    return ramGb < 8 ? 1 : 2;
  }
}
