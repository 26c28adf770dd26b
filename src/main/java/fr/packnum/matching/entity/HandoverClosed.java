package fr.packnum.matching.entity;

import fr.packnum.platform.control.ProblemException;

/** The hand-over is no longer booked: it was done, refused or missed. */
public class HandoverClosed extends ProblemException {

  public HandoverClosed(HandoverStatus status) {
    super(409, "handover-closed", status.name());
  }
}
