package fr.packnum.matching.control;

import fr.packnum.matching.entity.HandoverStatus;
import fr.packnum.platform.control.ProblemException;

/** A receipt exists once the device is handed over. */
public class NoReceiptYet extends ProblemException {

  public NoReceiptYet(HandoverStatus status) {
    super(409, "no-receipt-yet", status.name());
  }
}
