package fr.packnum.reporting.control;

import fr.packnum.platform.control.ProblemException;

/** No impact factor for this device type (an unknown type is not found either). */
public class ImpactFactorNotFound extends ProblemException {

  public ImpactFactorNotFound() {
    super(404, "impact-factor-not-found");
  }
}
