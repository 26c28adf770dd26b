package fr.packnum.accounts.control;

import fr.packnum.platform.control.ProblemException;

/** This operation needs a browser session, not an API token. */
public class SessionRequired extends ProblemException {

  public SessionRequired() {
    super(409, "session-required");
  }
}
