package fr.packnum.accounts.control;

import fr.packnum.platform.control.ProblemException;

/** No structure with this id. */
public class StructureNotFound extends ProblemException {

  public StructureNotFound() {
    super(404, "structure-not-found");
  }
}
