package fr.packnum.support.entity;

import fr.packnum.platform.control.ProblemException;

/**
 * The voucher is still in its team's drawer: it is redeemed only after it is issued to a household.
 */
public class VoucherNotIssued extends ProblemException {

  public VoucherNotIssued() {
    super(409, "voucher-not-issued");
  }
}
