package fr.packnum.workshop.control;

import java.util.List;

/**
 * What reading an inventory gave: {@code rowsRead} non-blank device lines (the header excluded),
 * {@code validRows} of them passed to the sink, {@code errorCount} errors in all, of which the
 * first ones are kept in {@code errors} (at most the {@code maxErrors} asked for). A line may carry
 * several errors.
 */
public record InventoryResult(
    int rowsRead, int validRows, int errorCount, List<InventoryError> errors) {

  public InventoryResult {
    errors = List.copyOf(errors);
  }

  /** True when the whole file can be imported: not a single error. */
  public boolean ok() {
    return errorCount == 0;
  }
}
