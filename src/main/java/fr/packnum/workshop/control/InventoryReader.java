package fr.packnum.workshop.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads a donor's inventory of devices (an .xlsx workbook or a CSV file) in streaming: every valid
 * line goes to a sink as it is read and only counts, the first errors and the serial numbers seen
 * are kept, so memory does not grow with the file. Columns are found by their header names, in
 * French or English, in any order; unknown columns are ignored.
 *
 * <p>A file that cannot be read safely or at all is refused as a whole with {@link
 * InventoryRefused}, possibly after some rows went to the sink: callers import all or nothing.
 */
public final class InventoryReader {

  /** Device lines accepted in one file. */
  public static final int MAX_ROWS = 200_000;

  private static final int SNIFF_BYTES = 8_192;

  public enum Format {
    XLSX,
    CSV
  }

  private InventoryReader() {}

  /**
   * Recognises the format from the content, never from the file name: an .xlsx workbook (a ZIP
   * whose OOXML content types declare a workbook, checked for zip bombs from its central directory)
   * or CSV (text). Refuses anything else: a PDF or an image renamed .xlsx, a legacy .xls, a
   * password-protected workbook, a plain ZIP, a Word document.
   */
  public static Format sniff(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF_BYTES);
    }
    if (startsWith(head, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, 0x50, 0x4B, 0x05, 0x06)) {
      InventoryXlsx.inspect(file);
      return Format.XLSX;
    }
    if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      throw compoundDocument(file);
    }
    if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
      return Format.CSV; // UTF-16 text with its byte order mark
    }
    for (byte b : head) {
      // control characters other than tab, line breaks, form feed and DOS end-of-file: binary
      if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) {
        throw InventoryRefused.notSpreadsheet("binary content");
      }
    }
    String start = new String(head, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "");
    start = start.stripLeading();
    if (start.startsWith("%PDF") || start.startsWith("{\\rtf") || start.startsWith("<")) {
      // PDF, RTF, HTML or XML (the "Excel 2003 XML" and web-page exports are no inventory)
      throw InventoryRefused.notSpreadsheet("text document that is not CSV");
    }
    return Format.CSV;
  }

  /**
   * Reads at most {@link #MAX_ROWS} device lines; see {@link #read(Path, Format, Consumer, int,
   * int)}.
   */
  public static InventoryResult read(
      Path file, Format format, Consumer<InventoryRow> sink, int maxErrors) throws IOException {
    return read(file, format, sink, maxErrors, MAX_ROWS);
  }

  /**
   * Reads the file in streaming and passes every valid line to {@code sink}, in file order. The
   * header is the first non-blank line; a missing required column (type, serial number) is one
   * error on the header line and nothing else is read. Blank lines are skipped. A serial number
   * repeated in the file is an error on its second occurrence. At most {@code maxErrors} errors are
   * kept, all are counted.
   *
   * @param format what the caller expects, usually from {@link #sniff(Path)}; a file whose content
   *     is of another format is refused
   * @throws InventoryRefused for a file that is not of {@code format}, unsafe, unreadable or of
   *     more than {@code maxRows} non-blank device lines
   */
  public static InventoryResult read(
      Path file, Format format, Consumer<InventoryRow> sink, int maxErrors, int maxRows)
      throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sink, "sink");
    if (maxErrors < 0 || maxRows < 1) {
      throw new IllegalArgumentException("maxErrors ≥ 0 and maxRows ≥ 1");
    }
    Format content = sniff(file);
    if (content != format) {
      throw InventoryRefused.notSpreadsheet(format + " expected, " + content + " found");
    }
    InventoryValidator validator = new InventoryValidator(sink, maxErrors, maxRows);
    switch (format) {
      case XLSX -> InventoryXlsx.read(file, validator);
      case CSV -> InventoryCsv.read(file, validator);
    }
    return validator.result();
  }

  /**
   * An OLE2 compound document: what a password-protected .xlsx becomes (its encrypted package
   * inside), or a legacy .xls, or a Word or Outlook file.
   */
  private static InventoryRefused compoundDocument(Path file) {
    try (POIFSFileSystem document = new POIFSFileSystem(file.toFile(), true)) {
      DirectoryNode root = document.getRoot();
      if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
        return InventoryRefused.encrypted("encrypted OOXML package");
      }
      if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntry("Book")) {
        return InventoryRefused.legacyXls();
      }
      return InventoryRefused.notSpreadsheet("OLE2 document that is not a workbook");
    } catch (IOException | RuntimeException broken) {
      return InventoryRefused.notSpreadsheet("damaged OLE2 document");
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
