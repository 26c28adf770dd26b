package fr.packnum.support.control;

import fr.packnum.platform.control.ProblemException;

/** The person named is not an active support person of the plan's or session's team (422). */
public class NotInTheTeam extends ProblemException {

  public NotInTheTeam() {
    super(422, "not-in-the-team");
  }
}
