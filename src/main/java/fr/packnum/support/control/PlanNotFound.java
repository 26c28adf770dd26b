package fr.packnum.support.control;

import fr.packnum.platform.control.ProblemException;

/** No support plan with this id the caller reaches (another team's is "not found"). */
public class PlanNotFound extends ProblemException {

  public PlanNotFound() {
    super(404, "plan-not-found");
  }
}
