package fr.packnum.connectivity.control;

import fr.packnum.platform.control.ProblemException;

/** No subscription with this id the caller reaches. */
public class SubscriptionNotFound extends ProblemException {

  public SubscriptionNotFound() {
    super(404, "subscription-not-found");
  }
}
