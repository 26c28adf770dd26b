package fr.packnum.workshop.entity;

import fr.packnum.platform.control.ProblemException;

/** Matching asked for a device that is no longer on the READY shelf (or only gives parts). */
public class DeviceNotAvailable extends ProblemException {

  public DeviceNotAvailable(String assetTag, DeviceStatus status) {
    super(409, "device-not-available", assetTag, status.name());
  }
}
