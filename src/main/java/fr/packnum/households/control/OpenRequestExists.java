package fr.packnum.households.control;

import fr.packnum.platform.control.ProblemException;

/** The household already has an open pack request: one at a time. */
public class OpenRequestExists extends ProblemException {

  public OpenRequestExists() {
    super(409, "open-request-exists");
  }
}
