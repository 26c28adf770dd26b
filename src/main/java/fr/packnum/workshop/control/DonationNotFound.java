package fr.packnum.workshop.control;

import fr.packnum.platform.control.ProblemException;

/** No donation with this id. */
public class DonationNotFound extends ProblemException {

  public DonationNotFound() {
    super(404, "donation-not-found");
  }
}
