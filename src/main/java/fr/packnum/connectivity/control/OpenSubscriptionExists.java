package fr.packnum.connectivity.control;

import fr.packnum.platform.control.ProblemException;

/** The pack request already has a REQUESTED or ACTIVE line: end or refuse it first. */
public class OpenSubscriptionExists extends ProblemException {

  public OpenSubscriptionExists() {
    super(409, "subscription-open-exists");
  }
}
