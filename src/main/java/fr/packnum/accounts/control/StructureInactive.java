package fr.packnum.accounts.control;

import fr.packnum.platform.control.ProblemException;

/** The structure is deactivated. */
public class StructureInactive extends ProblemException {

  public StructureInactive() {
    super(409, "structure-inactive");
  }
}
