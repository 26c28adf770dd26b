package fr.packnum.workshop.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a device is in its life. RESERVED, DELIVERED and RETURNED are reached through matching and
 * hand-over; the workshop moves devices between the others.
 */
public enum DeviceStatus {
  RECEIVED,
  IN_DIAGNOSIS,
  IN_REFURBISHMENT,
  READY,
  RESERVED,
  DELIVERED,
  RETURNED,
  SCRAPPED;

  /** The statuses a device may move to from this one. */
  public Set<DeviceStatus> next() {
    return switch (this) {
      case RECEIVED, RETURNED -> EnumSet.of(IN_DIAGNOSIS);
      case IN_DIAGNOSIS -> EnumSet.of(IN_REFURBISHMENT, SCRAPPED);
      case IN_REFURBISHMENT -> EnumSet.of(READY, SCRAPPED);
      case READY -> EnumSet.of(RESERVED);
      case RESERVED -> EnumSet.of(READY, DELIVERED);
      case DELIVERED -> EnumSet.of(RETURNED);
      case SCRAPPED -> EnumSet.noneOf(DeviceStatus.class);
    };
  }

  /** Whether technicians work on the device in this status (record erasures, tests, repairs). */
  public boolean onTheBench() {
    return this == IN_DIAGNOSIS || this == IN_REFURBISHMENT;
  }
}
