package fr.packnum.households.control;

import fr.packnum.platform.control.ProblemException;

/** No eligibility rule set with this version. */
public class RuleSetNotFound extends ProblemException {

  public RuleSetNotFound() {
    super(404, "rule-set-not-found");
  }
}
