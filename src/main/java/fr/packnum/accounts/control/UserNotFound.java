package fr.packnum.accounts.control;

import fr.packnum.platform.control.ProblemException;

/** No user with this id. */
public class UserNotFound extends ProblemException {

  public UserNotFound() {
    super(404, "user-not-found");
  }
}
