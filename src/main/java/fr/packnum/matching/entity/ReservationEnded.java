package fr.packnum.matching.entity;

import fr.packnum.platform.control.ProblemException;

/** A reservation that has ended cannot end again or be handed over. */
public class ReservationEnded extends ProblemException {

  public ReservationEnded(ReservationStatus status) {
    super(409, "reservation-ended", status.name());
  }
}
