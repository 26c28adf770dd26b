package fr.packnum.support.entity;

import fr.packnum.platform.control.ProblemException;

/** The voucher was already used at a support place: a serial pays for one hour once. */
public class VoucherAlreadyRedeemed extends ProblemException {

  public VoucherAlreadyRedeemed() {
    super(409, "voucher-already-redeemed");
  }
}
