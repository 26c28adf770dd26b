package fr.packnum.connectivity.entity;

/**
 * Where a household's internet line stands: REQUESTED (the offer is chosen, the operator has not
 * answered), then ACTIVE from the line's start date and ENDED when it stops, or REFUSED by the
 * operator.
 */
public enum SubscriptionStatus {
  REQUESTED,
  ACTIVE,
  REFUSED,
  ENDED;

  /** Whether the request still holds this subscription: no second one may be opened for it. */
  public boolean open() {
    return this == REQUESTED || this == ACTIVE;
  }
}
