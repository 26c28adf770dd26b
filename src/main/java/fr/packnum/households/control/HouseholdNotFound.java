package fr.packnum.households.control;

import fr.packnum.platform.control.ProblemException;

/**
 * No household with this id that the caller may see (another structure's household is "not found").
 */
public class HouseholdNotFound extends ProblemException {

  public HouseholdNotFound() {
    super(404, "household-not-found");
  }
}
