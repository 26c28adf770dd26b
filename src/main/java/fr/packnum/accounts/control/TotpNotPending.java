package fr.packnum.accounts.control;

import fr.packnum.platform.control.ProblemException;

/** No second-factor enrolment is waiting for confirmation. */
public class TotpNotPending extends ProblemException {

  public TotpNotPending() {
    super(409, "totp-not-pending");
  }
}
