package fr.packnum.matching.control;

import fr.packnum.platform.control.ProblemException;

/** A return receipt exists once the device of the hand-over has come back. */
public class NoReturnYet extends ProblemException {

  public NoReturnYet() {
    super(404, "no-return-yet");
  }
}
