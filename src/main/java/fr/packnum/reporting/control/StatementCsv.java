package fr.packnum.reporting.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A statement's pack rows as CSV, for tools that want it: the columns of the "Packs" sheet ({@link
 * PackColumn}, the contract of {@link PackRow}), as French Excel reads a CSV file — UTF-8 with a
 * byte order mark (without it Excel reads the accents as Windows-1252), {@code ;} between fields,
 * CRLF between records, days as {@code dd/MM/yyyy}. Texts go through {@link InertText}: one that a
 * spreadsheet could take for a formula starts with a single quote, and a field that holds {@code ;}
 * or a quote is quoted. Written row by row, never held whole.
 */
public final class StatementCsv {

  static final CSVFormat FORMAT =
      CSVFormat.EXCEL
          .builder()
          .setDelimiter(';')
          .setRecordSeparator("\r\n")
          .setQuoteMode(QuoteMode.MINIMAL)
          .get();

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final PackColumn[] COLUMNS = PackColumn.values();

  private StatementCsv() {}

  /**
   * Writes the header and the rows; the stream is flushed, not closed.
   *
   * @param rowsDone told the number of rows written every {@value StatementWorkbook#PROGRESS_EVERY}
   *     rows and at the end
   * @return the number of rows written
   */
  public static long write(Iterator<PackRow> packs, OutputStream out, LongConsumer rowsDone)
      throws IOException {
    return write(packs, out, StatementWorkbook.PROGRESS_EVERY, rowsDone);
  }

  /**
   * {@link #write(Iterator, OutputStream, LongConsumer)}, progress told every {@code every} rows.
   */
  public static long write(
      Iterator<PackRow> packs, OutputStream out, int every, LongConsumer rowsDone)
      throws IOException {
    if (every < 1) {
      throw new IllegalArgumentException("progress every " + every + " rows");
    }
    BufferedWriter writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    writer.write('\uFEFF');
    CSVPrinter printer = new CSVPrinter(writer, FORMAT);
    String[] fields = new String[COLUMNS.length];
    for (PackColumn column : COLUMNS) {
      fields[column.ordinal()] = column.label();
    }
    printer.printRecord((Object[]) fields);
    long written = 0;
    while (packs.hasNext()) {
      PackRow pack = packs.next();
      for (PackColumn column : COLUMNS) {
        fields[column.ordinal()] =
            column.isDate() ? day(column.date(pack)) : InertText.forCsv(column.text(pack));
      }
      printer.printRecord((Object[]) fields);
      written++;
      if (written % every == 0) {
        rowsDone.accept(written);
      }
    }
    if (written % every != 0 || written == 0) {
      rowsDone.accept(written);
    }
    printer.flush();
    return written;
  }

  /** {@link #write(Iterator, OutputStream, LongConsumer)} from a stream. */
  public static long write(Stream<PackRow> packs, OutputStream out, LongConsumer rowsDone)
      throws IOException {
    return write(packs.iterator(), out, rowsDone);
  }

  private static String day(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }
}
