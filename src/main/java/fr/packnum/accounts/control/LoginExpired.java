package fr.packnum.accounts.control;

import fr.packnum.platform.control.ProblemException;

/** No sign-in is waiting for a second factor, or it waited too long. */
public class LoginExpired extends ProblemException {

  public LoginExpired() {
    super(401, "login-expired");
  }
}
