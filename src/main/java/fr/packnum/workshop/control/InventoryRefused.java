package fr.packnum.workshop.control;

import fr.packnum.platform.control.ProblemException;

/**
 * A donor's file refused as a whole, before or while it is read: not a spreadsheet (415), or a
 * spreadsheet whose content cannot be read safely or at all (422). The problem texts are {@code
 * problem.<key>.title} and {@code .detail} in the workshop bundle; {@link #reason()} says which
 * check fired, for logs only.
 */
public class InventoryRefused extends ProblemException {

  /** Neither an .xlsx workbook nor a CSV text file (a PDF, an image, a plain ZIP, a .docx…). */
  public static final String NOT_SPREADSHEET = "inventory-not-spreadsheet";

  /** A legacy Excel 97-2003 workbook (.xls): to be saved again as .xlsx. */
  public static final String LEGACY_XLS = "inventory-legacy-xls";

  /** A password-protected (encrypted) workbook. */
  public static final String ENCRYPTED = "inventory-encrypted";

  /** A crafted or abnormal file: zip bomb, external entities, absurd sizes or counts. */
  public static final String UNSAFE = "inventory-unsafe";

  /** More device lines than one import accepts; the argument is the limit. */
  public static final String TOO_MANY_ROWS = "inventory-too-many-rows";

  /** A damaged workbook (broken ZIP, malformed XML, missing parts). */
  public static final String UNREADABLE = "inventory-unreadable";

  /** A CSV file whose quoting is broken from a given line on; the argument is that line. */
  public static final String CSV_MALFORMED = "inventory-csv-malformed";

  private final String reason;

  private InventoryRefused(int status, String key, String reason, Object... args) {
    super(status, key, args);
    this.reason = reason;
  }

  static InventoryRefused notSpreadsheet(String reason) {
    return new InventoryRefused(415, NOT_SPREADSHEET, reason);
  }

  static InventoryRefused legacyXls() {
    return new InventoryRefused(415, LEGACY_XLS, "OLE2 workbook (.xls)");
  }

  static InventoryRefused encrypted(String reason) {
    return new InventoryRefused(422, ENCRYPTED, reason);
  }

  static InventoryRefused unsafe(String reason) {
    return new InventoryRefused(422, UNSAFE, reason);
  }

  static InventoryRefused tooManyRows(int maxRows) {
    return new InventoryRefused(422, TOO_MANY_ROWS, "more than " + maxRows + " rows", maxRows);
  }

  static InventoryRefused unreadable(String reason) {
    return new InventoryRefused(422, UNREADABLE, reason);
  }

  static InventoryRefused csvMalformed(int line, String reason) {
    return new InventoryRefused(422, CSV_MALFORMED, reason, line);
  }

  /** Which check refused the file, in English, for logs; never shown to the donor. */
  public String reason() {
    return reason;
  }
}
