package fr.packnum.workshop.control;

import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.KeyboardLayout;
import fr.packnum.workshop.entity.StorageKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns the lines of an inventory into validated rows, whatever the file format. The header is
 * looked for among the first {@link #HEADER_SCAN_ROWS} non-blank lines, under a title block if
 * there is one: the line naming the most known columns, at least two (one if no line names two),
 * the first of equals. It maps column positions to {@link InventoryColumn}s; every non-blank line
 * below it is checked and goes to the sink if it is valid, total lines ("Total", "Sous-total", a
 * line of bare counts) are skipped and counted. Only the first lines until the header is found and
 * the serial numbers seen so far are kept, never the rows.
 */
final class InventoryValidator {

  static final int MAX_ARGUMENT_LENGTH = 60;

  /** Non-blank lines searched for the header: a title block rarely takes more than a few. */
  static final int HEADER_SCAN_ROWS = 20;

  /** How a total line starts, once reduced by {@link InventoryValues#key(String)}. */
  private static final List<String> TOTAL_WORDS =
      List.of("total", "soustotal", "subtotal", "grandtotal", "totaux", "somme", "sum");

  private static final Pattern BARE_NUMBER =
      Pattern.compile("[+-]?[0-9][0-9\\s\\u00A0\\u202F.,]*(\\s*(\\p{L}{1,6}|%))?");

  /** Between several kinds or serials of drives in one cell. */
  private static final Pattern DRIVE_SEPARATOR = Pattern.compile("\\s*[+;,/&]\\s*");

  private final Consumer<InventoryRow> sink;
  private final int maxErrors;
  private final int maxRows;
  private final List<InventoryError> errors = new ArrayList<>();
  private final Set<String> serials = new HashSet<>();
  private final Map<InventoryColumn, String> headers = new EnumMap<>(InventoryColumn.class);
  private final List<Candidate> candidates = new ArrayList<>();
  private final List<InventoryResult.Column> columns = new ArrayList<>();
  private InventoryColumn[] columnAt = new InventoryColumn[0];
  private boolean headerSeen;
  private int headerLine;
  private int totalRows;
  private boolean readable = true;
  private int errorCount;
  private int rowsRead;
  private int validRows;

  InventoryValidator(Consumer<InventoryRow> sink, int maxErrors, int maxRows) {
    this.sink = sink;
    this.maxErrors = maxErrors;
    this.maxRows = maxRows;
  }

  boolean headerSeen() {
    return headerSeen;
  }

  /** False once the header lacks a required column: the rest of the file would be noise. */
  boolean readable() {
    return readable;
  }

  /**
   * Offers a line that may be the header or a line above it; blank lines are ignored. {@code cells}
   * hold the texts by column position (0 = column A), {@code null} for an empty cell. Once {@link
   * #HEADER_SCAN_ROWS} lines are offered, the header is chosen and the lines below it are checked:
   * {@link #headerSeen()} then turns true.
   */
  void header(int line, List<String> cells) {
    if (cells.stream().allMatch(cell -> InventoryValues.clean(cell) == null)) {
      return;
    }
    candidates.add(new Candidate(line, new ArrayList<>(cells)));
    if (candidates.size() >= HEADER_SCAN_ROWS) {
      chooseHeader();
    }
  }

  /** Chooses the header among the lines offered, then checks the lines offered below it. */
  private void chooseHeader() {
    headerSeen = true;
    Candidate best = null;
    int bestCount = 0;
    for (Candidate candidate : candidates) {
      int count = candidate.recognised();
      if (count > bestCount) {
        best = candidate;
        bestCount = count;
      }
    }
    if (best == null) {
      error(candidates.get(0).line, null, "inventory.header.not-found", "" + HEADER_SCAN_ROWS);
      readable = false;
      candidates.clear();
      return;
    }
    mapHeader(best.line, best.cells);
    List<Candidate> below =
        List.copyOf(candidates.subList(candidates.indexOf(best) + 1, candidates.size()));
    candidates.clear();
    if (!readable) {
      return;
    }
    String[] byColumn = new String[InventoryColumn.values().length];
    for (Candidate candidate : below) {
      Arrays.fill(byColumn, null);
      for (int position = 0; position < candidate.cells.size(); position++) {
        put(byColumn, position, candidate.cells.get(position));
      }
      row(candidate.line, byColumn);
    }
  }

  private void mapHeader(int line, List<String> cells) {
    headerLine = line;
    columnAt = new InventoryColumn[cells.size()];
    for (int position = 0; position < cells.size(); position++) {
      String name = InventoryValues.clean(cells.get(position));
      if (name == null) {
        continue;
      }
      InventoryColumn column = InventoryColumn.named(name);
      if (column == null) {
        columns.add(new InventoryResult.Column(position, name, null));
        continue; // a column of the donor's own: ignored
      }
      if (headers.containsKey(column) && !column.repeatable()) {
        error(line, name, "inventory.header.duplicate");
        columns.add(new InventoryResult.Column(position, name, null));
        continue;
      }
      headers.putIfAbsent(column, name);
      columnAt[position] = column;
      columns.add(new InventoryResult.Column(position, name, column.id()));
    }
    for (InventoryColumn column : InventoryColumn.values()) {
      if (column.required() && !headers.containsKey(column)) {
        error(line, null, "inventory.header." + column.id() + "-missing");
        readable = false;
      }
    }
  }

  /**
   * Puts the text of the cell at {@code position} of a line in {@code byColumn}, by column: cells
   * of ignored columns are dropped, cells of a repeated drive column ("Disque 1", "Disque 2")
   * joined with " + ".
   */
  void put(String[] byColumn, int position, String value) {
    InventoryColumn column = columnAt(position);
    if (column == null || value == null) {
      return;
    }
    int index = column.ordinal();
    String before = byColumn[index];
    if (before == null || InventoryValues.clean(before) == null) {
      byColumn[index] = value;
    } else if (InventoryValues.clean(value) != null) {
      byColumn[index] = before + " + " + value;
    }
  }

  /** The column read at a position, {@code null} for a column that is ignored. */
  InventoryColumn columnAt(int position) {
    return position < columnAt.length ? columnAt[position] : null;
  }

  /** Number of positions the header spans: cells beyond it are ignored. */
  int width() {
    return columnAt.length;
  }

  /**
   * Checks one line whose cells are given by column ({@link InventoryColumn#ordinal()}); blank
   * lines are skipped. Valid lines go to the sink.
   */
  void row(int line, String[] byColumn) {
    boolean blank = true;
    for (int i = 0; i < byColumn.length; i++) {
      byColumn[i] = InventoryValues.clean(byColumn[i]);
      blank &= byColumn[i] == null;
    }
    if (blank) {
      return;
    }
    if (isTotal(byColumn)) {
      totalRows++;
      return;
    }
    if (++rowsRead > maxRows) {
      throw InventoryRefused.tooManyRows(maxRows);
    }
    Line checked = new Line(line, byColumn);
    DeviceType type = checked.type();
    String serial = checked.serial();
    String brand = checked.text(InventoryColumn.BRAND);
    String model = checked.text(InventoryColumn.MODEL);
    String cpu = checked.text(InventoryColumn.CPU);
    Integer ram = checked.whole(InventoryColumn.RAM_GB, InventoryValues.GIGA_OR_TERA);
    List<InventoryRow.Drive> drives = checked.drives();
    BigDecimal screen = checked.number(InventoryColumn.SCREEN_INCHES, InventoryValues.INCHES);
    Integer battery = checked.whole(InventoryColumn.BATTERY_PERCENT, InventoryValues.PERCENT);
    Boolean webcam =
        checked.known(InventoryColumn.WEBCAM, InventoryValues::yesNo, "inventory.webcam.unknown");
    KeyboardLayout keyboard =
        checked.known(
            InventoryColumn.KEYBOARD,
            InventoryValues::keyboardLayout,
            "inventory.keyboard.unknown");
    Integer weight = checked.weight();
    String notes = checked.text(InventoryColumn.NOTES);
    if (checked.valid) {
      validRows++;
      sink.accept(
          new InventoryRow(
              line,
              type,
              brand,
              model,
              serial,
              cpu,
              ram,
              drives,
              screen == null ? null : screen.doubleValue(),
              battery,
              webcam,
              keyboard,
              weight,
              notes));
    }
  }

  /** Records that the file has no header at all (no non-blank line). */
  void noHeader() {
    error(1, null, "inventory.header.none");
    readable = false;
  }

  /** The result, once the whole file is read; a short file's header is chosen here. */
  InventoryResult result() {
    if (!headerSeen && readable) {
      if (candidates.isEmpty()) {
        noHeader();
      } else {
        chooseHeader();
      }
    }
    return new InventoryResult(
        rowsRead, validRows, errorCount, errors, headerLine, columns, totalRows);
  }

  /**
   * A total line, not a device: a cell says "Total", "Sous-total", "TOTAL GÉNÉRAL"… while the type
   * and serial say nothing else, or a line of bare numbers (a count, a sum) without type or serial.
   */
  private static boolean isTotal(String[] cells) {
    String type = cells[InventoryColumn.TYPE.ordinal()];
    String serial = cells[InventoryColumn.SERIAL.ordinal()];
    boolean typeSaysTotal = type != null && isTotalWord(type);
    if (type != null && !typeSaysTotal && (serial != null || !isBareNumber(type))) {
      return false; // most lines: a device type, settled without looking further
    }
    boolean labelled = typeSaysTotal;
    boolean numbers = true;
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] != null && i != InventoryColumn.TYPE.ordinal()) {
        boolean word = isTotalWord(cells[i]);
        labelled |= word;
        numbers &= !word && isBareNumber(cells[i]);
      }
    }
    if (labelled) {
      return serial == null || isTotalWord(serial) || isBareNumber(serial);
    }
    return numbers && serial == null;
  }

  private static boolean hasDriveSeparator(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '+' || c == ';' || c == ',' || c == '/' || c == '&') {
        return true;
      }
    }
    return false;
  }

  private static boolean isBareNumber(String text) {
    return BARE_NUMBER.matcher(text).matches();
  }

  private static boolean isTotalWord(String text) {
    if (!text.regionMatches(true, 0, "tot", 0, 3)
        && !text.regionMatches(true, 0, "sou", 0, 3)
        && !text.regionMatches(true, 0, "sub", 0, 3)
        && !text.regionMatches(true, 0, "gra", 0, 3)
        && !text.regionMatches(true, 0, "som", 0, 3)
        && !text.regionMatches(true, 0, "sum", 0, 3)) {
      return false; // settled without folding the text, for the many cells that are no total
    }
    String key = InventoryValues.key(text);
    for (String word : TOTAL_WORDS) {
      if (key.startsWith(word)) {
        return true;
      }
    }
    return false;
  }

  private void error(int line, String column, String key, String... arguments) {
    errorCount++;
    if (errors.size() < maxErrors) {
      errors.add(new InventoryError(line, column, key, Arrays.asList(arguments)));
    }
  }

  /** The value of a cell echoed in a message, shortened so a message stays a message. */
  private static String echo(String value) {
    return value.length() <= MAX_ARGUMENT_LENGTH
        ? value
        : value.substring(0, MAX_ARGUMENT_LENGTH - 1) + "…";
  }

  /** One line being checked; every check records its error and returns null when it fails. */
  private final class Line {
    private final int line;
    private final String[] cells;
    private boolean valid = true;

    Line(int line, String[] cells) {
      this.line = line;
      this.cells = cells;
    }

    private String cell(InventoryColumn column) {
      return cells[column.ordinal()];
    }

    private void fail(InventoryColumn column, String key, String... arguments) {
      valid = false;
      error(line, headers.get(column), key, arguments);
    }

    DeviceType type() {
      String text = cell(InventoryColumn.TYPE);
      if (text == null) {
        fail(InventoryColumn.TYPE, "inventory.type.missing");
        return null;
      }
      DeviceType type = InventoryValues.deviceType(text);
      if (type == null) {
        fail(InventoryColumn.TYPE, "inventory.type.unknown", echo(text));
      }
      return type;
    }

    String serial() {
      String serial = cell(InventoryColumn.SERIAL);
      if (serial == null) {
        fail(InventoryColumn.SERIAL, "inventory.serial.missing");
        return null;
      }
      int max = InventoryColumn.SERIAL.maxLength();
      if (serial.length() > max) {
        fail(InventoryColumn.SERIAL, "inventory.serial.too-long", String.valueOf(max));
        return null;
      }
      // "sn 123" and "SN123" are one device: compare without case or spaces
      String identity = serial.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
      if (!serials.add(identity)) {
        fail(InventoryColumn.SERIAL, "inventory.serial.duplicate", echo(serial));
      }
      return serial;
    }

    String text(InventoryColumn column) {
      String text = cell(column);
      if (text != null && text.length() > column.maxLength()) {
        fail(column, "inventory.text.too-long", String.valueOf(column.maxLength()));
        return null;
      }
      return text;
    }

    BigDecimal number(InventoryColumn column, List<String> units) {
      String text = cell(column);
      return text == null ? null : inRange(column, text, InventoryValues.number(text, units));
    }

    /** A number read from {@code text} ({@code null} if it is none), checked against its column. */
    private BigDecimal inRange(InventoryColumn column, String text, BigDecimal value) {
      if (value == null) {
        fail(column, "inventory.number.invalid", echo(text));
        return null;
      }
      if (value.compareTo(BigDecimal.valueOf(column.min())) < 0
          || value.compareTo(BigDecimal.valueOf(column.max())) > 0) {
        fail(
            column,
            "inventory.number.out-of-range",
            echo(text),
            String.valueOf(column.min()),
            String.valueOf(column.max()));
        return null;
      }
      return value;
    }

    Integer whole(InventoryColumn column, List<String> units) {
      return whole(column, number(column, units));
    }

    private Integer whole(InventoryColumn column, BigDecimal value) {
      if (value == null) {
        return null;
      }
      if (value.stripTrailingZeros().scale() > 0) {
        fail(column, "inventory.number.not-whole", echo(cell(column)));
        return null;
      }
      return value.intValueExact();
    }

    /**
     * The drives the storage, storage kind and drive serial cells describe together: sizes and
     * kinds from the storage cell ("SSD 256 Go + HDD 1 To"), kinds from the kind cell for those it
     * leaves unsaid (one for all, or one per drive), serials one per drive.
     */
    List<InventoryRow.Drive> drives() {
      List<InventoryStorage.Drive> described = described();
      // every cell is checked, so that one reading of the file gives all its errors
      List<StorageKind> kinds = kinds(described == null ? 0 : described.size());
      if (described == null || kinds == null) {
        return List.of();
      }
      List<String> driveSerials =
          driveSerials(described.isEmpty() ? kinds.size() : described.size());
      if (driveSerials == null) {
        return List.of();
      }
      int count = Math.max(described.size(), Math.max(kinds.size(), driveSerials.size()));
      List<InventoryRow.Drive> drives = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        InventoryStorage.Drive drive =
            i < described.size() ? described.get(i) : new InventoryStorage.Drive(null, null);
        StorageKind kind = drive.kind();
        if (kind == null && !kinds.isEmpty()) {
          kind = kinds.get(kinds.size() == 1 ? 0 : i);
        }
        drives.add(
            new InventoryRow.Drive(
                kind, drive.sizeGb(), driveSerials.isEmpty() ? null : driveSerials.get(i)));
      }
      return drives;
    }

    private List<InventoryStorage.Drive> described() {
      String text = cell(InventoryColumn.STORAGE_GB);
      if (text == null) {
        return List.of();
      }
      BigDecimal bare = InventoryValues.number(text, InventoryValues.GIGA_OR_TERA);
      if (bare != null) {
        // a bare size ("256", "1 To"): checked as a number, with its bounds
        Integer size =
            whole(InventoryColumn.STORAGE_GB, inRange(InventoryColumn.STORAGE_GB, text, bare));
        return size == null ? null : List.of(new InventoryStorage.Drive(null, size));
      }
      List<InventoryStorage.Drive> drives = InventoryStorage.parse(text);
      if (drives == null) {
        fail(InventoryColumn.STORAGE_GB, "inventory.storage.invalid", echo(text));
      }
      return drives;
    }

    /** Kinds from the kind cell: none, one for every drive, or one per drive. */
    private List<StorageKind> kinds(int drives) {
      String text = cell(InventoryColumn.STORAGE_KIND);
      if (text == null) {
        return List.of();
      }
      StorageKind single = InventoryValues.storageKind(text);
      if (single != null) {
        return List.of(single);
      }
      List<StorageKind> kinds = new ArrayList<>();
      for (String word : DRIVE_SEPARATOR.split(text)) {
        StorageKind kind = InventoryValues.storageKind(word);
        if (kind == null) {
          fail(InventoryColumn.STORAGE_KIND, "inventory.storage-kind.unknown", echo(text));
          return null;
        }
        kinds.add(kind);
      }
      if (drives > 0 && kinds.size() != drives) {
        fail(
            InventoryColumn.STORAGE_KIND,
            "inventory.storage-kind.count",
            echo(text),
            String.valueOf(kinds.size()),
            String.valueOf(drives));
        return null;
      }
      return kinds;
    }

    /** Drive serials, one per drive when there are several. */
    private List<String> driveSerials(int drives) {
      String text = text(InventoryColumn.STORAGE_SERIAL);
      if (text == null) {
        return List.of();
      }
      if (drives <= 1 && !hasDriveSeparator(text)) {
        return List.of(text); // one drive, the common case, without a regular expression
      }
      List<String> found = new ArrayList<>();
      for (String serial : DRIVE_SEPARATOR.split(text)) {
        if (!serial.isBlank()) {
          found.add(serial.strip());
        }
      }
      if (drives > 0 && found.size() != drives) {
        fail(
            InventoryColumn.STORAGE_SERIAL,
            "inventory.storage-serial.count",
            echo(text),
            String.valueOf(found.size()),
            String.valueOf(drives));
        return null;
      }
      return found;
    }

    /** A weight in whole grams; kilograms when no unit is written. */
    Integer weight() {
      InventoryColumn column = InventoryColumn.WEIGHT_GRAMS;
      String text = cell(column);
      if (text == null) {
        return null;
      }
      BigDecimal grams = InventoryValues.grams(text);
      if (grams == null) {
        fail(column, "inventory.number.invalid", echo(text));
        return null;
      }
      if (grams.compareTo(BigDecimal.valueOf(column.min())) < 0
          || grams.compareTo(BigDecimal.valueOf(column.max())) > 0) {
        fail(column, "inventory.weight.out-of-range", echo(text));
        return null;
      }
      return grams.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    <T> T known(InventoryColumn column, Function<String, T> meaning, String unknown) {
      String text = cell(column);
      if (text == null) {
        return null;
      }
      T value = meaning.apply(text);
      if (value == null) {
        fail(column, unknown, echo(text));
      }
      return value;
    }
  }

  /** A line offered before the header is chosen. */
  private record Candidate(int line, List<String> cells) {

    /** How many of its cells name a known column. */
    int recognised() {
      int count = 0;
      for (String cell : cells) {
        if (InventoryColumn.named(InventoryValues.clean(cell)) != null) {
          count++;
        }
      }
      return count;
    }
  }
}
