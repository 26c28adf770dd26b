package fr.packnum.households.control;

import fr.packnum.platform.control.ProblemException;

/** The structure already has as many open pack requests as it may have. */
public class OpenRequestQuotaReached extends ProblemException {

  public OpenRequestQuotaReached(int max) {
    super(409, "open-request-quota", max);
  }
}
