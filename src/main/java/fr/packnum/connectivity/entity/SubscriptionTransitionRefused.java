package fr.packnum.connectivity.entity;

import fr.packnum.platform.control.ProblemException;

/** The subscription's status does not allow this step (activating a refused one, say). */
public class SubscriptionTransitionRefused extends ProblemException {

  public SubscriptionTransitionRefused(SubscriptionStatus from) {
    super(409, "subscription-transition-refused", from.name());
  }
}
