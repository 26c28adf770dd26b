package fr.packnum.reporting.control;

/**
 * More pack rows than a worksheet holds (1,048,576 rows, the header included): such a statement is
 * to be split by period or territory, or taken as CSV.
 */
public final class StatementTooLong extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StatementTooLong(long rows) {
    super(
        "Une feuille Excel contient au plus "
            + StatementWorkbook.MAX_PACK_ROWS
            + " packs, ce relevé en a au moins "
            + rows
            + " : réduisez la période ou le périmètre, ou téléchargez-le en CSV.");
  }
}
