package fr.packnum.workshop.control;

import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.KeyboardLayout;
import fr.packnum.workshop.entity.StorageKind;
import java.math.BigDecimal;
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

/**
 * Turns the lines of an inventory into validated rows, whatever the file format: the first
 * non-blank line is the header and maps column positions to {@link InventoryColumn}s; every other
 * non-blank line is checked and goes to the sink if it is valid. Only the serial numbers seen so
 * far are kept, never the rows.
 */
final class InventoryValidator {

  static final int MAX_ARGUMENT_LENGTH = 60;

  private final Consumer<InventoryRow> sink;
  private final int maxErrors;
  private final int maxRows;
  private final List<InventoryError> errors = new ArrayList<>();
  private final Set<String> serials = new HashSet<>();
  private final Map<InventoryColumn, String> headers = new EnumMap<>(InventoryColumn.class);
  private InventoryColumn[] columnAt = new InventoryColumn[0];
  private boolean headerSeen;
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
   * Offers a line as the header; a blank line is ignored and the next one is offered. {@code cells}
   * hold the texts by column position (0 = column A), {@code null} for an empty cell.
   */
  void header(int line, List<String> cells) {
    if (cells.stream().allMatch(cell -> InventoryValues.clean(cell) == null)) {
      return;
    }
    headerSeen = true;
    columnAt = new InventoryColumn[cells.size()];
    for (int position = 0; position < cells.size(); position++) {
      String name = InventoryValues.clean(cells.get(position));
      InventoryColumn column = InventoryColumn.named(name);
      if (column == null) {
        continue; // a column of the donor's own: ignored
      }
      if (headers.containsKey(column)) {
        error(line, name, "inventory.header.duplicate");
        continue;
      }
      headers.put(column, name);
      columnAt[position] = column;
    }
    for (InventoryColumn column : InventoryColumn.values()) {
      if (column.required() && !headers.containsKey(column)) {
        error(line, null, "inventory.header." + column.id() + "-missing");
        readable = false;
      }
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
    Integer storage = checked.whole(InventoryColumn.STORAGE_GB, InventoryValues.GIGA_OR_TERA);
    StorageKind storageKind =
        checked.known(
            InventoryColumn.STORAGE_KIND,
            InventoryValues::storageKind,
            "inventory.storage-kind.unknown");
    String storageSerial = checked.text(InventoryColumn.STORAGE_SERIAL);
    BigDecimal screen = checked.number(InventoryColumn.SCREEN_INCHES, InventoryValues.INCHES);
    Integer battery = checked.whole(InventoryColumn.BATTERY_PERCENT, InventoryValues.PERCENT);
    Boolean webcam =
        checked.known(InventoryColumn.WEBCAM, InventoryValues::yesNo, "inventory.webcam.unknown");
    KeyboardLayout keyboard =
        checked.known(
            InventoryColumn.KEYBOARD,
            InventoryValues::keyboardLayout,
            "inventory.keyboard.unknown");
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
              storage,
              storageKind,
              storageSerial,
              screen == null ? null : screen.doubleValue(),
              battery,
              webcam,
              keyboard,
              notes));
    }
  }

  /** Records that the file has no header at all (no non-blank line). */
  void noHeader() {
    error(1, null, "inventory.header.none");
    readable = false;
  }

  InventoryResult result() {
    if (!headerSeen && readable) {
      noHeader();
    }
    return new InventoryResult(rowsRead, validRows, errorCount, errors);
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
      if (text == null) {
        return null;
      }
      BigDecimal value = InventoryValues.number(text, units);
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
      BigDecimal value = number(column, units);
      if (value == null) {
        return null;
      }
      if (value.stripTrailingZeros().scale() > 0) {
        fail(column, "inventory.number.not-whole", echo(cell(column)));
        return null;
      }
      return value.intValueExact();
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
}
