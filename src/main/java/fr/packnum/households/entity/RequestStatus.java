package fr.packnum.households.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a pack request stands. MATCHED and after are reached through matching and hand-over; a
 * request can be cancelled from any open status.
 */
public enum RequestStatus {
  DRAFT,
  SUBMITTED,
  ELIGIBLE,
  REJECTED,
  MATCHED,
  HANDOVER_BOOKED,
  DELIVERED,
  IN_FOLLOW_UP,
  CLOSED,
  CANCELLED;

  /** The statuses that count against a structure's cap and block a second request. */
  public static final Set<RequestStatus> OPEN =
      EnumSet.of(DRAFT, SUBMITTED, ELIGIBLE, MATCHED, HANDOVER_BOOKED);

  public boolean isOpen() {
    return OPEN.contains(this);
  }
}
