package fr.packnum.support.entity;

import fr.packnum.platform.control.ProblemException;

/** The voucher's expiry day is past: it is neither issued nor redeemed any more. */
public class VoucherExpired extends ProblemException {

  /** {@code expiresOn} the last day it was valid, shown to the caller. */
  public VoucherExpired(java.time.LocalDate expiresOn) {
    super(409, "voucher-expired", expiresOn.toString());
  }
}
