package fr.packnum.workshop.control;

import fr.packnum.platform.control.ProblemException;

/** No donor with this id. */
public class DonorNotFound extends ProblemException {

  public DonorNotFound() {
    super(404, "donor-not-found");
  }
}
