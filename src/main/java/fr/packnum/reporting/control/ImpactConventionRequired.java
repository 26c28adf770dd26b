package fr.packnum.reporting.control;

import fr.packnum.platform.control.ProblemException;

/** A partner reads the impact of one of its conventions, never of every pack (403). */
public class ImpactConventionRequired extends ProblemException {

  public ImpactConventionRequired() {
    super(403, "impact-convention-required");
  }
}
