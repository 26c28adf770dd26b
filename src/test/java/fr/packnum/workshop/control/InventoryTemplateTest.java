package fr.packnum.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.platform.control.Messages;
import fr.packnum.workshop.control.InventoryReader.Format;
import fr.packnum.workshop.entity.DeviceType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryTemplateTest {

  @TempDir Path dir;

  @Test
  void workbookHasABoldFrozenFrenchHeaderWithWidthsAndATypeDropDown() throws IOException {
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(InventoryTemplate.xlsx()))) {
      XSSFSheet devices = workbook.getSheetAt(0);
      assertThat(devices.getSheetName()).isEqualTo("Appareils");
      Row header = devices.getRow(0);
      List<String> names = new ArrayList<>();
      header.forEach(cell -> names.add(cell.getStringCellValue()));
      assertThat(names)
          .startsWith("Type", "Marque", "Modèle", "Numéro de série")
          .contains("RAM (Go)", "Écran (pouces)", "Batterie (%)", "Remarques")
          .hasSize(InventoryColumn.values().length);
      for (Cell cell : header) {
        assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue();
        assertThat(devices.getColumnWidth(cell.getColumnIndex())).isGreaterThan(12 * 256);
      }
      assertThat(devices.getPaneInformation().isFreezePane()).isTrue();
      assertThat(devices.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(devices.getDataValidations())
          .anySatisfy(
              validation -> {
                assertThat(validation.getRegions().getCellRangeAddress(0).getFirstColumn())
                    .isZero();
                assertThat(validation.getValidationConstraint().getExplicitListValues())
                    .contains("portable", "fixe", "tout-en-un", "écran", "box 4G", "autre");
              });
    }
  }

  @Test
  void helpSheetListsEveryColumnAndTheAcceptedValues() throws IOException {
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(InventoryTemplate.xlsx()))) {
      Sheet help = workbook.getSheet("Aide");
      assertThat(help).isNotNull();
      StringBuilder text = new StringBuilder();
      help.forEach(row -> row.forEach(cell -> text.append(cell.getStringCellValue()).append('\n')));
      assertThat(text)
          .contains("Numéro de série", "Obligatoire", "tablette", "NVMe", "AZERTY BE", "oui, non")
          .contains("de 0 à 1\u202F024")
          .doesNotContain("{0}");
    }
  }

  @Test
  void blankTemplatesReadBackAsAnEmptyInventory() throws IOException {
    for (byte[] template :
        List.of(
            InventoryTemplate.xlsx(),
            InventoryTemplate.xlsx(Messages.ENGLISH),
            InventoryTemplate.csv())) {
      Path file = Files.write(Files.createTempFile(dir, "template", ".bin"), template);

      InventoryResult result = InventoryReader.read(file, InventoryReader.sniff(file), r -> {}, 10);

      assertThat(result.ok()).isTrue();
      assertThat(result.rowsRead()).isZero();
    }
  }

  @Test
  void filledTemplateGivesItsDevicesAndItsHelpSheetIsNotRead() throws IOException {
    Path file = dir.resolve("filled.xlsx");
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(InventoryTemplate.xlsx()))) {
      Row row = workbook.getSheetAt(0).createRow(1);
      row.createCell(InventoryColumn.TYPE.ordinal()).setCellValue("tout-en-un");
      row.createCell(InventoryColumn.SERIAL.ordinal()).setCellValue("0012345");
      row.createCell(InventoryColumn.RAM_GB.ordinal()).setCellValue(8);
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    List<InventoryRow> rows = new ArrayList<>();

    InventoryResult result = InventoryReader.read(file, Format.XLSX, rows::add, 10);

    assertThat(result.ok()).isTrue();
    assertThat(rows)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.type()).isEqualTo(DeviceType.ALL_IN_ONE);
              assertThat(row.serial()).isEqualTo("0012345");
              assertThat(row.ramGb()).isEqualTo(8);
            });
  }

  @Test
  void csvIsUtf8WithByteOrderMarkAndSemicolonsAsFrenchExcelWritesIt() {
    byte[] csv = InventoryTemplate.csv();

    assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
        .isEqualTo(
            "Type;Marque;Modèle;Numéro de série;Processeur;RAM (Go);Stockage (Go);"
                + "Type de stockage;N° de série du disque;Écran (pouces);Batterie (%);Webcam;"
                + "Clavier;Remarques;Poids (kg)\r\n");
  }

  @Test
  void everyTemplateHeaderIsRecognisedInBothLanguages() {
    for (Locale locale : List.of(Messages.FRENCH, Messages.ENGLISH)) {
      for (InventoryColumn column : InventoryColumn.values()) {
        assertThat(InventoryColumn.named(InventoryTemplate.label(locale, column)))
            .as("%s in %s", column, locale)
            .isEqualTo(column);
      }
    }
  }

  @Test
  void everyClosedListIsADropDownThatOnlyWarnsOverEveryRowBelowTheHeader() throws IOException {
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(InventoryTemplate.xlsx()))) {
      XSSFSheet devices = workbook.getSheetAt(0);

      assertThat(devices.getDataValidations())
          .extracting(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn())
          .containsExactlyInAnyOrder(
              InventoryColumn.TYPE.ordinal(),
              InventoryColumn.STORAGE_KIND.ordinal(),
              InventoryColumn.WEBCAM.ordinal(),
              InventoryColumn.KEYBOARD.ordinal());
      assertThat(devices.getDataValidations())
          .allSatisfy(
              validation -> {
                var region = validation.getRegions().getCellRangeAddress(0);
                assertThat(region.getFirstRow()).isEqualTo(1);
                assertThat(region.getLastRow()).isEqualTo(InventoryReader.MAX_ROWS);
                assertThat(region.getLastColumn()).isEqualTo(region.getFirstColumn());
                assertThat(validation.getErrorStyle())
                    .as("another spelling is still read: a warning, not a refusal")
                    .isEqualTo(org.apache.poi.ss.usermodel.DataValidation.ErrorStyle.WARNING);
                assertThat(validation.getShowErrorBox()).isTrue();
              });
      assertThat(devices.getDataValidations())
          .filteredOn(
              v ->
                  v.getRegions().getCellRangeAddress(0).getFirstColumn()
                      == InventoryColumn.WEBCAM.ordinal())
          .singleElement()
          .satisfies(
              v ->
                  assertThat(v.getValidationConstraint().getExplicitListValues())
                      .containsExactly("oui", "non"));
    }
  }

  @Test
  void serialColumnsAreTextSoExcelKeepsLongNumbersAndLeadingZeros() throws IOException {
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(InventoryTemplate.xlsx()))) {
      XSSFSheet devices = workbook.getSheetAt(0);

      for (InventoryColumn column : InventoryColumn.values()) {
        var style = devices.getColumnStyle(column.ordinal());
        boolean serial =
            column == InventoryColumn.SERIAL || column == InventoryColumn.STORAGE_SERIAL;
        assertThat(style != null && "@".equals(style.getDataFormatString()))
            .as(column.name())
            .isEqualTo(serial);
      }
    }
  }

  @Test
  void theHelpSheetMarksRequiredColumnsOnly() throws IOException {
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(InventoryTemplate.xlsx()))) {
      Sheet help = workbook.getSheet("Aide");

      assertThat(help.getRow(0).getCell(0).getStringCellValue()).isNotBlank();
      for (InventoryColumn column : InventoryColumn.values()) {
        Row row = help.getRow(3 + column.ordinal());
        assertThat(row.getCell(0).getStringCellValue())
            .isEqualTo(InventoryTemplate.label(Messages.FRENCH, column));
        assertThat(row.getCell(1).getStringCellValue())
            .as(column.name())
            .isEqualTo(column.required() ? "oui" : "");
        assertThat(row.getCell(2).getStringCellValue()).isNotBlank();
        assertThat(row.getCell(2).getCellStyle().getWrapText()).isTrue();
      }
    }
  }
}
