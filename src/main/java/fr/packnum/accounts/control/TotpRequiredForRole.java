package fr.packnum.accounts.control;

import fr.packnum.platform.control.ProblemException;

/** The role of the account requires a second factor. */
public class TotpRequiredForRole extends ProblemException {

  public TotpRequiredForRole() {
    super(409, "totp-required-for-role");
  }
}
