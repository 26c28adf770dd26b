package fr.packnum.workshop.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first worksheet of an .xlsx workbook in streaming, through POI's event API (SAX over
 * the sheet XML), so memory does not grow with the number of rows; only the shared strings table
 * (texts the workbook stores once) and the styles are held, both bounded. The ZIP container is
 * checked before anything is inflated, and every part is read under byte budgets.
 */
final class InventoryXlsx {

  /** Below 1 compressed byte per 100 inflated ones, an entry is a zip bomb, not a workbook. */
  static final double MIN_INFLATE_RATIO = 0.01;

  /** ZIP entries in a workbook: a few dozen usually, a few hundred with many sheets or images. */
  static final int MAX_ENTRIES = 1_000;

  /**
   * Inflated size of the sheet that is read. 100,000 rows of 14 cells written as inline strings
   * take 67 MB; parsing is streamed, so this bounds time, not memory.
   */
  static final long MAX_SHEET_BYTES = 512L << 20;

  /** Inflated size of the shared strings table, which is held in memory while reading. */
  static final long MAX_SHARED_STRINGS_BYTES = 64L << 20;

  /** Distinct texts in the shared strings table (several per row at most). */
  static final int MAX_SHARED_STRINGS = 1_000_000;

  /** Inflated size of the styles part, which POI holds as an XML tree. */
  static final long MAX_STYLES_BYTES = 8L << 20;

  /** Inflated size of all entries together, as declared and as actually read. */
  static final long MAX_TOTAL_BYTES = 1L << 30;

  private static final long MAX_CONTENT_TYPES_BYTES = 1L << 20;
  private static final int MAX_COLUMNS = 16_384;

  /** Content types of a workbook's main part: .xlsx, .xltx, .xlsm, .xltm. */
  private static final List<String> WORKBOOK_TYPES =
      List.of(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
          "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
          "application/vnd.ms-excel.template.macroEnabled.main+xml");

  static {
    // POI's own guards, applied while it inflates any entry. They are JVM-wide, so they are only
    // ever tightened here, never loosened for someone else.
    if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
      ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }
    if (ZipSecureFile.getMaxEntrySize() > MAX_SHEET_BYTES) {
      ZipSecureFile.setMaxEntrySize(MAX_SHEET_BYTES);
    }
    if (ZipSecureFile.getMaxFileCount() > MAX_ENTRIES) {
      ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
    }
  }

  private InventoryXlsx() {}

  /**
   * Checks a ZIP file from its central directory, before anything is inflated: a workbook's content
   * types, a sane number of entries, declared sizes and ratios within bounds, no encrypted entry.
   * Refuses anything else.
   */
  static void inspect(Path file) {
    long fileSize = file.toFile().length();
    try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
      Set<String> names = new HashSet<>();
      long declaredTotal = 0;
      int count = 0;
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        if (++count > MAX_ENTRIES) {
          throw InventoryRefused.unsafe("more than " + MAX_ENTRIES + " ZIP entries");
        }
        if (!names.add(entry.getName())) {
          throw InventoryRefused.unsafe("ZIP entry " + entry.getName() + " twice");
        }
        if (entry.getGeneralPurposeBit().usesEncryption()) {
          throw InventoryRefused.encrypted("encrypted ZIP entry");
        }
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size > MAX_SHEET_BYTES || (declaredTotal += Math.max(size, 0)) > MAX_TOTAL_BYTES) {
          throw InventoryRefused.unsafe("ZIP entry " + entry.getName() + " declares " + size);
        }
        if (size > ZipSecureFile.getGraceEntrySize()
            && compressed >= 0
            && (double) compressed / size < MIN_INFLATE_RATIO) {
          throw InventoryRefused.unsafe("ZIP entry " + entry.getName() + " inflates too much");
        }
        if (compressed > fileSize) {
          throw InventoryRefused.unsafe("ZIP entry " + entry.getName() + " larger than the file");
        }
      }
      ZipArchiveEntry contentTypes = zip.getEntry("[Content_Types].xml");
      if (contentTypes == null) {
        throw InventoryRefused.notSpreadsheet("ZIP without OOXML content types");
      }
      String types;
      try (InputStream in = zip.getInputStream(contentTypes)) {
        byte[] bytes = in.readNBytes((int) MAX_CONTENT_TYPES_BYTES + 1);
        if (bytes.length > MAX_CONTENT_TYPES_BYTES) {
          throw InventoryRefused.unsafe("oversized [Content_Types].xml");
        }
        types = new String(bytes, StandardCharsets.UTF_8);
      }
      if (types.contains("<!DOCTYPE")) {
        throw InventoryRefused.unsafe("DOCTYPE in [Content_Types].xml");
      }
      if (WORKBOOK_TYPES.stream().noneMatch(types::contains)) {
        throw InventoryRefused.notSpreadsheet("OOXML package that is not a workbook");
      }
    } catch (IOException | RuntimeException failure) {
      throw refusal(failure);
    }
  }

  /** Reads the first worksheet of a workbook that {@link #inspect(Path)} accepted. */
  static void read(Path file, InventoryValidator validator) {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (InvalidFormatException | RuntimeException failure) {
      throw refusal(failure);
    }
    try {
      Budget budget = new Budget();
      XSSFReader reader = new XSSFReader(pkg);
      StylesTable styles = styles(pkg, budget);
      SharedStrings strings = sharedStrings(pkg, budget);
      InputStream sheet = firstWorksheet(reader);
      if (sheet == null) {
        validator.noHeader();
        return;
      }
      XMLReader xml = InventoryXml.reader();
      xml.setContentHandler(
          new XSSFSheetXMLHandler(
              styles, null, strings, new Rows(validator), new CellFormatter(), false));
      try (InputStream in = budget.limit(sheet, MAX_SHEET_BYTES)) {
        xml.parse(new InputSource(in));
      }
    } catch (IOException | OpenXML4JException | SAXException | RuntimeException failure) {
      if (stopped(failure)) {
        return; // the header lacks a required column: the validator has said so
      }
      throw refusal(failure);
    } finally {
      pkg.revert(); // opened read-only: close() would try to save it
    }
  }

  private static StylesTable styles(OPCPackage pkg, Budget budget) throws IOException {
    List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
    if (parts.isEmpty()) {
      return new StylesTable(); // the default style, so numbers still go through CellFormatter
    }
    try (InputStream in = budget.limit(parts.get(0).getInputStream(), MAX_STYLES_BYTES)) {
      return new StylesTable(in);
    }
  }

  private static SharedStrings sharedStrings(OPCPackage pkg, Budget budget)
      throws IOException, SAXException {
    List<PackagePart> parts =
        pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
    if (parts.isEmpty()) {
      return new SharedStringsTable(InputStream.nullInputStream());
    }
    try (InputStream in = budget.limit(parts.get(0).getInputStream(), MAX_SHARED_STRINGS_BYTES)) {
      return new SharedStringsTable(in);
    }
  }

  /** The first sheet of the workbook that holds cells (chart sheets have none). */
  private static InputStream firstWorksheet(XSSFReader reader)
      throws IOException, InvalidFormatException {
    XSSFReader.SheetIterator sheets = reader.getSheetIterator();
    while (sheets.hasNext()) {
      InputStream sheet = sheets.next();
      if (XSSFRelation.WORKSHEET.getContentType().equals(sheets.getSheetPart().getContentType())) {
        return sheet;
      }
      sheet.close();
    }
    return null;
  }

  /**
   * The refusal a failure while reading the package amounts to; the sink's own failures come out
   * unchanged. POI and SAX wrap exceptions, so the whole chain of causes is searched.
   */
  static RuntimeException refusal(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof InventoryRefused refused) {
        return refused;
      }
      if (cause instanceof SinkFailure sinkFailure) {
        return sinkFailure.failure;
      }
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String message = String.valueOf(cause.getMessage());
      // POI's ZipSecureFile raises plain IOExceptions with these words when its guards fire
      if (message.contains("Zip bomb detected") || message.contains("potentially malicious")) {
        return InventoryRefused.unsafe("POI: " + message.lines().findFirst().orElse(""));
      }
    }
    return InventoryRefused.unreadable(
        failure.getClass().getSimpleName() + ": " + failure.getMessage());
  }

  private static boolean stopped(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof StopReading) {
        return true;
      }
    }
    return false;
  }

  /** Counts the inflated bytes read, per part and in all, against the limits. */
  private static final class Budget {
    private long total;

    InputStream limit(InputStream part, long partLimit) {
      return new FilterInputStream(part) {
        private long read;

        @Override
        public int read() throws IOException {
          int b = super.read();
          if (b >= 0) {
            count(1);
          }
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = super.read(buffer, offset, length);
          if (n > 0) {
            count(n);
          }
          return n;
        }

        private void count(int n) {
          read += n;
          total += n;
          if (read > partLimit || total > MAX_TOTAL_BYTES) {
            throw InventoryRefused.unsafe("inflated part over " + partLimit + " bytes");
          }
        }
      };
    }
  }

  /**
   * POI's read-only shared strings table, parsed with {@link InventoryXml}'s reader (no DOCTYPE)
   * and bounded: POI would size a list after the declared {@code uniqueCount}, whatever it says.
   */
  private static final class SharedStringsTable extends ReadOnlySharedStringsTable {
    private int items;

    SharedStringsTable(InputStream in) throws IOException, SAXException {
      super(in, false); // phonetic runs (furigana) are not wanted
    }

    @Override
    public void readFrom(InputStream is) throws IOException, SAXException {
      PushbackInputStream in = new PushbackInputStream(is, 1);
      int first = in.read();
      if (first < 0) {
        super.readFrom(InputStream.nullInputStream()); // an empty part: an empty table
        return;
      }
      in.unread(first);
      XMLReader xml = InventoryXml.reader();
      xml.setContentHandler(this);
      xml.parse(new InputSource(in));
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes attributes)
        throws SAXException {
      if ("sst".equals(localName)) {
        String declared = attributes.getValue("uniqueCount");
        if (declared != null && !withinLimit(declared)) {
          throw InventoryRefused.unsafe("shared strings declare " + declared + " items");
        }
      } else if ("si".equals(localName) && ++items > MAX_SHARED_STRINGS) {
        throw InventoryRefused.unsafe("more than " + MAX_SHARED_STRINGS + " shared strings");
      }
      super.startElement(uri, localName, name, attributes);
    }

    private static boolean withinLimit(String count) {
      try {
        long value = Long.parseLong(count.trim());
        return value >= 0 && value <= MAX_SHARED_STRINGS;
      } catch (NumberFormatException notANumber) {
        return false;
      }
    }
  }

  /**
   * Formats numeric cells: the plain value when the cell has the General (or text) format, so
   * "123456789012" stays a serial and "15.6" a screen size; otherwise the text a French Excel shows
   * (a percentage "85 %", a custom "8 Go").
   */
  private static final class CellFormatter extends DataFormatter {

    CellFormatter() {
      super(Locale.FRENCH);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (formatIndex == 0
          || formatIndex == 49
          || formatString == null
          || "General".equalsIgnoreCase(formatString)
          || "@".equals(formatString)) {
        return Double.isFinite(value)
            ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
            : String.valueOf(value);
      }
      return super.formatRawCellContents(value, formatIndex, formatString);
    }
  }

  /** Gathers each row's cells by position and hands the row to the validator when it ends. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final InventoryValidator validator;
    private final List<String> headerCells = new ArrayList<>();
    private final String[] byColumn = new String[InventoryColumn.values().length];
    private int line;
    private int nextPosition;

    Rows(InventoryValidator validator) {
      this.validator = validator;
    }

    @Override
    public void startRow(int rowNum) {
      line = rowNum + 1;
      nextPosition = 0;
      headerCells.clear();
      Arrays.fill(byColumn, null);
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int position = reference == null ? nextPosition : position(reference);
      nextPosition = position + 1;
      if (position < 0 || value == null) {
        return;
      }
      if (!validator.headerSeen()) {
        if (position < MAX_COLUMNS) {
          while (headerCells.size() <= position) {
            headerCells.add(null);
          }
          headerCells.set(position, value);
        }
      } else {
        validator.put(byColumn, position, value);
      }
    }

    @Override
    public void endRow(int rowNum) {
      if (!validator.headerSeen()) {
        validator.header(line, headerCells);
        if (!validator.readable()) {
          throw new StopReading();
        }
      } else {
        try {
          validator.row(line, byColumn);
        } catch (InventoryRefused refused) {
          throw refused;
        } catch (RuntimeException sinkFailed) {
          throw new SinkFailure(sinkFailed);
        }
      }
    }

    /** "C12" → 2: the letters of a cell reference as a 0-based column position. */
    private static int position(String reference) {
      int column = 0;
      for (int i = 0; i < reference.length(); i++) {
        char c = reference.charAt(i);
        if (c >= 'A' && c <= 'Z') {
          column = column * 26 + (c - 'A' + 1);
        } else if (c >= 'a' && c <= 'z') {
          column = column * 26 + (c - 'a' + 1);
        } else {
          break;
        }
        if (column > MAX_COLUMNS) {
          return MAX_COLUMNS;
        }
      }
      return column - 1;
    }
  }

  /** Ends the parse early; not a failure. */
  private static final class StopReading extends RuntimeException {
    StopReading() {
      super(null, null, false, false);
    }
  }

  /** Carries the sink's own failure through POI and SAX untouched. */
  static final class SinkFailure extends RuntimeException {
    final RuntimeException failure;

    SinkFailure(RuntimeException failure) {
      super(null, null, false, false);
      this.failure = failure;
    }
  }
}
