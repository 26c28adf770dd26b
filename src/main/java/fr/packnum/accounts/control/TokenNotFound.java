package fr.packnum.accounts.control;

import fr.packnum.platform.control.ProblemException;

/** No API token with this id. */
public class TokenNotFound extends ProblemException {

  public TokenNotFound() {
    super(404, "token-not-found");
  }
}
