package fr.packnum.connectivity.control;

import fr.packnum.platform.control.ProblemException;

/** No offer with this id. */
public class OfferNotFound extends ProblemException {

  public OfferNotFound() {
    super(404, "offer-not-found");
  }
}
