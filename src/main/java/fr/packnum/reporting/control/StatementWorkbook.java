package fr.packnum.reporting.control;

import fr.packnum.reporting.entity.VatMode;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
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
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
 * a quantity and the totals, the VAT and the budget left move), "Impact" (devices reused, kg kept
 * out of waste and kg CO2e avoided, as {@code /api/impact} computes them, with the factors used,
 * their sources and the method) and "À propos" (period, scope, who produced it and when,
 * definitions, the column contract, the method).
 *
 * <p>The pack rows are streamed: a chart cannot live on a streamed sheet, so every sheet but
 * "Packs" is built first on an ordinary {@link XSSFWorkbook}, its formulas evaluated so that the
 * file carries their values, and an {@link SXSSFWorkbook} over it then writes "Packs" with at most
 * {@value #WINDOW} rows in memory, the rest in a temporary file (about 600 bytes a row). The heap
 * does not grow with the number of packs.
 *
 * <p>French formats: days are date cells shown {@code dd/mm/yyyy}, amounts are numbers shown with
 * {@value #EURO_FORMAT}. A number format is stored in the file in Excel's neutral syntax ({@code ,}
 * for thousands, {@code .} for decimals) and shown in the reader's locale, so French Excel and
 * LibreOffice show {@code 1 234,50 €}. Every text goes through {@link InertText}.
 */
public final class StatementWorkbook {

  /** The file's deflate level. */
  static final int ZIP_LEVEL = Deflater.BEST_SPEED;

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
  public static final String IMPACT = "Impact";
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
    return write(statement, packs, out, PROGRESS_EVERY, rowsDone);
  }

  /**
   * {@link #write(Statement, Iterator, OutputStream, LongConsumer)}, {@code rowsDone} told every
   * {@code every} pack rows and at the end.
   */
  public static long write(
      Statement statement,
      Iterator<PackRow> packs,
      OutputStream out,
      int every,
      LongConsumer rowsDone)
      throws IOException {
    if (every < 1) {
      throw new IllegalArgumentException("progress every " + every + " rows");
    }
    try (XSSFWorkbook template = new XSSFWorkbook()) {
      Styles styles = new Styles(template);
      properties(template, statement.header());
      summary(template.createSheet(SUMMARY), styles, statement);
      devices(template.createSheet(DEVICES), styles, statement.devices());
      support(template.createSheet(SUPPORT), styles, statement.support());
      billing(template.createSheet(BILLING), styles, statement.header(), statement.billing());
      impact(template.createSheet(IMPACT), styles, statement.header(), statement.impact());
      about(template.createSheet(ABOUT), styles, statement.header());
      // The file carries the values as well as the formulas (a viewer that does not calculate
      // shows them); Excel and LibreOffice calculate again on opening.
      XSSFFormulaEvaluator.evaluateAllFormulaCells(template);
      template.setForceFormulaRecalculation(true);

      // The temporary sheet file stays uncompressed (POI's default): gzip, even at its fastest
      // level, took a fifth of the time; the file is about 600 bytes a row on disk, deleted at
      // once.
      SXSSFWorkbook workbook = new FastZipWorkbook(template);
      try {
        SXSSFSheet sheet = workbook.createSheet(PACKS);
        workbook.setSheetOrder(PACKS, 1);
        template.setActiveSheet(0);
        template.setSelectedTab(0);
        long rows = packs(sheet, styles, packs, every, rowsDone);
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

  /** The "Packs" table: one column per {@link PackColumn}, as the column contract says. */
  private static final List<Column<PackRow>> PACK_COLUMNS =
      java.util.Arrays.stream(COLUMNS)
          .map(
              column ->
                  column.isDate()
                      ? Column.<PackRow>date(column.label(), column.width(), column::date)
                      : Column.<PackRow>text(column.label(), column.width(), column::text))
          .toList();

  private static long packs(
      SXSSFSheet sheet, Styles styles, Iterator<PackRow> packs, int every, LongConsumer rowsDone) {
    Table<PackRow> table = new Table<>(PACK_COLUMNS, styles);
    long[] written = {0};
    int next =
        table.write(
            sheet,
            0,
            packs,
            count -> {
              written[0] = count;
              if (count % every == 0) {
                rowsDone.accept(count);
              }
              if (count == MAX_PACK_ROWS && packs.hasNext()) {
                throw new StatementTooLong(count + 1);
              }
            });
    if (written[0] % every != 0 || written[0] == 0) {
      rowsDone.accept(written[0]);
    }
    table.size(sheet);
    table(sheet, next - 1, COLUMNS.length - 1);
    return written[0];
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
    return new Table<Map.Entry<String, Long>>(
            List.of(
                Column.text(title, 0, Map.Entry::getKey),
                Column.number(
                    counted,
                    0,
                    count -> count.getValue() == null ? 0 : count.getValue(),
                    s -> s.count)),
            styles)
        .write(sheet, line, counts.entrySet().iterator(), count -> {});
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
    List<Column<DeviceLine>> columns =
        List.of(
            Column.text("Donateur", 23, DeviceLine::donor),
            Column.number("Reçus", 8, DeviceLine::received, s -> s.count),
            Column.number("Reconditionnés", 17, DeviceLine::refurbished, s -> s.count),
            Column.number("Remis", 8, DeviceLine::delivered, s -> s.count),
            Column.number("Mis au rebut", 15, DeviceLine::scrapped, s -> s.count),
            Column.number(
                "Poids mis au rebut (kg)", 26, d -> decimal(d.scrappedKg()), s -> s.decimal));
    Table<DeviceLine> table = new Table<>(columns, styles);
    int line = table.write(sheet, 0, devices.iterator(), count -> {});
    int last = Math.max(line, 2); // SUM over an empty line is 0 where there is no donor
    Row total = sheet.createRow(Math.max(line, 2));
    total.createCell(0).setCellValue("Total");
    total.getCell(0).setCellStyle(styles.bold);
    for (int column = 1; column <= 5; column++) {
      Cell cell = total.createCell(column);
      cell.setCellFormula("SUM(" + range(column, 2, last) + ")");
      cell.setCellStyle(column == 5 ? styles.decimalBold : styles.countBold);
    }
    table.size(sheet);
    table(sheet, Math.max(line - 1, 1), columns.size() - 1);
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
    Table<BillingLine> table =
        new Table<>(
            List.of(
                Column.text("Poste", 29, BillingLine::item),
                Column.number("Quantité", 11, b -> b.quantity().doubleValue(), s -> s.quantity),
                Column.number(
                    "Prix unitaire" + priced, 45, b -> euros(b.unitPriceCents()), s -> s.euro),
                // quantity × unit price of the same row
                Column.formula(
                    "Montant" + priced,
                    17,
                    row -> "B" + (row + 1) + "*C" + (row + 1),
                    s -> s.euro)),
            styles);
    int line = table.write(sheet, 0, lines.iterator(), count -> {});
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
    table.size(sheet);
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

  // --- Impact ------------------------------------------------------------------------------

  /**
   * The impact of the statement's packs as {@link ImpactCalculator} computes it for {@code
   * /api/impact}: key figures, one line per device type, the factors used with their source and
   * year, and the method. The totals are the calculator's (rounded from the exact sum), not a SUM
   * of the rounded lines, so that they are the figures the API answers.
   */
  private static void impact(
      XSSFSheet sheet, Styles styles, StatementHeader header, StatementImpact impact) {
    Row title = sheet.createRow(0);
    title.createCell(0).setCellValue("Impact environnemental du réemploi");
    title.getCell(0).setCellStyle(styles.title);
    int line = 2;
    line = labelDate(sheet, line, "Du", header.from(), styles);
    line = labelDate(sheet, line, "Au", header.to(), styles);
    line = labelText(sheet, line, "Périmètre", header.scope(), styles);

    ImpactCalculator.Figures total = impact.impact().total();
    line++;
    Row keys = sheet.createRow(line++);
    header(keys, 0, "Chiffres clés", styles);
    header(keys, 1, "Valeur", styles);
    line = labelNumber(sheet, line, REUSED, total.reused(), styles.count, styles);
    line =
        labelNumber(
            sheet, line, KEPT_OUT, decimal(total.kgKeptOutOfWaste()), styles.decimal, styles);
    line =
        labelNumber(sheet, line, AVOIDED, decimal(total.kgCo2eAvoided()), styles.decimal, styles);

    line++;
    List<ImpactCalculator.ByDeviceType> types = new ArrayList<>(impact.impact().byDeviceType());
    types.add(new ImpactCalculator.ByDeviceType(null, total, null, null));
    line =
        new Table<ImpactCalculator.ByDeviceType>(
                List.of(
                    Column.text(
                        "Type d'appareil",
                        0,
                        t -> t.deviceType() == null ? "Total" : label(impact, t.deviceType())),
                    Column.number(REUSED, 0, t -> t.figures().reused(), s -> s.count),
                    Column.number(
                        KEPT_OUT, 0, t -> decimal(t.figures().kgKeptOutOfWaste()), s -> s.decimal),
                    Column.number(
                        AVOIDED, 0, t -> decimal(t.figures().kgCo2eAvoided()), s -> s.decimal)),
                styles)
            .write(sheet, line, types.iterator(), count -> {});
    // the last line is the total, the calculator's (rounded from the exact sum)
    Row totalRow = sheet.getRow(line - 1);
    totalRow.getCell(0).setCellStyle(styles.bold);
    totalRow.getCell(1).setCellStyle(styles.countBold);
    totalRow.getCell(2).setCellStyle(styles.decimalBold);
    totalRow.getCell(3).setCellStyle(styles.decimalBold);

    line++;
    int factorsFrom = line + 1;
    line =
        new Table<StatementImpact.Factor>(
                List.of(
                    Column.text("Facteurs utilisés", 0, StatementImpact.Factor::label),
                    Column.number(
                        "Fabrication d'un appareil neuf (kg CO2e)",
                        0,
                        f -> decimal(f.terms().manufacturingKgCo2e()),
                        s -> s.decimal),
                    Column.number(
                        "Poids type (kg)",
                        0,
                        f -> decimal(f.terms().typicalWeightKg()),
                        s -> s.decimal),
                    Column.number(
                        "Part évitée par le réemploi",
                        0,
                        f -> decimal(f.terms().avoidedShare()),
                        s -> s.percent),
                    Column.wrapped("Source", 0, f -> f.terms().source()),
                    Column.number(
                        "Année de la source", 0, f -> f.terms().sourceYear(), s -> s.quantity)),
                styles)
            .write(sheet, line, impact.factors().iterator(), count -> {});
    for (int row = factorsFrom; row < line; row++) {
      String source = impact.factors().get(row - factorsFrom).terms().source();
      sheet.getRow(row).setHeightInPoints(lines(source, SOURCE_WIDTH) * LINE_POINTS);
    }

    line++;
    Row method = sheet.createRow(line++);
    header(method, 0, "Méthode", styles);
    Row paragraph = sheet.createRow(line);
    wrapped(paragraph.createCell(0), impact.method(), styles);
    sheet.addMergedRegion(new CellRangeAddress(line, line, 0, 5));
    paragraph.setHeightInPoints(lines(impact.method(), 34 + 3 * 18 + SOURCE_WIDTH) * LINE_POINTS);

    sheet.setColumnWidth(0, 34 * 256);
    for (int column = 1; column <= 3; column++) {
      sheet.setColumnWidth(column, 18 * 256);
    }
    sheet.setColumnWidth(4, SOURCE_WIDTH * 256);
    sheet.setColumnWidth(5, 12 * 256);
    print(sheet);
  }

  static final String REUSED = "Appareils réemployés";
  static final String KEPT_OUT = "Kg évités aux déchets";
  static final String AVOIDED = "kg CO2e évités";
  private static final int SOURCE_WIDTH = 70;
  private static final float LINE_POINTS = 15f;

  private static String label(StatementImpact impact, fr.packnum.workshop.entity.DeviceType type) {
    return impact.factors().stream()
        .filter(f -> f.deviceType() == type)
        .map(StatementImpact.Factor::label)
        .findFirst()
        .orElse(ImpactCalculator.label(type, Locale.FRENCH));
  }

  /** How many lines of {@code width} characters a wrapped text takes, at least one. */
  private static int lines(String text, int width) {
    return Math.max(1, (text.length() + width - 1) / Math.max(1, width - 2));
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
      "Impact (feuille Impact)",
      "Appareils réemployés : appareils remis à un foyer pendant la période, dans le périmètre."
          + " Kg évités aux déchets : appareils réemployés × poids type de leur type. kg CO2e évités :"
          + " appareils réemployés × empreinte de fabrication d'un appareil neuf du même type × part"
          + " de cette empreinte qu'un réemploi évite. Mêmes chiffres et mêmes facteurs que le"
          + " rapport d'impact de PackNum ; la feuille cite chaque facteur, sa source et son année."
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

  // --- tables --------------------------------------------------------------------------------

  /**
   * A column of a table: its header, its least width in characters, and what a row's cell holds — a
   * text (through {@link InertText}), a wrapped text, a date cell, a number or a formula of the
   * row, each in its style.
   */
  private record Column<T>(
      String title,
      int width,
      Function<T, ?> value,
      IntFunction<String> formula,
      Function<Styles, CellStyle> style,
      boolean wrap) {

    static <T> Column<T> text(String title, int width, Function<T, String> value) {
      return new Column<>(title, width, value, null, null, false);
    }

    static <T> Column<T> wrapped(String title, int width, Function<T, String> value) {
      return new Column<>(title, width, value, null, null, true);
    }

    static <T> Column<T> date(String title, int width, Function<T, LocalDate> value) {
      return new Column<>(title, width, value, null, styles -> styles.date, false);
    }

    static <T> Column<T> number(
        String title, int width, ToDoubleFunction<T> value, Function<Styles, CellStyle> style) {
      Function<T, ?> boxed = item -> value.applyAsDouble(item);
      return new Column<>(title, width, boxed, null, style, false);
    }

    /** A formula of the row's 0-based index, e.g. quantity × unit price of that row. */
    static <T> Column<T> formula(
        String title, int width, IntFunction<String> formula, Function<Styles, CellStyle> style) {
      return new Column<>(title, width, null, formula, style, false);
    }
  }

  /**
   * Writes tables: a header row, then a row per item, each cell as its {@link Column} says; knows
   * the longest text of each column, so that {@link #size} makes a column as wide as its header and
   * its longest value, up to {@value #MAX_WIDTH} characters (cheap on every row, unlike
   * autoSizeColumn). One writer for every table of the workbook, streamed "Packs" included.
   */
  private static final class Table<T> {
    private final List<Column<T>> columns;
    private final Styles styles;
    private final CellStyle[] cellStyles;
    private final int[] longest;

    Table(List<Column<T>> columns, Styles styles) {
      this.columns = List.copyOf(columns);
      this.styles = styles;
      this.cellStyles = new CellStyle[columns.size()];
      this.longest = new int[columns.size()];
      for (int position = 0; position < columns.size(); position++) {
        Column<T> column = columns.get(position);
        cellStyles[position] = column.style() == null ? null : column.style().apply(styles);
        longest[position] = Math.max(column.width(), column.title().length() + 2);
      }
    }

    /**
     * The header at {@code line}, then the items; {@code afterRow} is told how many were written
     * after each one. Returns the next free line.
     */
    int write(Sheet sheet, int line, Iterator<T> items, LongConsumer afterRow) {
      Row header = sheet.createRow(line++);
      for (int position = 0; position < columns.size(); position++) {
        header(header, position, columns.get(position).title(), styles);
      }
      long written = 0;
      while (items.hasNext()) {
        T item = items.next();
        Row row = sheet.createRow(line++);
        for (int position = 0; position < columns.size(); position++) {
          cell(row, position, item);
        }
        afterRow.accept(++written);
      }
      return line;
    }

    private void cell(Row row, int position, T item) {
      Column<T> column = columns.get(position);
      if (column.value() == null) {
        Cell cell = row.createCell(position);
        cell.setCellFormula(column.formula().apply(row.getRowNum()));
        cell.setCellStyle(cellStyles[position]);
        return;
      }
      Object value = column.value().apply(item);
      if (value instanceof String text) {
        if (!text.isEmpty()) {
          Cell cell = row.createCell(position);
          text(cell, text, styles);
          if (column.wrap() && !InertText.dangerous(text)) {
            cell.setCellStyle(styles.wrapped);
          } else if (text.length() > longest[position]) {
            longest[position] = text.length();
          }
        }
      } else if (value instanceof LocalDate day) {
        Cell cell = row.createCell(position, CellType.NUMERIC);
        cell.setCellValue(serial(day));
        cell.setCellStyle(cellStyles[position]);
      } else if (value instanceof Number number) {
        number(row.createCell(position), number.doubleValue(), cellStyles[position]);
      }
    }

    /** Each column as wide as its header and its longest text, up to {@value #MAX_WIDTH}. */
    void size(Sheet sheet) {
      for (int position = 0; position < columns.size(); position++) {
        sheet.setColumnWidth(position, Math.min(MAX_WIDTH, longest[position] + 1) * 256);
      }
    }
  }

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

  /** A long text shown wrapped; one a spreadsheet could take for a formula stays inert. */
  private static void wrapped(Cell cell, String value, Styles styles) {
    text(cell, value, styles);
    if (value != null && !value.isEmpty() && !InertText.dangerous(value)) {
      cell.setCellStyle(styles.wrapped);
    }
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
   * SXSSF whose zip is deflated at the fastest level: deflating the sheet is most of the time a
   * long statement takes, and the fastest level does it in a fraction of it, for a file about a
   * third larger (README, "Benchmarks").
   */
  private static final class FastZipWorkbook extends SXSSFWorkbook {

    FastZipWorkbook(XSSFWorkbook template) {
      super(template, WINDOW, false);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
      ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
      zip.setLevel(ZIP_LEVEL);
      return zip;
    }
  }
}
