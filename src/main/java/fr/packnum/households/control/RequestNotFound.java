package fr.packnum.households.control;

import fr.packnum.platform.control.ProblemException;

/** No pack request with this id that the caller may see. */
public class RequestNotFound extends ProblemException {

  public RequestNotFound() {
    super(404, "request-not-found");
  }
}
