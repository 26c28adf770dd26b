package fr.packnum.workshop.entity;

import fr.packnum.platform.control.ProblemException;

/** This drive is already recorded in the device. */
public class DriveAlreadyRecorded extends ProblemException {

  public DriveAlreadyRecorded() {
    super(409, "drive-already-recorded");
  }
}
