package fr.packnum.accounts.control;

import fr.packnum.platform.control.ProblemException;

/** Wrong username or password, or the account is inactive. */
public class LoginFailed extends ProblemException {

  public LoginFailed() {
    super(401, "login-failed");
  }
}
