package fr.packnum.households.entity;

import fr.packnum.platform.control.ProblemException;

/** The request's status does not allow this step (e.g. deciding a draft, editing a sent one). */
public class RequestTransitionRefused extends ProblemException {

  public RequestTransitionRefused(RequestStatus status) {
    super(409, "request-transition-refused", status.name());
  }
}
