package fr.packnum.reporting.control;

import fr.packnum.platform.control.ProblemException;

/** No convention with this id the caller reaches (another partner's is "not found"). */
public class ConventionNotFound extends ProblemException {

  public ConventionNotFound() {
    super(404, "convention-not-found");
  }
}
