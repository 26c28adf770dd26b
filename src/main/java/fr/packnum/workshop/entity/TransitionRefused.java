package fr.packnum.workshop.entity;

import fr.packnum.platform.control.ProblemException;

/** A status change the lifecycle does not allow from the device's current status. */
public class TransitionRefused extends ProblemException {

  public TransitionRefused(DeviceStatus from, DeviceStatus to) {
    super(409, "transition-refused", from.name(), to.name());
  }
}
