package fr.packnum.support.control;

import fr.packnum.platform.control.ProblemException;

/**
 * A serial of the book is already known: a book is recorded once (409). The serial is printed on
 * the voucher, not personal data. Two books recorded at once on two instances meet the unique
 * constraint instead, answered 409 {@code duplicate}.
 */
public class VoucherSerialTaken extends ProblemException {

  public VoucherSerialTaken(String serial) {
    super(409, "voucher-serial-taken", serial);
  }
}
