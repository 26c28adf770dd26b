package fr.packnum.support.entity;

/** A household's seat in a session: BOOKED, then ATTENDED or ABSENT on the attendance sheet. */
public enum BookingStatus {
  BOOKED,
  ATTENDED,
  ABSENT,
  CANCELLED;

  /** Whether the seat counts against the session's capacity. */
  public boolean takesASeat() {
    return this != CANCELLED;
  }
}
