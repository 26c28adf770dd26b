package fr.packnum.workshop.control;

import fr.packnum.platform.control.ProblemException;

/** No drive of these devices has a verified erasure yet. */
public class NothingToCertify extends ProblemException {

  public NothingToCertify() {
    super(409, "nothing-to-certify");
  }
}
