package fr.packnum.workshop.control;

import fr.packnum.platform.control.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Blank inventories for donors to fill in: an .xlsx workbook (header row, drop-down lists, a help
 * sheet listing the accepted values) and a CSV file as French Excel writes it. Both read back with
 * {@link InventoryReader} as an empty inventory.
 */
public final class InventoryTemplate {

  private static final List<InventoryColumn> COLUMNS = Arrays.asList(InventoryColumn.values());

  private InventoryTemplate() {}

  /** The French workbook. */
  public static byte[] xlsx() {
    return xlsx(Messages.FRENCH);
  }

  /** The workbook with headers, lists and help in the given language (French unless English). */
  public static byte[] xlsx(Locale locale) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      devices(workbook, locale);
      help(workbook, locale);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException inMemory) {
      throw new UncheckedIOException(inMemory);
    }
  }

  /**
   * The French CSV file: UTF-8 with a byte order mark (without it Excel reads the accents as
   * Windows-1252) and ';' between cells, as French Excel expects.
   */
  public static byte[] csv() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer =
            new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
      writer.write('\uFEFF');
      printer.printRecord(COLUMNS.stream().map(c -> label(Messages.FRENCH, c)).toList());
    } catch (IOException inMemory) {
      throw new UncheckedIOException(inMemory);
    }
    return out.toByteArray();
  }

  private static void devices(XSSFWorkbook workbook, Locale locale) {
    Sheet sheet = workbook.createSheet(Messages.text(locale, "inventory.template.sheet"));
    CellStyle header = headerStyle(workbook);
    CellStyle text = workbook.createCellStyle();
    text.setDataFormat(workbook.createDataFormat().getFormat("@"));
    Row row = sheet.createRow(0);
    for (InventoryColumn column : COLUMNS) {
      int position = column.ordinal();
      var cell = row.createCell(position);
      cell.setCellValue(label(locale, column));
      cell.setCellStyle(header);
      sheet.setColumnWidth(position, width(column) * 256);
      if (column == InventoryColumn.SERIAL || column == InventoryColumn.STORAGE_SERIAL) {
        // as text, or Excel turns a long numeric serial into 1,23457E+11 and drops leading zeros
        sheet.setDefaultColumnStyle(position, text);
      }
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, COLUMNS.size() - 1));
    DataValidationHelper validations = sheet.getDataValidationHelper();
    dropDown(sheet, validations, InventoryColumn.TYPE, InventoryValues.typeLabels(locale));
    dropDown(
        sheet,
        validations,
        InventoryColumn.STORAGE_KIND,
        InventoryValues.storageKindLabels(locale));
    dropDown(sheet, validations, InventoryColumn.WEBCAM, InventoryValues.yesNoLabels(locale));
    dropDown(sheet, validations, InventoryColumn.KEYBOARD, InventoryValues.keyboardLabels(locale));
  }

  /**
   * A drop-down list on the column's cells below the header. It only warns on another value: the
   * reader accepts more words than the list shows (English ones, other spellings).
   */
  private static void dropDown(
      Sheet sheet, DataValidationHelper helper, InventoryColumn column, List<String> values) {
    int position = column.ordinal();
    DataValidation validation =
        helper.createValidation(
            helper.createExplicitListConstraint(values.toArray(String[]::new)),
            new CellRangeAddressList(1, InventoryReader.MAX_ROWS, position, position));
    validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
    validation.setShowErrorBox(true);
    validation.setSuppressDropDownArrow(true); // for XSSF, true shows the arrow
    sheet.addValidationData(validation);
  }

  private static void help(XSSFWorkbook workbook, Locale locale) {
    Sheet sheet = workbook.createSheet(Messages.text(locale, "inventory.template.help-sheet"));
    CellStyle header = headerStyle(workbook);
    CellStyle wrapped = workbook.createCellStyle();
    wrapped.setWrapText(true);
    wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    sheet.setColumnWidth(0, 26 * 256);
    sheet.setColumnWidth(1, 13 * 256);
    sheet.setColumnWidth(2, 90 * 256);

    Row intro = sheet.createRow(0);
    intro.setHeightInPoints(32);
    intro.createCell(0).setCellValue(Messages.text(locale, "inventory.template.help.intro"));
    intro.getCell(0).setCellStyle(wrapped);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));

    Row titles = sheet.createRow(2);
    List<String> keys = List.of("column", "required", "accepted");
    for (int i = 0; i < keys.size(); i++) {
      titles
          .createCell(i)
          .setCellValue(Messages.text(locale, "inventory.template.help." + keys.get(i)));
      titles.getCell(i).setCellStyle(header);
    }
    int line = 3;
    for (InventoryColumn column : COLUMNS) {
      Row row = sheet.createRow(line++);
      row.createCell(0).setCellValue(label(locale, column));
      row.createCell(1)
          .setCellValue(
              column.required() ? Messages.text(locale, "inventory.template.help.yes") : "");
      row.createCell(2).setCellValue(help(locale, column));
      row.getCell(2).setCellStyle(wrapped);
    }
  }

  /**
   * What the column of an error expects, in the words of the template's help sheet; empty when the
   * error concerns no column this import knows.
   */
  public static Optional<String> expected(Locale locale, InventoryError error) {
    InventoryColumn column = InventoryColumn.named(error.column());
    return column == null ? Optional.empty() : Optional.of(help(locale, column));
  }

  static String help(Locale locale, InventoryColumn column) {
    String key = "inventory.template.help." + column.id();
    return switch (column) {
      case TYPE ->
          Messages.text(locale, key, String.join(", ", InventoryValues.typeLabels(locale)));
      case STORAGE_KIND ->
          Messages.text(locale, key, String.join(", ", InventoryValues.storageKindLabels(locale)));
      case KEYBOARD ->
          Messages.text(locale, key, String.join(", ", InventoryValues.keyboardLabels(locale)));
      case WEBCAM ->
          Messages.text(locale, key, String.join(", ", InventoryValues.yesNoLabels(locale)));
      case WEIGHT_GRAMS -> Messages.text(locale, key);
      case RAM_GB, STORAGE_GB, SCREEN_INCHES, BATTERY_PERCENT ->
          Messages.text(locale, key, column.min(), column.max());
      default -> Messages.text(locale, key, column.maxLength());
    };
  }

  private static CellStyle headerStyle(XSSFWorkbook workbook) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    CellStyle style = workbook.createCellStyle();
    style.setFont(bold);
    style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return style;
  }

  static String label(Locale locale, InventoryColumn column) {
    return Messages.text(locale, "inventory.column." + column.id());
  }

  /** Column width in characters: enough for the header and a typical value. */
  private static int width(InventoryColumn column) {
    return switch (column) {
      case TYPE, WEBCAM -> 14;
      case RAM_GB, BATTERY_PERCENT, WEIGHT_GRAMS -> 13;
      case BRAND, STORAGE_GB, SCREEN_INCHES, KEYBOARD -> 16;
      case STORAGE_KIND -> 18;
      case MODEL, SERIAL, STORAGE_SERIAL, CPU -> 24;
      case NOTES -> 40;
    };
  }
}
