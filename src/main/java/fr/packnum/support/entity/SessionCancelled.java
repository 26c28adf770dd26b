package fr.packnum.support.entity;

import fr.packnum.platform.control.ProblemException;

/** The session was cancelled: nobody is booked in it any more. */
public class SessionCancelled extends ProblemException {

  public SessionCancelled() {
    super(409, "session-cancelled");
  }
}
