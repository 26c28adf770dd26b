package fr.packnum.support.control;

import fr.packnum.platform.control.ProblemException;

/** No session with this id the caller reaches (another team's is "not found"). */
public class SessionNotFound extends ProblemException {

  public SessionNotFound() {
    super(404, "session-not-found");
  }
}
