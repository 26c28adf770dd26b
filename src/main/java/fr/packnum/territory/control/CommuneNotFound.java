package fr.packnum.territory.control;

import fr.packnum.platform.control.ProblemException;

/** No current commune has the INSEE code asked for in the address. */
public class CommuneNotFound extends ProblemException {

  public CommuneNotFound(String code) {
    super(404, "commune-not-found", code);
  }
}
