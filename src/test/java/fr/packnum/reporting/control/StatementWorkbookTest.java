package fr.packnum.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.packnum.reporting.entity.VatMode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class StatementWorkbookTest {

  @Test
  void theWorkbookOpensWithItsSheetsInOrder() throws IOException {
    try (XSSFWorkbook workbook = open(StatementFixtures.statement(VatMode.EXCLUDED, 500_000L), 3)) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(7);
      List<String> names = new ArrayList<>();
      workbook.forEach(sheet -> names.add(sheet.getSheetName()));
      assertThat(names)
          .containsExactly(
              "Synthèse",
              "Packs",
              "Appareils",
              "Accompagnement",
              "Facturation",
              "Impact",
              "À propos");
      assertThat(workbook.getActiveSheetIndex()).isZero();
      assertThat(workbook.getSheet("Packs").getLastRowNum()).isEqualTo(3);
    }
  }

  @Test
  void theImpactSheetShowsTheCalculatorsFiguresAsNumbersWithTheFactorsSourcesAndMethod()
      throws IOException {
    try (XSSFWorkbook workbook = open(StatementFixtures.statement(VatMode.EXEMPT, null), 1)) {
      Sheet impact = workbook.getSheet("Impact");
      // 7 laptops (2 kg, 182.6 kg CO2e × 43 %) and 3 smartphones (0.2 kg, 85.1 × 64 %)
      assertNumber(row(impact, "Appareils réemployés").getCell(1), 10.0, "#,##0");
      assertNumber(row(impact, "Kg évités aux déchets").getCell(1), 14.6, "#,##0.00");
      assertNumber(row(impact, "kg CO2e évités").getCell(1), 713.0, "#,##0.00");
      Row laptops = row(impact, "Ordinateur portable");
      assertNumber(laptops.getCell(1), 7.0, "#,##0");
      assertNumber(laptops.getCell(2), 14.0, "#,##0.00");
      assertNumber(laptops.getCell(3), 549.6, "#,##0.00");
      Row phones = row(impact, "Smartphone");
      assertNumber(phones.getCell(3), 163.4, "#,##0.00");
      Row total = row(impact, "Total");
      assertNumber(total.getCell(1), 10.0, "#,##0");
      assertNumber(total.getCell(3), 713.0, "#,##0.00");
      ImpactCalculator.Figures expected = StatementFixtures.impact().impact().total();
      assertThat(total.getCell(2).getNumericCellValue())
          .isEqualTo(expected.kgKeptOutOfWaste().doubleValue());

      Row laptopFactor = sourceRow(impact, "ADEME/Arcep 2022 (ordinateur portable)");
      assertThat(laptopFactor.getCell(0).getStringCellValue()).isEqualTo("Ordinateur portable");
      assertNumber(laptopFactor.getCell(1), 182.6, "#,##0.00");
      assertNumber(laptopFactor.getCell(2), 2.0, "#,##0.00");
      assertNumber(laptopFactor.getCell(3), 0.43, "0.0%");
      assertThat(laptopFactor.getCell(5).getNumericCellValue()).isEqualTo(2022.0);
      Cell hostileSource = sourceRow(impact, "=ADEME 2022 (smartphone)").getCell(4);
      assertThat(hostileSource.getCellType()).isEqualTo(CellType.STRING);
      assertThat(hostileSource.getCellStyle().getQuotePrefixed()).isTrue();

      Row method = impact.getRow(row(impact, "Méthode").getRowNum() + 1);
      assertThat(method.getCell(0).getStringCellValue())
          .isEqualTo(StatementFixtures.impact().method())
          .startsWith("Appareils réemployés : les appareils remis")
          .contains("ADEME/Arcep 2022 (ordinateur portable) (2022)");
      assertThat(row(workbook.getSheet("À propos"), "Impact (feuille Impact)")).isNotNull();
    }
  }

  private static void assertNumber(Cell cell, double value, String format) {
    assertThat(cell.getCellType())
        .as(cell.getAddress().formatAsString())
        .isEqualTo(CellType.NUMERIC);
    assertThat(cell.getNumericCellValue()).as(cell.getAddress().formatAsString()).isEqualTo(value);
    assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
  }

  private static Row sourceRow(Sheet sheet, String source) {
    for (Row row : sheet) {
      Cell cell = row.getCell(4);
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && cell.getStringCellValue().equals(source)) {
        return row;
      }
    }
    throw new AssertionError("no factor with the source " + source);
  }

  @Test
  void billingTotalIsTheSumOfItsLinesPlusTwentyPercentVatOnPricesBeforeVat() throws IOException {
    try (XSSFWorkbook workbook = open(StatementFixtures.statement(VatMode.EXCLUDED, 500_000L), 1)) {
      XSSFSheet billing = workbook.getSheet("Facturation");
      XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      evaluator.evaluateAll();
      double lines = 0;
      for (int row = 1; row <= 3; row++) {
        Cell amount = billing.getRow(row).getCell(3);
        assertThat(amount.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(amount.getCellFormula()).isEqualTo("B" + (row + 1) + "*C" + (row + 1));
        lines += evaluator.evaluate(amount).getNumberValue();
      }
      assertThat(lines).isEqualTo(2_300.0);
      assertThat(amount(billing, evaluator, "Total HT")).isEqualTo(lines);
      assertThat(formula(billing, "Total HT")).isEqualTo("SUM(D2:D4)");
      assertThat(amount(billing, evaluator, "Taux de TVA")).isEqualTo(0.20);
      assertThat(amount(billing, evaluator, "TVA")).isEqualTo(460.0);
      assertThat(amount(billing, evaluator, "Total TTC")).isEqualTo(2_760.0);
      assertThat(amount(billing, evaluator, "Plafond de la convention")).isEqualTo(5_000.0);
      assertThat(amount(billing, evaluator, "Budget restant")).isEqualTo(2_240.0);
      assertThat(amount(billing, evaluator, "Budget consommé")).isCloseTo(0.552, within(1e-9));
    }
  }

  @Test
  void pricesIncludingVatShowTheVatInsideTheTotal() throws IOException {
    try (XSSFWorkbook workbook = open(StatementFixtures.statement(VatMode.INCLUDED, null), 1)) {
      XSSFSheet billing = workbook.getSheet("Facturation");
      XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      assertThat(amount(billing, evaluator, "Total TTC")).isEqualTo(2_300.0);
      assertThat(amount(billing, evaluator, "Total HT")).isEqualTo(1_916.67);
      assertThat(amount(billing, evaluator, "dont TVA")).isCloseTo(383.33, within(1e-9));
      assertThat(billing.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Prix unitaire TTC");
      assertThat(text(billing, "Plafond de la convention")).isEqualTo("sans plafond");
      assertThat(row(billing, "Budget restant")).isNull();
    }
  }

  @Test
  void aPartnerNotSubjectToVatOwesTheSumOfTheLinesAndNoVat() throws IOException {
    try (XSSFWorkbook workbook = open(StatementFixtures.statement(VatMode.EXEMPT, 230_000L), 1)) {
      XSSFSheet billing = workbook.getSheet("Facturation");
      XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      assertThat(amount(billing, evaluator, "Total")).isEqualTo(2_300.0);
      assertThat(amount(billing, evaluator, VatMode.EXEMPT.label())).isZero();
      assertThat(amount(billing, evaluator, "Total dû")).isEqualTo(2_300.0);
      assertThat(amount(billing, evaluator, "Budget restant")).isZero();
      assertThat(row(billing, "Taux de TVA")).isNull();
    }
  }

  @Test
  void changingAQuantityMovesTheTotalsAndTheBudgetLeft() throws IOException {
    try (XSSFWorkbook workbook = open(StatementFixtures.statement(VatMode.EXCLUDED, 500_000L), 1)) {
      XSSFSheet billing = workbook.getSheet("Facturation");
      billing.getRow(1).getCell(1).setCellValue(20); // 20 packs instead of 10: +1,500 € HT
      XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      evaluator.clearAllCachedResultValues();
      evaluator.evaluateAll();
      assertThat(amount(billing, evaluator, "Total HT")).isEqualTo(3_800.0);
      assertThat(amount(billing, evaluator, "TVA")).isEqualTo(760.0);
      assertThat(amount(billing, evaluator, "Total TTC")).isEqualTo(4_560.0);
      assertThat(amount(billing, evaluator, "Budget restant")).isEqualTo(440.0);
    }
  }

  @Test
  void theFileCarriesTheFormulasValuesForViewersThatDoNotCalculate() throws IOException {
    try (XSSFWorkbook workbook = open(StatementFixtures.statement(VatMode.EXCLUDED, 500_000L), 1)) {
      Cell total = row(workbook.getSheet("Facturation"), "Total TTC").getCell(3);
      assertThat(total.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
      assertThat(total.getNumericCellValue()).isEqualTo(2_760.0);
      assertThat(workbook.getForceFormulaRecalculation()).isTrue();
    }
  }

  @Test
  void devicesAndSupportAddUpWithFormulas() throws IOException {
    try (XSSFWorkbook workbook = open(StatementFixtures.statement(VatMode.EXEMPT, null), 1)) {
      XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      Sheet devices = workbook.getSheet("Appareils");
      Row total = row(devices, "Total");
      assertThat(evaluator.evaluate(total.getCell(1)).getNumberValue()).isEqualTo(17.0);
      assertThat(evaluator.evaluate(total.getCell(4)).getNumberValue()).isEqualTo(3.0);
      assertThat(evaluator.evaluate(total.getCell(5)).getNumberValue())
          .isCloseTo(7.40, within(1e-9));
      Sheet support = workbook.getSheet("Accompagnement");
      assertThat(
              evaluator
                  .evaluate(row(support, "Valeur des pass émis (10 € l'unité)").getCell(1))
                  .getNumberValue())
          .isEqualTo(300.0);
      assertThat(row(support, "Appels terminés : injoignable").getCell(1).getNumericCellValue())
          .isEqualTo(6.0);
      Sheet summary = workbook.getSheet("Synthèse");
      assertThat(
              evaluator.evaluate(row(summary, "Part des packs en QPV").getCell(1)).getNumberValue())
          .isEqualTo(0.4);
    }
  }

  @Test
  void theSummaryDrawsPacksPerMonthAndByTerritory() throws IOException {
    try (XSSFWorkbook workbook = open(StatementFixtures.statement(VatMode.EXEMPT, null), 1)) {
      XSSFSheet summary = workbook.getSheet("Synthèse");
      var charts = summary.getDrawingPatriarch().getCharts();
      assertThat(charts).hasSize(2);
      assertThat(charts.get(0).getTitleText().getString()).isEqualTo("Packs remis par mois");
      assertThat(charts.get(1).getTitleText().getString()).isEqualTo("Packs remis par territoire");
      var series = charts.get(0).getChartSeries().get(0).getSeries(0);
      assertThat(series.getCategoryData().getPointAt(0)).isEqualTo("janvier 2026");
      assertThat(series.getValuesData().getPointAt(1)).isEqualTo(4.0);
      // the chart's own data is the table beside it, its text alternative
      assertThat(row(summary, "janvier 2026").getCell(1).getNumericCellValue()).isEqualTo(3.0);
      assertThat(row(summary, "Rennes").getCell(1).getNumericCellValue()).isEqualTo(7.0);
    }
  }

  @Test
  void tablesHaveAFrozenHeaderAFilterAndPrintTheirHeaderOnEachPage() throws IOException {
    try (XSSFWorkbook workbook = open(StatementFixtures.statement(VatMode.EXCLUDED, null), 5)) {
      for (String name : List.of("Packs", "Appareils", "Accompagnement", "Facturation")) {
        XSSFSheet sheet = workbook.getSheet(name);
        var pane = sheet.getPaneInformation();
        assertThat(pane).as(name).isNotNull();
        assertThat(pane.isFreezePane()).as(name).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
        assertThat(sheet.getRepeatingRows()).as(name).isEqualTo(CellRangeAddress.valueOf("1:1"));
        assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).as(name).isTrue();
      }
      XSSFSheet packs = workbook.getSheet("Packs");
      assertThat(packs.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:N6");
      // the filter's hidden name points at the Packs sheet, even though Packs was added last
      XSSFName filter = workbook.getName("_xlnm._FilterDatabase");
      assertThat(
              workbook.getNames("_xlnm._FilterDatabase").stream()
                  .filter(n -> n.getSheetIndex() == 1)
                  .map(XSSFName::getRefersToFormula))
          .containsExactly("Packs!$A$1:$N$6");
      assertThat(filter).isNotNull();
    }
  }

  @Test
  void everySheetPrintsLandscapeOnePageWide() throws IOException {
    try (XSSFWorkbook workbook = open(StatementFixtures.statement(VatMode.EXCLUDED, null), 2)) {
      for (Sheet sheet : workbook) {
        assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth())
            .as(sheet.getSheetName())
            .isEqualTo((short) 1);
        assertThat(sheet.getPrintSetup().getFitHeight()).as(sheet.getSheetName()).isZero();
        assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
      }
    }
  }

  @Test
  void datesAreDateCellsAndAmountsAreNumbersInFrenchFormats() throws IOException {
    try (XSSFWorkbook workbook = open(StatementFixtures.statement(VatMode.EXCLUDED, null), 2)) {
      Row pack = workbook.getSheet("Packs").getRow(1);
      PackRow expected = StatementFixtures.pack(0);
      Cell requested = pack.getCell(PackColumn.REQUESTED_ON.ordinal());
      assertThat(requested.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(requested)).isTrue();
      assertThat(requested.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
      assertThat(requested.getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(expected.requestedOn());
      assertThat(pack.getCell(PackColumn.LAST_FOLLOW_UP_ON.ordinal())).isNull(); // not yet

      Row line = workbook.getSheet("Facturation").getRow(1);
      assertThat(line.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(line.getCell(2).getNumericCellValue()).isEqualTo(150.0);
      assertThat(line.getCell(2).getCellStyle().getDataFormatString())
          .isEqualTo("#,##0.00\\ \"€\"");
      assertThat(line.getCell(1).getNumericCellValue()).isEqualTo(10.0);

      Cell from = row(workbook.getSheet("À propos"), "Période du").getCell(1);
      assertThat(DateUtil.isCellDateFormatted(from)).isTrue();
      assertThat(from.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(StatementFixtures.FROM);
      Cell produced = row(workbook.getSheet("À propos"), "Produit le").getCell(1);
      assertThat(DateUtil.isCellDateFormatted(produced)).isTrue();
      assertThat(produced.getLocalDateTimeCellValue().toString()).isEqualTo("2026-04-02T10:30");
    }
  }

  @Test
  void excelSerialDaysAreThoseOfPoi() {
    for (LocalDate day :
        List.of(
            LocalDate.of(1900, 3, 1),
            LocalDate.of(1970, 1, 1),
            LocalDate.of(2026, 2, 28),
            LocalDate.of(2028, 2, 29),
            LocalDate.of(9999, 12, 31),
            LocalDate.of(1900, 1, 5))) {
      assertThat(StatementWorkbook.serial(day))
          .as(day.toString())
          .isEqualTo(DateUtil.getExcelDate(day));
    }
  }

  @Test
  void theAboutSheetStatesThePeriodTheScopeTheAuthorAndTheColumnContract() throws IOException {
    try (XSSFWorkbook workbook = open(StatementFixtures.statement(VatMode.EXCLUDED, 500_000L), 1)) {
      Sheet about = workbook.getSheet("À propos");
      assertThat(text(about, "Périmètre")).isEqualTo("CCAS de Rennes, QPV Maurepas et Le Blosne");
      assertThat(text(about, "Produit par")).isEqualTo("Camille Coordinatrice");
      assertThat(text(about, "TVA")).isEqualTo(VatMode.EXCLUDED.label());
      for (PackColumn column : PackColumn.values()) {
        assertThat(text(about, column.label())).isEqualTo(column.definition());
        assertThat(
                workbook.getSheet("Packs").getRow(0).getCell(column.ordinal()).getStringCellValue())
            .isEqualTo(column.label());
      }
      assertThat(row(about, "Facturation")).isNotNull();
    }
  }

  @Test
  void documentPropertiesNameTheStatement() throws IOException {
    try (XSSFWorkbook workbook = open(StatementFixtures.statement(VatMode.EXCLUDED, null), 1)) {
      var core = workbook.getProperties().getCoreProperties();
      assertThat(core.getTitle())
          .isEqualTo("Relevé Ville de Rennes — CONV-2026-007 — du 01/01/2026 au 31/03/2026");
      assertThat(core.getCreator()).isEqualTo("PackNum");
      assertThat(core.getSubject()).isEqualTo("Relevé partenaire de la convention CONV-2026-007");
      assertThat(core.getCreated().toInstant().toString()).isEqualTo("2026-04-02T08:30:00Z");
    }
  }

  @Test
  void columnsAreAsWideAsTheirHeaderAndLongestValueUpToALimit() throws IOException {
    List<PackRow> packs = new ArrayList<>(StatementFixtures.packs(3));
    PackRow first = packs.get(0);
    packs.set(
        0,
        new PackRow(
            first.householdReference(),
            first.inseeCode(),
            "Commune au nom long pour la largeur",
            first.inQpv(),
            "x".repeat(500),
            first.deviceTag(),
            first.deviceType(),
            first.grade(),
            first.offerKind(),
            first.supportStatus(),
            first.requestedOn(),
            first.decidedOn(),
            first.handedOverOn(),
            first.lastFollowUpOn()));
    try (XSSFWorkbook workbook = open(StatementFixtures.statement(VatMode.EXEMPT, null), packs)) {
      Sheet sheet = workbook.getSheet("Packs");
      assertThat(sheet.getColumnWidth(PackColumn.COMMUNE.ordinal()))
          .isEqualTo(("Commune au nom long pour la largeur".length() + 1) * 256);
      assertThat(sheet.getColumnWidth(PackColumn.SITUATIONS.ordinal())).isEqualTo(60 * 256);
      assertThat(sheet.getColumnWidth(PackColumn.DEVICE_TAG.ordinal()))
          .isGreaterThanOrEqualTo(("Étiquette appareil".length() + 2) * 256);
    }
  }

  @Test
  void progressIsToldEveryThousandRowsAndAtTheEnd() throws IOException {
    List<Long> told = new ArrayList<>();
    long written =
        StatementWorkbook.write(
            StatementFixtures.statement(VatMode.EXEMPT, null),
            Stream.iterate(0, i -> i + 1).limit(2_500).map(StatementFixtures::pack),
            java.io.OutputStream.nullOutputStream(),
            told::add);
    assertThat(written).isEqualTo(2_500);
    assertThat(told).containsExactly(1_000L, 2_000L, 2_500L);
  }

  @Test
  void hostileTextsStayTextQuotePrefixedAndNeverBecomeFormulas() throws IOException {
    List<PackRow> hostile = StatementFixtures.hostile();
    try (XSSFWorkbook workbook = open(StatementFixtures.statement(VatMode.EXEMPT, null), hostile)) {
      Sheet packs = workbook.getSheet("Packs");
      for (Row row : packs) {
        for (Cell cell : row) {
          assertThat(cell.getCellType())
              .as(cell.getAddress().formatAsString())
              .isIn(CellType.STRING, CellType.NUMERIC);
        }
      }
      for (int i = 0; i < hostile.size(); i++) {
        String text = StatementFixtures.HOSTILE.get(i);
        Row row = packs.getRow(i + 1);
        for (PackColumn column : PackColumn.values()) {
          if (column.isDate() || column == PackColumn.QPV) {
            continue;
          }
          Cell cell = row.getCell(column.ordinal());
          assertThat(cell.getCellType()).as(text).isEqualTo(CellType.STRING);
          assertThat(cell.getStringCellValue()).as(column.name()).isEqualTo(text);
          assertThat(cell.getCellStyle().getQuotePrefixed())
              .as(text)
              .isEqualTo(InertText.dangerous(text));
        }
      }
    }
  }

  @Test
  void hostileTextsOnOtherSheetsStayTextToo() throws IOException {
    StatementHeader header =
        new StatementHeader(
            "=HYPERLINK(\"http://x\",\"y\")",
            "+33 6 12 34 56 78",
            StatementFixtures.FROM,
            StatementFixtures.TO,
            "@SUM(A1:A2)",
            java.time.Instant.parse("2026-04-02T08:30:00Z"),
            "-5",
            VatMode.EXCLUDED,
            null);
    Statement statement =
        StatementFixtures.statement(
            header, List.of(new BillingLine("=1+2", java.math.BigDecimal.ONE, 100)));
    try (XSSFWorkbook workbook = open(statement, List.of())) {
      Cell partner = row(workbook.getSheet("Synthèse"), "Partenaire").getCell(1);
      assertThat(partner.getCellType()).isEqualTo(CellType.STRING);
      assertThat(partner.getCellStyle().getQuotePrefixed()).isTrue();
      Cell item = workbook.getSheet("Facturation").getRow(1).getCell(0);
      assertThat(item.getCellType()).isEqualTo(CellType.STRING);
      assertThat(item.getStringCellValue()).isEqualTo("=1+2");
      assertThat(item.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(text(workbook.getSheet("À propos"), "Produit par")).isEqualTo("-5");
    }
  }

  @Test
  void aStatementWithoutPacksOrLinesStillAddsUp() throws IOException {
    Statement statement =
        StatementFixtures.statement(StatementFixtures.header(VatMode.EXCLUDED, 10_000L), List.of());
    try (XSSFWorkbook workbook = open(statement, List.of())) {
      XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      XSSFSheet billing = workbook.getSheet("Facturation");
      assertThat(amount(billing, evaluator, "Total TTC")).isZero();
      assertThat(amount(billing, evaluator, "Budget restant")).isEqualTo(100.0);
      assertThat(workbook.getSheet("Packs").getLastRowNum()).isZero();
    }
  }

  // --- reading back -------------------------------------------------------------------------

  static XSSFWorkbook open(Statement statement, int packs) {
    return open(statement, StatementFixtures.packs(packs));
  }

  static XSSFWorkbook open(Statement statement, List<PackRow> packs) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(StatementFixtures.xlsx(statement, packs)));
    } catch (IOException corrupt) {
      throw new UncheckedIOException(corrupt);
    }
  }

  /** The first row whose label (column A, or C on the billing sheet) is the given one. */
  static Row row(Sheet sheet, String label) {
    for (Row row : sheet) {
      for (int column : new int[] {0, 2}) {
        Cell cell = row.getCell(column);
        if (cell != null
            && cell.getCellType() == CellType.STRING
            && cell.getStringCellValue().equals(label)) {
          return row;
        }
      }
    }
    return null;
  }

  private static Cell valueCell(Sheet sheet, String label) {
    Row row = row(sheet, label);
    assertThat(row).as(label).isNotNull();
    return row.getCell(sheet.getSheetName().equals("Facturation") ? 3 : 1);
  }

  private static double amount(Sheet sheet, XSSFFormulaEvaluator evaluator, String label) {
    return evaluator.evaluate(valueCell(sheet, label)).getNumberValue();
  }

  private static String formula(Sheet sheet, String label) {
    return valueCell(sheet, label).getCellFormula();
  }

  private static String text(Sheet sheet, String label) {
    return valueCell(sheet, label).getStringCellValue();
  }
}
