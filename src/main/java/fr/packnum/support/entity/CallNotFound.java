package fr.packnum.support.entity;

import fr.packnum.platform.control.ProblemException;

/** The plan has no call with this id. */
public class CallNotFound extends ProblemException {

  public CallNotFound() {
    super(404, "call-not-found");
  }
}
