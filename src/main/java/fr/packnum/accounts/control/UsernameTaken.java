package fr.packnum.accounts.control;

import fr.packnum.platform.control.ProblemException;

/** The username is already used. */
public class UsernameTaken extends ProblemException {

  public UsernameTaken() {
    super(409, "username-taken");
  }
}
