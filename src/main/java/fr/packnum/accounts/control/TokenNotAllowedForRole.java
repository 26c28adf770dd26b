package fr.packnum.accounts.control;

import fr.packnum.platform.control.ProblemException;

/** No API token can be issued for this role. */
public class TokenNotAllowedForRole extends ProblemException {

  public TokenNotAllowedForRole() {
    super(409, "token-not-allowed");
  }
}
