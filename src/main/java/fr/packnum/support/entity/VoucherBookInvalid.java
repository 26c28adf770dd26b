package fr.packnum.support.entity;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/** A book's funder, dates, first serial or count is wrong (422, one detail per field). */
public class VoucherBookInvalid extends ProblemException {

  VoucherBookInvalid(List<FieldKey> fields) {
    super(422, "voucher-book-invalid", fields);
  }
}
