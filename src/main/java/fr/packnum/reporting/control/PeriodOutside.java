package fr.packnum.reporting.control;

import fr.packnum.platform.control.ProblemException;

/** The period asked for does not meet the convention's, or ends before it starts (422). */
public class PeriodOutside extends ProblemException {

  public PeriodOutside() {
    super(422, "period-outside-convention");
  }
}
