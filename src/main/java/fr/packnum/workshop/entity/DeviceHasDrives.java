package fr.packnum.workshop.entity;

import fr.packnum.platform.control.ProblemException;

/** A device with drives cannot be exempted from erasure: erase its drives. */
public class DeviceHasDrives extends ProblemException {

  public DeviceHasDrives() {
    super(409, "device-has-drives");
  }
}
