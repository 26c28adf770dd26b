package fr.packnum.support.control;

import fr.packnum.platform.control.ProblemException;

/** The session has no booking with this id. */
public class BookingNotFound extends ProblemException {

  public BookingNotFound() {
    super(404, "booking-not-found");
  }
}
