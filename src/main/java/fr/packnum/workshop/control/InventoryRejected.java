package fr.packnum.workshop.control;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/**
 * An inventory with bad lines: nothing is imported, every bad line is answered (up to 100), and the
 * detail says how many lines were fine and which line was taken for the header.
 */
public class InventoryRejected extends ProblemException {

  public InventoryRejected(
      List<FieldKey> lines, int errorCount, int fineLines, int rowsRead, int headerLine) {
    super(
        422, "inventory-rejected", lines, errorCount, Math.max(0, fineLines), rowsRead, headerLine);
  }
}
