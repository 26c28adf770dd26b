package fr.packnum.workshop.control;

import fr.packnum.platform.control.ProblemException;

/** No device with this id or asset tag. */
public class DeviceNotFound extends ProblemException {

  public DeviceNotFound() {
    super(404, "device-not-found");
  }
}
