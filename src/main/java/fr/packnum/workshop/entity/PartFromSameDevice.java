package fr.packnum.workshop.entity;

import fr.packnum.platform.control.ProblemException;

/** A device cannot give a part to itself. */
public class PartFromSameDevice extends ProblemException {

  public PartFromSameDevice() {
    super(409, "part-from-same-device");
  }
}
