package fr.packnum.matching.entity;

/** Where a reservation stands; only an ACTIVE one holds its device and its request. */
public enum ReservationStatus {
  ACTIVE,
  /** No hand-over followed within the configured delay: the night released it. */
  EXPIRED,
  /** A coordinator released it (wrong pair, household unreachable, no-shows). */
  RELEASED,
  /** The device was handed over: the reservation did its work. */
  HANDED_OVER;

  public boolean holds() {
    return this == ACTIVE;
  }
}
