package fr.packnum.reporting.control;

import fr.packnum.reporting.entity.VatMode;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A partner statement as an .xlsx workbook, the file a partner's accountant opens and uses without
 * reworking it: "Synthèse" (key figures and two bar charts), "Packs" (one row per pack, the column
 * contract of {@link PackRow}), "Appareils", "Accompagnement", "Facturation" (live formulas: change
 * a quantity and the totals, the VAT and the budget left move) and "À propos" (period, scope, who
 * produced it and when, definitions, the column contract, the method).
 *
 * <p>The pack rows are streamed: a chart cannot live on a streamed sheet, so every sheet but
 * "Packs" is built first on an ordinary {@link XSSFWorkbook}, its formulas evaluated so that the
 * file carries their values, and an {@link SXSSFWorkbook} over it then writes "Packs" with at most
 * {@value #WINDOW} rows in memory, the rest in a compressed temporary file. The heap does not grow
 * with the number of packs.
 *
 * <p>French formats: days are date cells shown {@code dd/mm/yyyy}, amounts are numbers shown with
 * {@value #EURO_FORMAT}. A number format is stored in the file in Excel's neutral syntax ({@code ,}
 * for thousands, {@code .} for decimals) and shown in the reader's locale, so French Excel and
 * LibreOffice show {@code 1 234,50 €}. Every text goes through {@link InertText}.
 */
public final class StatementWorkbook {

  /** Rows of "Packs" kept in memory while streaming. */
  public static final int WINDOW = 100;

  /** {@code rowsDone} hears of the progress every so many pack rows, and once at the end. */
  public static final int PROGRESS_EVERY = 1_000;

  /** Rows a worksheet holds, less the header. */
  public static final int MAX_PACK_ROWS = 1_048_575;

  public static final String SUMMARY = "Synthèse";
  public static final String PACKS = "Packs";
  public static final String DEVICES = "Appareils";
  public static final String SUPPORT = "Accompagnement";
  public static final String BILLING = "Facturation";
  public static final String ABOUT = "À propos";

  static final String DATE_FORMAT = "dd/mm/yyyy";
  static final String EURO_FORMAT = "#,##0.00\\ \"€\"";

  /** A pass numérique voucher is worth 10 €. */
  static final int VOUCHER_EUROS = 10;

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
  private static final PackColumn[] COLUMNS = PackColumn.values();
  private static final int MAX_WIDTH = 60;
  private static final int MAX_TEXT = 32_767;

  /** Excel's serial number of 1970-01-01 (1900 date system, days since 1899-12-30). */
  private static final long EPOCH_SERIAL = 25_569;

  private static final LocalDate SERIAL_FROM = LocalDate.of(1900, 3, 1);

  private StatementWorkbook() {}

  /**
   * Writes the workbook, reading each pack row once. The stream is not closed.
   *
   * @param rowsDone told the number of pack rows written every {@value #PROGRESS_EVERY} rows and at
   *     the end
   * @return the number of pack rows written
   * @throws StatementTooLong past {@value #MAX_PACK_ROWS} pack rows
   */
  public static long write(
      Statement statement, Iterator<PackRow> packs, OutputStream out, LongConsumer rowsDone)
      throws IOException {
    try (XSSFWorkbook template = new XSSFWorkbook()) {
      Styles styles = new Styles(template);
      properties(template, statement.header());
      summary(template.createSheet(SUMMARY), styles, statement);
      devices(template.createSheet(DEVICES), styles, statement.devices());
      support(template.createSheet(SUPPORT), styles, statement.support());
      billing(template.createSheet(BILLING), styles, statement.header(), statement.billing());
      about(template.createSheet(ABOUT), styles, statement.header());
      // The file carries the values as well as the formulas (a viewer that does not calculate
      // shows them); Excel and LibreOffice calculate again on opening.
      XSSFFormulaEvaluator.evaluateAllFormulaCells(template);
      template.setForceFormulaRecalculation(true);

      SXSSFWorkbook workbook = new StreamedWorkbook(template);
      try {
        SXSSFSheet sheet = workbook.createSheet(PACKS);
        workbook.setSheetOrder(PACKS, 1);
        template.setActiveSheet(0);
        template.setSelectedTab(0);
        long rows = packs(sheet, styles, packs, rowsDone);
        workbook.write(out);
        return rows;
      } finally {
        workbook.dispose();
      }
    }
  }

  /** {@link #write(Statement, Iterator, OutputStream, LongConsumer)} from a stream. */
  public static long write(
      Statement statement, Stream<PackRow> packs, OutputStream out, LongConsumer rowsDone)
      throws IOException {
    return write(statement, packs.iterator(), out, rowsDone);
  }

  // --- Packs ---------------------------------------------------------------------------------

  private static long packs(
      SXSSFSheet sheet, Styles styles, Iterator<PackRow> packs, LongConsumer rowsDone) {
    int[] longest = new int[COLUMNS.length];
    Row header = sheet.createRow(0);
    for (PackColumn column : COLUMNS) {
      header(header, column.ordinal(), column.label(), styles);
      longest[column.ordinal()] = Math.max(column.width(), column.label().length() + 2);
    }
    long written = 0;
    int next = 1;
    while (packs.hasNext()) {
      if (written == MAX_PACK_ROWS) {
        throw new StatementTooLong(written + 1);
      }
      PackRow pack = packs.next();
      SXSSFRow row = sheet.createRow(next++);
      for (PackColumn column : COLUMNS) {
        int position = column.ordinal();
        if (column.isDate()) {
          LocalDate day = column.date(pack);
          if (day != null) {
            Cell cell = row.createCell(position, CellType.NUMERIC);
            cell.setCellValue(serial(day));
            cell.setCellStyle(styles.date);
          }
        } else {
          String text = column.text(pack);
          if (text != null && !text.isEmpty()) {
            text(row.createCell(position), text, styles);
            // the longest value, capped below: cheap on every row, unlike autoSizeColumn
            if (text.length() > longest[position]) {
              longest[position] = text.length();
            }
          }
        }
      }
      written++;
      if (written % PROGRESS_EVERY == 0) {
        rowsDone.accept(written);
      }
    }
    if (written % PROGRESS_EVERY != 0 || written == 0) {
      rowsDone.accept(written);
    }
    for (int position = 0; position < COLUMNS.length; position++) {
      sheet.setColumnWidth(position, Math.min(MAX_WIDTH, longest[position] + 1) * 256);
    }
    table(sheet, next - 1, COLUMNS.length - 1);
    return written;
  }

  /**
   * Excel's serial day number, computed rather than through POI's calendar arithmetic (a third of
   * the time of a pack row went there).
   */
  static double serial(LocalDate day) {
    if (day.isBefore(SERIAL_FROM)) {
      return DateUtil.getExcelDate(day);
    }
    return day.toEpochDay() + EPOCH_SERIAL;
  }

  // --- Synthèse ------------------------------------------------------------------------------

  private static void summary(XSSFSheet sheet, Styles styles, Statement statement) {
    StatementHeader header = statement.header();
    StatementFigures figures = statement.figures();
    Row title = sheet.createRow(0);
    title.createCell(0).setCellValue("Relevé partenaire");
    title.getCell(0).setCellStyle(styles.title);
    int line = 2;
    line = labelText(sheet, line, "Partenaire", header.partner(), styles);
    line = labelText(sheet, line, "Convention", header.convention(), styles);
    line = labelDate(sheet, line, "Du", header.from(), styles);
    line = labelDate(sheet, line, "Au", header.to(), styles);
    line = labelText(sheet, line, "Périmètre", header.scope(), styles);

    line++;
    Row keys = sheet.createRow(line++);
    header(keys, 0, "Chiffres clés", styles);
    header(keys, 1, "Valeur", styles);
    int packsRow = line;
    line = labelNumber(sheet, line, "Packs remis", figures.packsDelivered(), styles.count, styles);
    int qpvRow = line;
    line =
        labelNumber(sheet, line, "Packs remis en QPV", figures.packsInQpv(), styles.count, styles);
    line = labelFormula(sheet, line, "Part des packs en QPV", share(qpvRow, packsRow), styles);
    line =
        labelNumber(
            sheet,
            line,
            "Appareils reconditionnés",
            figures.devicesRefurbished(),
            styles.count,
            styles);
    line =
        labelNumber(
            sheet, line, "Appareils mis au rebut", figures.devicesScrapped(), styles.count, styles);
    line =
        labelNumber(
            sheet,
            line,
            "Poids mis au rebut (kg)",
            decimal(figures.scrappedKg()),
            styles.decimal,
            styles);
    line =
        labelNumber(
            sheet,
            line,
            "Heures d'accompagnement",
            decimal(figures.supportHours()),
            styles.decimal,
            styles);
    line =
        labelNumber(
            sheet, line, "Pass numérique émis", figures.vouchersIssued(), styles.count, styles);
    line =
        labelNumber(
            sheet,
            line,
            "Pass numérique utilisés",
            figures.vouchersRedeemed(),
            styles.count,
            styles);
    int closedRow = line;
    line = labelNumber(sheet, line, "Suivis clos", figures.followUpsClosed(), styles.count, styles);
    int connectedRow = line;
    line =
        labelNumber(
            sheet,
            line,
            "Foyers toujours connectés à M+6",
            figures.stillConnectedAtM6(),
            styles.count,
            styles);
    line =
        labelFormula(
            sheet,
            line,
            "Part des suivis clos encore connectés à M+6",
            share(connectedRow, closedRow),
            styles);

    line++;
    line =
        countTable(
            sheet,
            line,
            "Foyers par situation",
            sorted(figures.householdsBySituation()),
            "Foyers",
            styles);

    line++;
    Map<String, Long> months = new LinkedHashMap<>();
    if (figures.packsPerMonth() != null) {
      for (Map.Entry<YearMonth, Long> month : figures.packsPerMonth().entrySet()) {
        months.put(MONTH.format(month.getKey()), month.getValue());
      }
    }
    int monthsFrom = line + 1;
    line = countTable(sheet, line, "Packs remis par mois", months, "Packs", styles);
    if (!months.isEmpty()) {
      chart(sheet, "Packs remis par mois", monthsFrom, line - 1, BarDirection.COL, 0);
    }

    line++;
    Map<String, Long> territories =
        figures.packsByTerritory() == null ? Map.of() : figures.packsByTerritory();
    int territoriesFrom = line + 1;
    line = countTable(sheet, line, "Packs remis par territoire", territories, "Packs", styles);
    if (!territories.isEmpty()) {
      chart(sheet, "Packs remis par territoire", territoriesFrom, line - 1, BarDirection.BAR, 20);
    }

    sheet.setColumnWidth(0, 44 * 256);
    sheet.setColumnWidth(1, 16 * 256);
    print(sheet);
  }

  /** A two-column table "what | count" under a header row; returns the next free line. */
  private static int countTable(
      XSSFSheet sheet,
      int line,
      String title,
      Map<String, Long> counts,
      String counted,
      Styles styles) {
    Row header = sheet.createRow(line++);
    header(header, 0, title, styles);
    header(header, 1, counted, styles);
    for (Map.Entry<String, Long> count : counts.entrySet()) {
      Row row = sheet.createRow(line++);
      text(row.createCell(0), count.getKey(), styles);
      number(row.createCell(1), count.getValue() == null ? 0 : count.getValue(), styles.count);
    }
    return line;
  }

  /** A bar chart beside the tables, drawn from the table's cells (its text alternative). */
  private static void chart(
      XSSFSheet sheet, String title, int firstRow, int lastRow, BarDirection direction, int top) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    int height = Math.max(18, (lastRow - firstRow + 1) + 4);
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 3, top, 13, top + height);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
    values.setCrosses(AxisCrosses.AUTO_ZERO);
    values.setCrossBetween(AxisCrossBetween.BETWEEN);
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
    data.setBarDirection(direction);
    data.setVaryColors(false);
    XDDFBarChartData.Series series =
        (XDDFBarChartData.Series)
            data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(
                    sheet, new CellRangeAddress(firstRow, lastRow, 0, 0)),
                XDDFDataSourcesFactory.fromNumericCellRange(
                    sheet, new CellRangeAddress(firstRow, lastRow, 1, 1)));
    series.setTitle("Packs remis", null);
    chart.plot(data);
  }

  // --- Appareils -----------------------------------------------------------------------------

  private static void devices(XSSFSheet sheet, Styles styles, List<DeviceLine> devices) {
    List<String> titles =
        List.of(
            "Donateur",
            "Reçus",
            "Reconditionnés",
            "Remis",
            "Mis au rebut",
            "Poids mis au rebut (kg)");
    headers(sheet, titles, styles);
    int line = 1;
    int longest = 24;
    for (DeviceLine device : devices) {
      Row row = sheet.createRow(line++);
      text(row.createCell(0), device.donor(), styles);
      number(row.createCell(1), device.received(), styles.count);
      number(row.createCell(2), device.refurbished(), styles.count);
      number(row.createCell(3), device.delivered(), styles.count);
      number(row.createCell(4), device.scrapped(), styles.count);
      number(row.createCell(5), decimal(device.scrappedKg()), styles.decimal);
      longest = Math.max(longest, device.donor() == null ? 0 : device.donor().length() + 1);
    }
    int last = Math.max(line, 2); // SUM over an empty line is 0 where there is no donor
    Row total = sheet.createRow(Math.max(line, 2));
    total.createCell(0).setCellValue("Total");
    total.getCell(0).setCellStyle(styles.bold);
    for (int column = 1; column <= 5; column++) {
      Cell cell = total.createCell(column);
      cell.setCellFormula("SUM(" + range(column, 2, last) + ")");
      cell.setCellStyle(column == 5 ? styles.decimalBold : styles.countBold);
    }
    sheet.setColumnWidth(0, Math.min(MAX_WIDTH, longest) * 256);
    for (int column = 1; column <= 5; column++) {
      sheet.setColumnWidth(column, (titles.get(column).length() + 4) * 256);
    }
    table(sheet, Math.max(line - 1, 1), titles.size() - 1);
  }

  // --- Accompagnement ------------------------------------------------------------------------

  private static void support(XSSFSheet sheet, Styles styles, SupportFigures support) {
    headers(sheet, List.of("Indicateur", "Valeur"), styles);
    int line = 1;
    line =
        labelNumber(
            sheet, line, "Séances (remises et ateliers)", support.sessions(), styles.count, styles);
    line =
        labelNumber(
            sheet,
            line,
            "Heures d'accompagnement",
            decimal(support.hours()),
            styles.decimal,
            styles);
    line = labelNumber(sheet, line, "Appels de suivi", support.calls(), styles.count, styles);
    int issued = line;
    line =
        labelNumber(
            sheet, line, "Pass numérique émis", support.vouchersIssued(), styles.count, styles);
    int redeemed = line;
    line =
        labelNumber(
            sheet,
            line,
            "Pass numérique utilisés",
            support.vouchersRedeemed(),
            styles.count,
            styles);
    line =
        labelFormula(
            sheet,
            line,
            "Valeur des pass émis (" + VOUCHER_EUROS + " € l'unité)",
            "B" + (issued + 1) + "*" + VOUCHER_EUROS,
            styles.euro,
            styles);
    line =
        labelFormula(
            sheet,
            line,
            "Valeur des pass utilisés",
            "B" + (redeemed + 1) + "*" + VOUCHER_EUROS,
            styles.euro,
            styles);
    int longest = 40;
    for (Map.Entry<String, Long> outcome : sorted(support.callOutcomes()).entrySet()) {
      String label = "Appels terminés : " + outcome.getKey();
      line =
          labelNumber(
              sheet,
              line,
              label,
              outcome.getValue() == null ? 0 : outcome.getValue(),
              styles.count,
              styles);
      longest = Math.max(longest, label.length() + 1);
    }
    sheet.setColumnWidth(0, Math.min(MAX_WIDTH, longest) * 256);
    sheet.setColumnWidth(1, 16 * 256);
    table(sheet, line - 1, 1);
  }

  // --- Facturation ---------------------------------------------------------------------------

  /**
   * Quantity × unit price per line, then the total, the VAT as the convention's mode says, the
   * total due and the budget left — all formulas, so that the accountant may correct a quantity.
   * Amounts are rounded to the cent where VAT is computed, as an invoice is.
   */
  private static void billing(
      XSSFSheet sheet, Styles styles, StatementHeader header, List<BillingLine> lines) {
    VatMode mode = header.vatMode();
    String priced =
        switch (mode) {
          case EXEMPT -> "";
          case EXCLUDED -> " HT";
          case INCLUDED -> " TTC";
        };
    headers(
        sheet, List.of("Poste", "Quantité", "Prix unitaire" + priced, "Montant" + priced), styles);
    int line = 1;
    int longest = 30;
    for (BillingLine item : lines) {
      Row row = sheet.createRow(line++);
      text(row.createCell(0), item.item(), styles);
      number(row.createCell(1), item.quantity().doubleValue(), styles.quantity);
      number(row.createCell(2), euros(item.unitPriceCents()), styles.euro);
      Cell amount = row.createCell(3);
      amount.setCellFormula("B" + line + "*C" + line);
      amount.setCellStyle(styles.euro);
      longest = Math.max(longest, item.item().length() + 1);
    }
    int last = Math.max(line, 2); // an empty line where there is none: the SUM is 0
    int next = last + 1; // a blank line between the lines and the totals
    String sum = "SUM(" + range(3, 2, last) + ")";
    int due;
    switch (mode) {
      case EXEMPT -> {
        int total = next;
        next = total(sheet, next, "Total", sum, styles.euroBold, styles);
        int vat = next;
        next = total(sheet, next, mode.label(), "0", styles.euro, styles);
        due = next;
        next =
            total(
                sheet,
                next,
                "Total dû",
                "D" + (total + 1) + "+D" + (vat + 1),
                styles.euroBold,
                styles);
      }
      case EXCLUDED -> {
        int net = next;
        next = total(sheet, next, "Total HT", sum, styles.euroBold, styles);
        int rate = next;
        next = rate(sheet, next, styles);
        int vat = next;
        next =
            total(
                sheet,
                next,
                "TVA",
                "ROUND(D" + (net + 1) + "*D" + (rate + 1) + ",2)",
                styles.euro,
                styles);
        due = next;
        next =
            total(
                sheet,
                next,
                "Total TTC",
                "D" + (net + 1) + "+D" + (vat + 1),
                styles.euroBold,
                styles);
      }
      case INCLUDED -> {
        due = next;
        next = total(sheet, next, "Total TTC", sum, styles.euroBold, styles);
        int rate = next;
        next = rate(sheet, next, styles);
        int net = next;
        next =
            total(
                sheet,
                next,
                "Total HT",
                "ROUND(D" + (due + 1) + "/(1+D" + (rate + 1) + "),2)",
                styles.euro,
                styles);
        next =
            total(sheet, next, "dont TVA", "D" + (due + 1) + "-D" + (net + 1), styles.euro, styles);
      }
      default -> throw new IllegalStateException(mode.name());
    }
    next++;
    if (header.budgetCapCents() == null) {
      Row row = sheet.createRow(next);
      label(row, 2, "Plafond de la convention", styles);
      row.createCell(3).setCellValue("sans plafond");
    } else {
      int cap = next;
      Row row = sheet.createRow(next++);
      label(row, 2, "Plafond de la convention", styles);
      number(row.createCell(3), euros(header.budgetCapCents()), styles.euro);
      next =
          total(
              sheet,
              next,
              "Budget restant",
              "D" + (cap + 1) + "-D" + (due + 1),
              styles.euroBold,
              styles);
      total(
          sheet,
          next,
          "Budget consommé",
          "IF(D" + (cap + 1) + "=0,0,D" + (due + 1) + "/D" + (cap + 1) + ")",
          styles.percent,
          styles);
    }
    sheet.setColumnWidth(0, Math.min(MAX_WIDTH, longest) * 256);
    sheet.setColumnWidth(1, 12 * 256);
    sheet.setColumnWidth(2, 46 * 256);
    sheet.setColumnWidth(3, 18 * 256);
    table(sheet, last - 1, 3);
  }

  private static int total(
      XSSFSheet sheet, int line, String label, String formula, CellStyle style, Styles styles) {
    Row row = sheet.createRow(line);
    label(row, 2, label, styles);
    Cell cell = row.createCell(3);
    cell.setCellFormula(formula);
    cell.setCellStyle(style);
    return line + 1;
  }

  private static int rate(XSSFSheet sheet, int line, Styles styles) {
    Row row = sheet.createRow(line);
    label(row, 2, "Taux de TVA", styles);
    number(row.createCell(3), VatMode.RATE.doubleValue(), styles.percent);
    return line + 1;
  }

  // --- À propos ------------------------------------------------------------------------------

  private static void about(XSSFSheet sheet, Styles styles, StatementHeader header) {
    Row title = sheet.createRow(0);
    title.createCell(0).setCellValue("À propos de ce relevé");
    title.getCell(0).setCellStyle(styles.title);
    int line = 2;
    line = labelText(sheet, line, "Partenaire", header.partner(), styles);
    line = labelText(sheet, line, "Convention", header.convention(), styles);
    line = labelDate(sheet, line, "Période du", header.from(), styles);
    line = labelDate(sheet, line, "au (inclus)", header.to(), styles);
    line = labelText(sheet, line, "Périmètre", header.scope(), styles);
    Row produced = sheet.createRow(line++);
    label(produced, 0, "Produit le", styles);
    Cell when = produced.createCell(1);
    when.setCellValue(LocalDateTime.ofInstant(header.producedAt(), PARIS));
    when.setCellStyle(styles.dateTime);
    line = labelText(sheet, line, "Produit par", header.producedBy(), styles);
    line = labelText(sheet, line, "Logiciel", "PackNum", styles);
    line = labelText(sheet, line, "TVA", header.vatMode().label(), styles);
    if (header.budgetCapCents() == null) {
      line = labelText(sheet, line, "Plafond de la convention", "sans plafond", styles);
    } else {
      line =
          labelNumber(
              sheet,
              line,
              "Plafond de la convention",
              euros(header.budgetCapCents()),
              styles.euro,
              styles);
    }

    line++;
    Row definitions = sheet.createRow(line++);
    header(definitions, 0, "Définitions", styles);
    header(definitions, 1, "", styles);
    for (String[] definition : DEFINITIONS) {
      line = labelWrapped(sheet, line, definition[0], definition[1], styles);
    }

    line++;
    Row columns = sheet.createRow(line++);
    header(columns, 0, "Colonnes de la feuille Packs", styles);
    header(columns, 1, "Contenu (contrat de données : rien de plus personnel)", styles);
    for (PackColumn column : COLUMNS) {
      line = labelWrapped(sheet, line, column.label(), column.definition(), styles);
    }

    line++;
    Row method = sheet.createRow(line++);
    header(method, 0, "Méthode", styles);
    header(method, 1, "", styles);
    for (String[] step : METHOD) {
      line = labelWrapped(sheet, line, step[0], step[1], styles);
    }
    sheet.setColumnWidth(0, 34 * 256);
    sheet.setColumnWidth(1, 100 * 256);
    print(sheet);
  }

  private static final String[][] DEFINITIONS = {
    {
      "Pack remis",
      "Un appareil reconditionné remis à un foyer pendant la période (jour de la remise), avec"
          + " son offre de connexion éventuelle et son accompagnement."
    },
    {
      "Foyers par situation",
      "Un foyer compte une fois dans chacune de ses catégories de situation (RSA, AAH, ASS, ASPA,"
          + " CSS, ADA, boursier, CEJ…) : le total peut dépasser le nombre de foyers."
    },
    {
      "Quartier prioritaire (QPV)",
      "Quartier prioritaire de la politique de la ville, tel que déclaré dans le dossier du"
          + " foyer."
    },
    {
      "Appareil reconditionné",
      "Appareil devenu prêt pendant la période : effacement des données enregistré pour chaque"
          + " support de stockage, tests fonctionnels réussis (décret 2022-190), système installé,"
          + " grade attribué."
    },
    {
      "Appareil mis au rebut",
      "Appareil sorti vers une filière DEEE ou le prélèvement de pièces pendant la période ; poids"
          + " en kilogrammes."
    },
    {
      "Heures d'accompagnement",
      "Durée des séances tenues pendant la période : remises, ateliers, séances individuelles."
    },
    {
      "Pass numérique",
      "Chèque de "
          + VOUCHER_EUROS
          + " € pour des services de médiation numérique, émis ou utilisé"
          + " pendant la période."
    },
    {
      "Toujours connecté à M+6",
      "Foyer dont le suivi s'est clos à l'échéance de six mois après la remise avec une connexion"
          + " internet active."
    },
  };

  private static final String[][] METHOD = {
    {
      "Source",
      "Données de PackNum au moment de la production, pour les structures, communes et packs que"
          + " couvre la convention ; aucune saisie manuelle."
    },
    {
      "Facturation",
      "Montant = quantité × prix unitaire. Les totaux, la TVA et le budget restant sont des"
          + " formules : modifier une quantité ou un prix met les totaux à jour. TVA arrondie au"
          + " centime. Budget restant = plafond de la convention − total dû (TTC)."
    },
    {
      "Formats",
      "Dates au format jj/mm/aaaa, montants en euros. Le même détail des packs existe en CSV"
          + " (UTF-8, séparateur point-virgule)."
    },
    {
      "Textes",
      "Un texte qui commence par =, +, -, @ ou une tabulation est affiché tel quel et n'est jamais"
          + " calculé (protection contre l'injection de formules)."
    },
  };

  // --- cells ---------------------------------------------------------------------------------

  /** A text cell, quote-prefixed when a spreadsheet could take it for a formula. */
  static void text(Cell cell, String value, Styles styles) {
    if (value == null || value.isEmpty()) {
      return;
    }
    String text = value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value;
    cell.setCellValue(text);
    cell.setCellStyle(InertText.dangerous(text) ? styles.inert : styles.text);
  }

  private static void number(Cell cell, double value, CellStyle style) {
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static void header(Row row, int column, String title, Styles styles) {
    Cell cell = row.createCell(column);
    cell.setCellValue(title);
    cell.setCellStyle(styles.header);
  }

  private static void headers(XSSFSheet sheet, List<String> titles, Styles styles) {
    Row row = sheet.createRow(0);
    for (int column = 0; column < titles.size(); column++) {
      header(row, column, titles.get(column), styles);
    }
  }

  private static void label(Row row, int column, String label, Styles styles) {
    Cell cell = row.createCell(column);
    cell.setCellValue(label);
    cell.setCellStyle(styles.bold);
  }

  private static int labelText(
      XSSFSheet sheet, int line, String label, String value, Styles styles) {
    Row row = sheet.createRow(line);
    label(row, 0, label, styles);
    text(row.createCell(1), value, styles);
    return line + 1;
  }

  private static int labelWrapped(
      XSSFSheet sheet, int line, String label, String value, Styles styles) {
    Row row = sheet.createRow(line);
    label(row, 0, label, styles);
    Cell cell = row.createCell(1);
    cell.setCellValue(value);
    cell.setCellStyle(styles.wrapped);
    return line + 1;
  }

  private static int labelDate(
      XSSFSheet sheet, int line, String label, LocalDate day, Styles styles) {
    Row row = sheet.createRow(line);
    label(row, 0, label, styles);
    number(row.createCell(1), serial(day), styles.date);
    return line + 1;
  }

  private static int labelNumber(
      XSSFSheet sheet, int line, String label, double value, CellStyle style, Styles styles) {
    Row row = sheet.createRow(line);
    label(row, 0, label, styles);
    number(row.createCell(1), value, style);
    return line + 1;
  }

  private static int labelFormula(
      XSSFSheet sheet, int line, String label, String formula, Styles styles) {
    return labelFormula(sheet, line, label, formula, styles.percent, styles);
  }

  private static int labelFormula(
      XSSFSheet sheet, int line, String label, String formula, CellStyle style, Styles styles) {
    Row row = sheet.createRow(line);
    label(row, 0, label, styles);
    Cell cell = row.createCell(1);
    cell.setCellFormula(formula);
    cell.setCellStyle(style);
    return line + 1;
  }

  /** part / whole, 0 for an empty whole; both are 0-based rows of column B. */
  private static String share(int part, int whole) {
    return "IF(B" + (whole + 1) + "=0,0,B" + (part + 1) + "/B" + (whole + 1) + ")";
  }

  /** Column letters and 1-based rows, e.g. D2:D7. */
  private static String range(int column, int firstRow, int lastRow) {
    String letter = CellReference.convertNumToColString(column);
    return letter + firstRow + ":" + letter + lastRow;
  }

  private static double euros(long cents) {
    return BigDecimal.valueOf(cents, 2).doubleValue();
  }

  private static double decimal(BigDecimal value) {
    return value == null ? 0 : value.doubleValue();
  }

  private static Map<String, Long> sorted(Map<String, Long> counts) {
    return counts == null ? Map.of() : new TreeMap<>(counts);
  }

  /** Frozen header row, filter on the table, header row repeated on each printed page. */
  private static void table(Sheet sheet, int lastRow, int lastColumn) {
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 0), 0, lastColumn));
    sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    print(sheet);
  }

  /** A4 landscape, as wide as the page, as many pages long as needed. */
  private static void print(Sheet sheet) {
    PrintSetup setup = sheet.getPrintSetup();
    setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
    setup.setLandscape(true);
    setup.setFitWidth((short) 1);
    setup.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
  }

  private static void properties(XSSFWorkbook workbook, StatementHeader header) {
    POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
    String period = "du " + DAY.format(header.from()) + " au " + DAY.format(header.to());
    core.setTitle("Relevé " + header.partner() + " — " + header.convention() + " — " + period);
    core.setCreator("PackNum");
    core.setSubjectProperty("Relevé partenaire de la convention " + header.convention());
    core.setDescription(
        "Packs, appareils, accompagnement et facturation " + period + ". " + header.scope());
    core.setKeywords("PackNum; relevé; pack numérique solidaire");
    core.setCreated(Optional.of(Date.from(header.producedAt())));
    workbook
        .getProperties()
        .getExtendedProperties()
        .getUnderlyingProperties()
        .setApplication("PackNum");
  }

  // --- styles and streaming ------------------------------------------------------------------

  /** The workbook's cell styles, created once: a style per cell would overflow Excel's 64,000. */
  static final class Styles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle bold;
    final CellStyle text;
    final CellStyle inert;
    final CellStyle wrapped;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle count;
    final CellStyle countBold;
    final CellStyle decimal;
    final CellStyle decimalBold;
    final CellStyle quantity;
    final CellStyle euro;
    final CellStyle euroBold;
    final CellStyle percent;

    Styles(Workbook workbook) {
      var formats = workbook.createDataFormat();
      Font boldFont = workbook.createFont();
      boldFont.setBold(true);
      Font titleFont = workbook.createFont();
      titleFont.setBold(true);
      titleFont.setFontHeightInPoints((short) 14);

      title = workbook.createCellStyle();
      title.setFont(titleFont);
      header = workbook.createCellStyle();
      header.setFont(boldFont);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setBorderBottom(BorderStyle.THIN);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      bold = workbook.createCellStyle();
      bold.setFont(boldFont);
      text = workbook.createCellStyle();
      text.setDataFormat(formats.getFormat("@"));
      inert = workbook.createCellStyle();
      inert.setDataFormat(formats.getFormat("@"));
      inert.setQuotePrefixed(true);
      wrapped = workbook.createCellStyle();
      wrapped.setWrapText(true);
      wrapped.setVerticalAlignment(VerticalAlignment.TOP);
      date = workbook.createCellStyle();
      date.setDataFormat(formats.getFormat(DATE_FORMAT));
      date.setAlignment(HorizontalAlignment.LEFT);
      dateTime = workbook.createCellStyle();
      dateTime.setDataFormat(formats.getFormat(DATE_FORMAT + " hh:mm"));
      dateTime.setAlignment(HorizontalAlignment.LEFT);
      count = numeric(workbook, formats.getFormat("#,##0"), null);
      countBold = numeric(workbook, formats.getFormat("#,##0"), boldFont);
      decimal = numeric(workbook, formats.getFormat("#,##0.00"), null);
      decimalBold = numeric(workbook, formats.getFormat("#,##0.00"), boldFont);
      quantity = numeric(workbook, formats.getFormat("General"), null);
      euro = numeric(workbook, formats.getFormat(EURO_FORMAT), null);
      euroBold = numeric(workbook, formats.getFormat(EURO_FORMAT), boldFont);
      percent = numeric(workbook, formats.getFormat("0.0%"), null);
    }

    private static CellStyle numeric(Workbook workbook, short format, Font font) {
      CellStyle style = workbook.createCellStyle();
      style.setDataFormat(format);
      if (font != null) {
        style.setFont(font);
      }
      return style;
    }
  }

  /**
   * SXSSF with its temporary sheet file compressed at the fastest level: the file of a million rows
   * stays a tenth of its size on disk, for a small part of the time gzip's default level takes.
   */
  private static final class StreamedWorkbook extends SXSSFWorkbook {

    StreamedWorkbook(XSSFWorkbook template) {
      super(template, WINDOW, true);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
      return new GZIPSheetDataWriter(getSharedStringSource()) {
        @Override
        protected OutputStream decorateOutputStream(FileOutputStream file) throws IOException {
          return new GZIPOutputStream(file, 64 * 1024) {
            {
              def.setLevel(Deflater.BEST_SPEED);
            }
          };
        }
      };
    }
  }
}
