package fr.packnum.matching.entity;

/** Where a hand-over appointment stands. */
public enum HandoverStatus {
  /** Booked: the household is expected with the support person at the place and time. */
  BOOKED,
  /** The device is in the household's hands, signed for. */
  DONE,
  /** The household refused the device at the counter; the reservation was released. */
  REFUSED,
  /** The household did not come often enough; the reservation was released. */
  MISSED,
  /** The coordination released the reservation before the appointment. */
  CANCELLED;

  public boolean isOpen() {
    return this == BOOKED;
  }
}
