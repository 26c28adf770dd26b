package fr.packnum.households.entity;

import fr.packnum.platform.control.ProblemException;

/** No consent record: the household was not informed, so nothing may be requested for it. */
public class ConsentMissing extends ProblemException {

  public ConsentMissing() {
    super(409, "consent-missing");
  }
}
