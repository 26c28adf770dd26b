package fr.packnum.workshop.entity;

import fr.packnum.platform.control.ProblemException;

/** A workshop step on a device that is not in diagnosis or refurbishment. */
public class NotOnTheBench extends ProblemException {

  public NotOnTheBench(DeviceStatus status) {
    super(409, "not-on-the-bench", status.name());
  }
}
