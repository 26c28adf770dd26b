package fr.packnum.matching.control;

import fr.packnum.platform.control.ProblemException;

/** No hand-over with this id that the caller may see. */
public class HandoverNotFound extends ProblemException {

  public HandoverNotFound() {
    super(404, "handover-not-found");
  }
}
