package fr.packnum.workshop.control;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/** An inventory with bad lines: nothing is imported, and every bad line is answered (up to 100). */
public class InventoryRejected extends ProblemException {

  public InventoryRejected(List<FieldKey> lines, int errorCount) {
    super(422, "inventory-rejected", lines, errorCount);
  }
}
