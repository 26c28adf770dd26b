package fr.packnum.support.control;

import fr.packnum.platform.control.ProblemException;

/** No voucher with this serial the caller reaches (another team's book is "not found"). */
public class VoucherNotFound extends ProblemException {

  public VoucherNotFound() {
    super(404, "voucher-not-found");
  }
}
