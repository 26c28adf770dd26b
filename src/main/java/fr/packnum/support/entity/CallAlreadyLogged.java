package fr.packnum.support.entity;

import fr.packnum.platform.control.ProblemException;

/** The call was already logged (by a colleague a moment ago, say), or cancelled. */
public class CallAlreadyLogged extends ProblemException {

  public CallAlreadyLogged() {
    super(409, "call-already-logged");
  }
}
