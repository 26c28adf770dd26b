package fr.packnum.households.entity;

import fr.packnum.platform.control.ProblemException;

/** The household was anonymised: nothing can be added to it any more. */
public class HouseholdAnonymised extends ProblemException {

  public HouseholdAnonymised() {
    super(409, "household-anonymised");
  }
}
