package fr.packnum.support.control;

import fr.packnum.platform.control.ProblemException;

public class PlaceNotFound extends ProblemException {

  public PlaceNotFound() {
    super(404, "support-place-not-found");
  }
}
