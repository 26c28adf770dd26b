package fr.packnum.households.entity;

/** What happened to a pack request. */
public enum RequestEventKind {
  CREATED,
  EDITED,
  SUBMITTED,
  DECIDED,
  OVERRIDDEN,
  /** Matching reserved a device for it (notes: the device's asset tag). */
  MATCHED,
  /** A hand-over appointment was booked (notes: when). */
  HANDOVER_BOOKED,
  /** The household received its pack (notes: the device's asset tag). */
  DELIVERED,
  /** Its reservation ended without a hand-over: back in the queue. */
  REQUEUED,
  /**
   * The household brought its device back (notes: the asset tag, the reason): the request waits for
   * another device, or is closed.
   */
  RETURNED,
  /** The support team started following the household up. */
  FOLLOW_UP_STARTED,
  /** The follow-up ended (notes: its outcome, e.g. STILL_CONNECTED_AND_USING). */
  FOLLOW_UP_CLOSED,
  CANCELLED,
  ANONYMISED
}
