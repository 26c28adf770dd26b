package fr.packnum.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.reporting.entity.VatMode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class StatementCsvTest {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Test
  void frenchCsvUtf8WithBomSemicolonsCrlfAndFrenchDates() throws IOException {
    byte[] csv = StatementFixtures.csv(StatementFixtures.packs(2));
    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(csv, StandardCharsets.UTF_8).substring(1);
    String[] lines = text.split("\r\n", -1);
    assertThat(lines).hasSize(4); // header, two rows, and nothing after the last CRLF
    assertThat(lines[3]).isEmpty();
    assertThat(lines[0])
        .isEqualTo(
            "Référence du foyer;Code INSEE;Commune;QPV;Situations;Étiquette appareil;"
                + "Type d'appareil;Grade;Offre de connexion;Suivi;Demandé le;Décidé le;Remis le;"
                + "Dernier suivi le");
    assertThat(lines[1])
        .isEqualTo(
            "F-100000;35238;Rennes;Oui;RSA, CSS;PN-200000;Portable;B;;En suivi;01/01/2026;"
                + "04/01/2026;13/01/2026;");
  }

  @Test
  void hostileTextsAreNeutralisedAndStayOneFieldWithTheirAccents() throws IOException {
    List<CSVRecord> records = parse(StatementFixtures.csv(StatementFixtures.hostile()));
    assertThat(records).hasSize(StatementFixtures.HOSTILE.size() + 1);
    for (int i = 0; i < StatementFixtures.HOSTILE.size(); i++) {
      String hostile = StatementFixtures.HOSTILE.get(i);
      CSVRecord record = records.get(i + 1);
      assertThat(record.size()).as(hostile).isEqualTo(PackColumn.values().length);
      String field = record.get(PackColumn.HOUSEHOLD.ordinal());
      if (InertText.dangerous(hostile)) {
        assertThat(field).as(hostile).isEqualTo("'" + hostile);
      } else {
        assertThat(field).as(hostile).isEqualTo(hostile);
      }
      assertThat(record.get(PackColumn.COMMUNE.ordinal())).isEqualTo(field);
    }
    assertThat(records.get(2).get(0)).isEqualTo("'+33 6 12 34 56 78");
    assertThat(records.get(9).get(0)).isEqualTo("a;=1+2");
    assertThat(records.get(10).get(0)).isEqualTo("Zoé Ñúñez-Lefèvre");
  }

  @Test
  void theCsvCarriesTheFiguresOfTheWorkbookForTheSameRows() throws IOException {
    List<PackRow> packs = new ArrayList<>(StatementFixtures.packs(40));
    packs.addAll(StatementFixtures.hostile());
    List<CSVRecord> csv = parse(StatementFixtures.csv(packs));
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(
            new ByteArrayInputStream(
                StatementFixtures.xlsx(
                    StatementFixtures.statement(VatMode.EXEMPT, null), packs)))) {
      var sheet = workbook.getSheet("Packs");
      assertThat(sheet.getLastRowNum()).isEqualTo(csv.size() - 1);
      for (int r = 0; r < csv.size(); r++) {
        Row row = sheet.getRow(r);
        for (int c = 0; c < PackColumn.values().length; c++) {
          assertThat(csv.get(r).get(c))
              .as("row %d column %d", r, c)
              .isEqualTo(asCsv(row.getCell(c)));
        }
      }
    }
  }

  @Test
  void progressIsToldAtTheEndOfAShortFile() throws IOException {
    List<Long> told = new ArrayList<>();
    long written =
        StatementCsv.write(
            StatementFixtures.packs(3).stream(),
            java.io.OutputStream.nullOutputStream(),
            told::add);
    assertThat(written).isEqualTo(3);
    assertThat(told).containsExactly(3L);
  }

  /** What the CSV says of a workbook cell: dates as dd/MM/yyyy, inert texts after a quote. */
  private static String asCsv(Cell cell) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.NUMERIC) {
      return DAY.format(cell.getLocalDateTimeCellValue());
    }
    String text = cell.getStringCellValue();
    return cell.getCellStyle().getQuotePrefixed() ? "'" + text : text;
  }

  private static List<CSVRecord> parse(byte[] csv) throws IOException {
    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    Reader reader =
        new InputStreamReader(
            new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8);
    try (CSVParser parser =
        CSVParser.builder()
            .setReader(reader)
            .setFormat(CSVFormat.EXCEL.builder().setDelimiter(';').get())
            .get()) {
      return parser.getRecords();
    }
  }
}
