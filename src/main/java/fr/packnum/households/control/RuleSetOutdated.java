package fr.packnum.households.control;

import fr.packnum.platform.control.ProblemException;

/** The rules were changed since the coordinator read them: reload and edit the current version. */
public class RuleSetOutdated extends ProblemException {

  public RuleSetOutdated() {
    super(409, "rule-set-outdated");
  }
}
