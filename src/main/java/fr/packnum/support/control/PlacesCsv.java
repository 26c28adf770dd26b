package fr.packnum.support.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV of the places standard with commons-csv: the header line names the columns (in any
 * order, any case; columns PackNum does not keep are skipped), the separator is the header's most
 * frequent of ",", ";" and tab, the text UTF-8 (with or without byte order mark) or, failing that,
 * Windows-1252 as French Excel writes it. Each line goes to the caller with its number in the file
 * (a quoted cell may span lines). The file is at most the upload limit (20 MiB), read whole.
 */
public final class PlacesCsv {

  /** One line of the file: its number and its cells by column, or why it cannot be read. */
  public interface Lines {
    void line(int number, Map<String, String> cells);

    void refused(PlaceLines.Refusal refusal);
  }

  private PlacesCsv() {}

  public static void read(byte[] file, Lines lines) {
    String text = decode(file);
    if (text.isBlank()) {
      throw new PlacesFileUnreadable("support.file.empty");
    }
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter(text))
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setTrailingData(true)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        throw new PlacesFileUnreadable("support.file.empty");
      }
      List<String> header =
          records.next().toList().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
      List<String> missing =
          PlaceLines.REQUIRED_COLUMNS.stream().filter(c -> !header.contains(c)).toList();
      if (!missing.isEmpty()) {
        throw new PlacesFileUnreadable("support.file.header", String.join(", ", missing));
      }
      long linesBefore = parser.getCurrentLineNumber();
      while (true) {
        int number = (int) Math.min(Integer.MAX_VALUE, linesBefore + 1);
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            return;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException malformed) {
          throw new PlacesFileUnreadable("support.file.malformed", number);
        }
        // a blank line skipped before the record moves it down: count from the record's own end
        int first = (int) (parser.getCurrentLineNumber() - lineBreaks(record));
        linesBefore = parser.getCurrentLineNumber();
        if (record.size() != header.size()) {
          lines.refused(
              new PlaceLines.Refusal(
                  first, null, "support.line.width", List.of(record.size(), header.size())));
          continue;
        }
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          if (PlaceLines.COLUMNS.containsKey(header.get(i))) {
            cells.put(header.get(i), record.get(i));
          }
        }
        lines.line(first, cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many line breaks the record's quoted cells hold. */
  private static long lineBreaks(CSVRecord record) {
    long breaks = 0;
    for (String cell : record) {
      breaks += cell.chars().filter(c -> c == '\n').count();
    }
    return breaks;
  }

  private static String decode(byte[] bytes) {
    int bom =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    ByteBuffer body = ByteBuffer.wrap(bytes, bom, bytes.length - bom);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(body)
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  /** The most frequent of ",", ";" and tab outside quotes on the header line; "," if none. */
  private static char delimiter(String text) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == '\t') {
        tabs++;
      }
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas ? '\t' : ',';
  }
}
