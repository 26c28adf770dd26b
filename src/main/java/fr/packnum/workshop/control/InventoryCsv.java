package fr.packnum.workshop.control;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV inventory record by record with commons-csv. French Excel writes ';' separators and
 * Windows-1252 ("CSV (séparateur : point-virgule)") or UTF-8 with a byte order mark ("CSV UTF-8");
 * other tools write ','. The separator is taken from the header line, the encoding from the bytes.
 */
final class InventoryCsv {

  /**
   * Longest record accepted, in characters. A real line is a few hundred; a quote left open would
   * otherwise make the rest of the file one record held in memory.
   */
  static final int MAX_RECORD_CHARS = 100_000;

  /** Windows-1252, the "ANSI" code page of French Windows. */
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final int HEADER_SCAN_CHARS = 1 << 16;

  private InventoryCsv() {}

  static void read(Path file, InventoryValidator validator) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(3);
    }
    Charset charset;
    int bom;
    if (head.length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      charset = StandardCharsets.UTF_8;
      bom = 3;
    } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE; // Excel's "Texte Unicode"
      bom = 2;
    } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      bom = 2;
    } else {
      charset = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
      bom = 0;
    }
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(bom);
      CharsetDecoder decoder =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE);
      BufferedReader text = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
      char delimiter = delimiter(text);
      RecordLimit limited = new RecordLimit(text);
      CSVFormat format =
          CSVFormat.DEFAULT
              .builder()
              .setDelimiter(delimiter)
              .setQuote('"')
              .setIgnoreEmptyLines(false) // kept, so that line numbers can be counted
              .setIgnoreSurroundingSpaces(true)
              .setTrailingData(true)
              .get();
      try (CSVParser parser = CSVParser.parse(limited, format)) {
        read(parser, limited, validator);
      }
    }
  }

  private static void read(CSVParser parser, RecordLimit limited, InventoryValidator validator) {
    Iterator<CSVRecord> records = parser.iterator();
    long linesBefore = 0;
    String[] byColumn = new String[InventoryColumn.values().length];
    while (true) {
      int line = (int) Math.min(Integer.MAX_VALUE, linesBefore + 1);
      limited.startRecord(line);
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          return;
        }
        record = records.next();
      } catch (UncheckedIOException | IllegalStateException malformed) {
        throw InventoryRefused.csvMalformed(line, String.valueOf(malformed.getMessage()));
      }
      // the parser counts line breaks, those inside quoted cells too: the next record starts after
      linesBefore = parser.getCurrentLineNumber();
      if (!validator.headerSeen()) {
        validator.header(line, record.toList());
        if (!validator.readable()) {
          return;
        }
        continue;
      }
      Arrays.fill(byColumn, null);
      int cells = Math.min(record.size(), validator.width());
      for (int position = 0; position < cells; position++) {
        validator.put(byColumn, position, record.get(position));
      }
      validator.row(line, byColumn);
    }
  }

  /**
   * Whether the whole file is valid UTF-8; read once, in constant memory. A NUL byte means a binary
   * file, not text.
   */
  private static boolean isUtf8(Path file) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    CharBuffer chars = CharBuffer.allocate(1 << 16);
    boolean utf8 = true;
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
        int from = bytes.position();
        for (int i = from; i < from + n; i++) {
          if (bytes.array()[i] == 0) {
            throw InventoryRefused.notSpreadsheet("NUL byte in a text file");
          }
        }
        bytes.position(from + n);
        bytes.flip();
        utf8 = utf8 && decode(decoder, bytes, chars, false);
        if (utf8) {
          bytes.compact(); // keeps a character cut in two by the buffer for the next round
        } else {
          bytes.clear();
        }
      }
      bytes.flip();
      return utf8 && decode(decoder, bytes, chars, true);
    }
  }

  private static boolean decode(
      CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean end) {
    CoderResult result;
    do {
      chars.clear();
      result = decoder.decode(bytes, chars, end);
    } while (result.isOverflow());
    return !result.isError();
  }

  /**
   * The separator of the header line: the most frequent of ';', ',' and tab outside quotes on the
   * line that has the most of them among the first non-blank lines (a title block above the header
   * has few); ';' when in doubt, as French Excel writes it.
   */
  private static char delimiter(BufferedReader text) throws IOException {
    text.mark(HEADER_SCAN_CHARS + 1);
    int[] best = new int[3];
    int[] counts = new int[3]; // ';', ',' and tab on the current line
    boolean quoted = false;
    boolean content = false;
    int lines = 0;
    for (int i = 0, c; i < HEADER_SCAN_CHARS && (c = text.read()) >= 0; i++) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (content) {
          if (sum(counts) > sum(best)) {
            best = counts.clone();
          }
          Arrays.fill(counts, 0);
          content = false;
          if (++lines == InventoryValidator.HEADER_SCAN_ROWS) {
            break;
          }
        }
        continue;
      } else if (!quoted && c == ';') {
        counts[0]++;
      } else if (!quoted && c == ',') {
        counts[1]++;
      } else if (!quoted && c == '\t') {
        counts[2]++;
      }
      content |= !Character.isWhitespace(c);
    }
    if (sum(counts) > sum(best)) {
      best = counts; // the last line, without a line break
    }
    text.reset();
    int semicolons = best[0];
    int commas = best[1];
    int tabs = best[2];
    if (commas > semicolons && commas >= tabs) {
      return ',';
    }
    return tabs > semicolons && tabs > commas ? '\t' : ';';
  }

  private static int sum(int[] counts) {
    return counts[0] + counts[1] + counts[2];
  }

  /** Refuses a record longer than {@link #MAX_RECORD_CHARS}, counted from its first line. */
  private static final class RecordLimit extends FilterReader {
    private long chars;
    private int line;

    RecordLimit(Reader in) {
      super(in);
    }

    void startRecord(int line) {
      this.line = line;
      chars = 0;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      count(c < 0 ? 0 : 1);
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      chars += n;
      // the parser reads ahead by a buffer at most, so this is the record's length give or take
      if (chars > MAX_RECORD_CHARS + (1 << 16)) {
        throw InventoryRefused.csvMalformed(line, "record over " + MAX_RECORD_CHARS + " chars");
      }
    }
  }
}
