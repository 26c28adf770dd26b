package fr.packnum.workshop.control;

import java.util.List;

/**
 * What reading an inventory gave: {@code rowsRead} non-blank device lines (the header, the lines
 * above it and total lines excluded), {@code validRows} of them passed to the sink, {@code
 * errorCount} errors in all, of which the first ones are kept in {@code errors} (at most the {@code
 * maxErrors} asked for). A line may carry several errors. {@code headerLine} is the line taken for
 * the header (0 when none was found), {@code columns} what each of its cells was read as, {@code
 * totalRows} the total and subtotal lines skipped.
 */
public record InventoryResult(
    int rowsRead,
    int validRows,
    int errorCount,
    List<InventoryError> errors,
    int headerLine,
    List<Column> columns,
    int totalRows) {

  /**
   * A non-blank cell of the header line: its position (0 = column A), its text, and the id of the
   * PackNum column it names ({@code inventory.column.<id>}), {@code null} for a column ignored.
   */
  public record Column(int position, String header, String columnId) {

    public boolean recognised() {
      return columnId != null;
    }
  }

  public InventoryResult {
    errors = List.copyOf(errors);
    columns = List.copyOf(columns);
  }

  /** True when the whole file can be imported: not a single error. */
  public boolean ok() {
    return errorCount == 0;
  }
}
