package fr.packnum.support.entity;

import fr.packnum.platform.control.ProblemException;

/** The support plan is closed: nothing more is scheduled or logged in it. */
public class PlanClosed extends ProblemException {

  public PlanClosed() {
    super(409, "plan-closed");
  }
}
