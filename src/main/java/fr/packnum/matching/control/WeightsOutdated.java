package fr.packnum.matching.control;

import fr.packnum.platform.control.ProblemException;

/** New weights were based on a version that is no longer the one in force. */
public class WeightsOutdated extends ProblemException {

  public WeightsOutdated(int current) {
    super(409, "weights-outdated", current);
  }
}
