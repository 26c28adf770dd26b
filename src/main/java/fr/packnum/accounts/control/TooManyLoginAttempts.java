package fr.packnum.accounts.control;

import fr.packnum.platform.control.ProblemException;

/** Too many failed sign-ins on this account. */
public class TooManyLoginAttempts extends ProblemException {

  public TooManyLoginAttempts() {
    super(429, "login-throttled");
  }
}
