package fr.packnum.matching.control;

import fr.packnum.platform.control.ProblemException;

/** No reservation with this id. */
public class ReservationNotFound extends ProblemException {

  public ReservationNotFound() {
    super(404, "reservation-not-found");
  }
}
