package fr.packnum.support.entity;

import fr.packnum.platform.control.ProblemException;

/** The voucher was already issued to a household. */
public class VoucherAlreadyIssued extends ProblemException {

  public VoucherAlreadyIssued() {
    super(409, "voucher-already-issued");
  }
}
