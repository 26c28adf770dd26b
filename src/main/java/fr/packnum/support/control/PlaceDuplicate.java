package fr.packnum.support.control;

import fr.packnum.platform.control.ProblemException;

/** A place entered by hand takes an identifier another place already has (409). */
public class PlaceDuplicate extends ProblemException {

  public PlaceDuplicate(String standardId) {
    super(409, "support-place-duplicate", standardId);
  }
}
