package fr.packnum.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import fr.packnum.workshop.control.InventoryReader.Format;
import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.KeyboardLayout;
import fr.packnum.workshop.entity.StorageKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryReaderTest {

  private static final List<String> FRENCH_HEADER =
      List.of(
          "Type",
          "Marque",
          "Modèle",
          "Numéro de série",
          "Processeur",
          "RAM (Go)",
          "Stockage (Go)",
          "Type de stockage",
          "N° de série du disque",
          "Écran (pouces)",
          "Batterie (%)",
          "Webcam",
          "Clavier",
          "Remarques");

  @TempDir Path dir;

  @Test
  @Tag("slow") // 10,000 rows: Surefire runs it, the mutation profile does not (pom.xml)
  void tenThousandRowWorkbookGivesTenThousandValidRows() throws IOException {
    Path file = donorWorkbook(10_000, List.of());
    List<InventoryRow> rows = new ArrayList<>();

    InventoryResult result = InventoryReader.read(file, Format.XLSX, rows::add, 100);

    assertThat(result.ok()).isTrue();
    assertThat(result.rowsRead()).isEqualTo(10_000);
    assertThat(result.validRows()).isEqualTo(10_000);
    assertThat(rows).hasSize(10_000);
    assertThat(rows.get(0))
        .isEqualTo(
            new InventoryRow(
                2,
                DeviceType.LAPTOP,
                "Dell",
                "Latitude 5490",
                "SN-000001",
                "Intel Core i5-8350U",
                8,
                List.of(new InventoryRow.Drive(StorageKind.SSD, 256, "DS-000001")),
                14.0,
                87,
                true,
                KeyboardLayout.AZERTY_FR,
                null,
                null));
    assertThat(rows.get(9_999).line()).isEqualTo(10_001);
    assertThat(rows.get(9_999).serial()).isEqualTo("SN-010000");
  }

  @Test
  @Tag("slow") // 10,000 rows: Surefire runs it, the mutation profile does not (pom.xml)
  void threeBadRowsAmongTenThousandGiveExactlyThoseThreeErrors() throws IOException {
    Path file = donorWorkbook(10_000, List.of(17, 5_000, 9_999));
    AtomicInteger sunk = new AtomicInteger();

    InventoryResult result =
        InventoryReader.read(file, Format.XLSX, r -> sunk.incrementAndGet(), 100);

    assertThat(result.ok()).isFalse();
    assertThat(result.rowsRead()).isEqualTo(10_000);
    assertThat(result.validRows()).isEqualTo(9_997);
    assertThat(sunk).hasValue(9_997);
    assertThat(result.errorCount()).isEqualTo(3);
    assertThat(result.errors())
        .extracting(
            InventoryError::line,
            InventoryError::column,
            InventoryError::messageKey,
            InventoryError::arguments)
        .containsExactly(
            tuple(17, "Type", "inventory.type.unknown", List.of("grille-pain")),
            tuple(5_000, "Numéro de série", "inventory.serial.missing", List.of()),
            tuple(9_999, "RAM (Go)", "inventory.number.invalid", List.of("beaucoup")));
  }

  @Test
  void englishHeadersInAnotherOrderWithUnknownColumnsAreMappedByName() throws IOException {
    Path file =
        workbook(
            List.of(
                List.of("Internal ref", "Serial number", "Notes", "Device type", "Brand", "CPU"),
                List.of("A-17", "5CG1234XYZ", "Scratched lid", "Laptop", "HP", "i3-1005G1"),
                List.of("A-18", "C02XK1ABCD", "", "all-in-one", "Apple", "")));
    List<InventoryRow> rows = new ArrayList<>();

    InventoryResult result = InventoryReader.read(file, Format.XLSX, rows::add, 10);

    assertThat(result.ok()).isTrue();
    assertThat(rows)
        .extracting(
            InventoryRow::type,
            InventoryRow::serial,
            InventoryRow::brand,
            InventoryRow::cpu,
            InventoryRow::notes)
        .containsExactly(
            tuple(DeviceType.LAPTOP, "5CG1234XYZ", "HP", "i3-1005G1", "Scratched lid"),
            tuple(DeviceType.ALL_IN_ONE, "C02XK1ABCD", "Apple", null, null));
  }

  @Test
  void headerNamesIgnoreCaseAccentsSpacesAndPunctuation() throws IOException {
    Path file =
        csv(
            "TYPE D'APPAREIL;n° de serie;  memoire (go) ;ecran POUCES;Etat de la batterie\n"
                + "tour;ABC123;16;;\n",
            StandardCharsets.UTF_8);
    List<InventoryRow> rows = new ArrayList<>();

    InventoryResult result = InventoryReader.read(file, Format.CSV, rows::add, 10);

    assertThat(result.ok()).isTrue();
    assertThat(rows)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.type()).isEqualTo(DeviceType.DESKTOP);
              assertThat(row.serial()).isEqualTo("ABC123");
              assertThat(row.ramGb()).isEqualTo(16);
            });
  }

  @Test
  void frenchAndEnglishWordsAndUnitsAreUnderstood() throws IOException {
    Path file =
        csv(
            String.join(
                "\n",
                "Type;N° de série;RAM (Go);Stockage (Go);Type de stockage;Écran (pouces);Batterie (%);Webcam;Clavier",
                "ordinateur portable;S1;8 Go;1 To;disque dur;15,6;85 %;x;azerty",
                "tablet;S2;4;64;eMMC;10.1\";90;no;QWERTY UK",
                "Écran;S3;;;;24 pouces;;non;",
                "box 4G;S4;;;;;;;",
                "téléphone;S5;3;32;autre;6.1;100;oui;BÉPO"),
            StandardCharsets.UTF_8);
    List<InventoryRow> rows = new ArrayList<>();

    InventoryResult result = InventoryReader.read(file, Format.CSV, rows::add, 10);

    assertThat(result.errors()).isEmpty();
    assertThat(rows)
        .extracting(
            InventoryRow::type,
            InventoryRow::ramGb,
            InventoryRow::storageGb,
            InventoryRow::storageKind,
            InventoryRow::screenInches,
            InventoryRow::batteryHealthPercent,
            InventoryRow::webcam,
            InventoryRow::keyboardLayout)
        .containsExactly(
            tuple(
                DeviceType.LAPTOP,
                8,
                1000,
                StorageKind.HDD,
                15.6,
                85,
                true,
                KeyboardLayout.AZERTY_FR),
            tuple(
                DeviceType.TABLET,
                4,
                64,
                StorageKind.EMMC,
                10.1,
                90,
                false,
                KeyboardLayout.QWERTY_UK),
            tuple(DeviceType.SCREEN, null, null, null, 24.0, null, false, null),
            tuple(DeviceType.BOX_4G, null, null, null, null, null, null, null),
            tuple(
                DeviceType.SMARTPHONE,
                3,
                32,
                StorageKind.OTHER,
                6.1,
                100,
                true,
                KeyboardLayout.BEPO));
  }

  @Test
  void semicolonCsvInUtf8WithByteOrderMark() throws IOException {
    Path file = dir.resolve("bom.csv");
    byte[] text =
        "Type;Numéro de série;Modèle\r\nportable;SN1;ThinkPad T480\r\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Files.write(file, concat(bom, text));
    List<InventoryRow> rows = new ArrayList<>();

    InventoryResult result = InventoryReader.read(file, Format.CSV, rows::add, 10);

    assertThat(result.ok()).isTrue();
    assertThat(rows)
        .extracting(InventoryRow::serial, InventoryRow::model)
        .containsExactly(tuple("SN1", "ThinkPad T480"));
  }

  @Test
  void commaCsvWithQuotedCells() throws IOException {
    Path file =
        csv(
            "Device type,Serial number,Brand,Notes\n"
                + "laptop,SN1,\"Dell, Inc.\",\"15\"\" screen, \"\"like new\"\"\"\n",
            StandardCharsets.UTF_8);
    List<InventoryRow> rows = new ArrayList<>();

    InventoryResult result = InventoryReader.read(file, Format.CSV, rows::add, 10);

    assertThat(result.ok()).isTrue();
    assertThat(rows)
        .extracting(InventoryRow::brand, InventoryRow::notes)
        .containsExactly(tuple("Dell, Inc.", "15\" screen, \"like new\""));
  }

  @Test
  void windows1252CsvAsFrenchExcelSavesIt() throws IOException {
    Path file =
        csv(
            "Type;Numéro de série;Remarques\r\nécran;SN1;Rayé, pied cassé\r\n",
            Charset.forName("windows-1252"));
    List<InventoryRow> rows = new ArrayList<>();

    InventoryResult result = InventoryReader.read(file, Format.CSV, rows::add, 10);

    assertThat(result.ok()).isTrue();
    assertThat(rows)
        .extracting(InventoryRow::type, InventoryRow::notes)
        .containsExactly(tuple(DeviceType.SCREEN, "Rayé, pied cassé"));
  }

  @Test
  void csvLineNumbersCountBlankLinesAndLineBreaksInsideQuotedCells() throws IOException {
    Path file =
        csv(
            String.join(
                "\n",
                "Type;Numéro de série;Remarques",
                "portable;SN1;\"two",
                "lines\"",
                "",
                ";;;",
                "grille-pain;SN2;"),
            StandardCharsets.UTF_8);

    InventoryResult result = InventoryReader.read(file, Format.CSV, r -> {}, 10);

    assertThat(result.rowsRead()).isEqualTo(2);
    assertThat(result.errors())
        .extracting(InventoryError::line, InventoryError::messageKey)
        .containsExactly(tuple(6, "inventory.type.unknown"));
  }

  @Test
  void blankRowsOfAWorkbookAreSkippedAndLinesAreSpreadsheetRows() throws IOException {
    Path file =
        workbook(
            Arrays.asList(
                List.of("Type", "Numéro de série"),
                List.of("portable", "SN1"),
                List.of(),
                List.of("", "  "),
                List.of("fixe", "")));

    InventoryResult result = InventoryReader.read(file, Format.XLSX, r -> {}, 10);

    assertThat(result.rowsRead()).isEqualTo(2);
    assertThat(result.errors())
        .extracting(InventoryError::line, InventoryError::messageKey)
        .containsExactly(tuple(5, "inventory.serial.missing"));
  }

  @Test
  void serialRepeatedInTheFileIsAnErrorOnItsSecondOccurrence() throws IOException {
    Path file =
        csv(
            "Type;Numéro de série\nportable;SN-1\nportable;SN-2\nfixe;sn-1\nfixe;SN-3\n",
            StandardCharsets.UTF_8);
    List<InventoryRow> rows = new ArrayList<>();

    InventoryResult result = InventoryReader.read(file, Format.CSV, rows::add, 10);

    assertThat(rows).extracting(InventoryRow::serial).containsExactly("SN-1", "SN-2", "SN-3");
    assertThat(result.errors())
        .extracting(
            InventoryError::line,
            InventoryError::column,
            InventoryError::messageKey,
            InventoryError::arguments)
        .containsExactly(
            tuple(4, "Numéro de série", "inventory.serial.duplicate", List.of("sn-1")));
  }

  @Test
  void missingRequiredColumnIsOneErrorAtTheHeaderAndNothingIsRead() throws IOException {
    Path file = csv("Type;Marque\nportable;Dell\nfixe;HP\n", StandardCharsets.UTF_8);
    List<InventoryRow> rows = new ArrayList<>();

    InventoryResult result = InventoryReader.read(file, Format.CSV, rows::add, 10);

    assertThat(rows).isEmpty();
    assertThat(result.rowsRead()).isZero();
    assertThat(result.errors())
        .containsExactly(new InventoryError(1, null, "inventory.header.serial-missing", List.of()));
  }

  @Test
  void workbookWithoutTypeColumnIsOneErrorAtTheHeader() throws IOException {
    Path file = workbook(List.of(List.of("Marque", "Serial number"), List.of("Dell", "SN1")));

    InventoryResult result = InventoryReader.read(file, Format.XLSX, r -> {}, 10);

    assertThat(result.errors())
        .containsExactly(new InventoryError(1, null, "inventory.header.type-missing", List.of()));
    assertThat(result.rowsRead()).isZero();
  }

  @Test
  void emptyFileHasNoHeader() throws IOException {
    Path file = csv("", StandardCharsets.UTF_8);

    InventoryResult result = InventoryReader.read(file, Format.CSV, r -> {}, 10);

    assertThat(result.errors())
        .extracting(InventoryError::messageKey)
        .containsExactly("inventory.header.none");
  }

  @Test
  void everyBadValueIsReportedWithItsColumn() throws IOException {
    Path file =
        csv(
            String.join(
                "\n",
                "Type;Numéro de série;RAM (Go);Stockage (Go);Type de stockage;Écran (pouces);Batterie (%);Webcam;Clavier;Marque",
                ";"
                    + "X".repeat(101)
                    + ";8,5;-1;disquette;4;101;peut-être;dvorak;"
                    + "M".repeat(101)),
            StandardCharsets.UTF_8);

    InventoryResult result = InventoryReader.read(file, Format.CSV, r -> {}, 100);

    assertThat(result.validRows()).isZero();
    assertThat(result.errors())
        .extracting(InventoryError::column, InventoryError::messageKey, InventoryError::arguments)
        .containsExactly(
            tuple("Type", "inventory.type.missing", List.of()),
            tuple("Numéro de série", "inventory.serial.too-long", List.of("100")),
            tuple("Marque", "inventory.text.too-long", List.of("100")),
            tuple("RAM (Go)", "inventory.number.not-whole", List.of("8,5")),
            tuple("Stockage (Go)", "inventory.number.out-of-range", List.of("-1", "0", "100000")),
            tuple("Type de stockage", "inventory.storage-kind.unknown", List.of("disquette")),
            tuple("Écran (pouces)", "inventory.number.out-of-range", List.of("4", "5", "100")),
            tuple("Batterie (%)", "inventory.number.out-of-range", List.of("101", "0", "100")),
            tuple("Webcam", "inventory.webcam.unknown", List.of("peut-être")),
            tuple("Clavier", "inventory.keyboard.unknown", List.of("dvorak")));
  }

  @Test
  void onlyMaxErrorsAreKeptButAllAreCounted() throws IOException {
    StringBuilder text = new StringBuilder("Type;Numéro de série\n");
    for (int i = 0; i < 50; i++) {
      text.append("grille-pain;SN").append(i).append('\n');
    }
    Path file = csv(text.toString(), StandardCharsets.UTF_8);

    InventoryResult result = InventoryReader.read(file, Format.CSV, r -> {}, 5);

    assertThat(result.errorCount()).isEqualTo(50);
    assertThat(result.errors()).hasSize(5);
    assertThat(result.errors()).extracting(InventoryError::line).containsExactly(2, 3, 4, 5, 6);
  }

  @Test
  void numericCellsReadAsTheDonorSeesThem() throws IOException {
    Path file = dir.resolve("formats.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet();
      Row header = sheet.createRow(0);
      List<String> names =
          List.of("Type", "Numéro de série", "Batterie (%)", "Écran (pouces)", "Webcam");
      for (int i = 0; i < names.size(); i++) {
        header.createCell(i).setCellValue(names.get(i));
      }
      CellStyle percent = workbook.createCellStyle();
      percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
      CellStyle oneDecimal = workbook.createCellStyle();
      oneDecimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("portable");
      row.createCell(1).setCellValue(123456789012d); // a numeric serial, General format
      row.createCell(2).setCellValue(0.85); // typed "85 %" in Excel
      row.getCell(2).setCellStyle(percent);
      row.createCell(3).setCellValue(15.6);
      row.getCell(3).setCellStyle(oneDecimal);
      row.createCell(4).setCellValue(true);
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    List<InventoryRow> rows = new ArrayList<>();

    InventoryResult result = InventoryReader.read(file, Format.XLSX, rows::add, 10);

    assertThat(result.errors()).isEmpty();
    assertThat(rows)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.serial()).isEqualTo("123456789012");
              assertThat(row.batteryHealthPercent()).isEqualTo(85);
              assertThat(row.screenInches()).isEqualTo(15.6);
              assertThat(row.webcam()).isTrue();
            });
  }

  @Test
  void theSinksOwnFailureComesOutUnchanged() throws IOException {
    Path file = workbook(List.of(List.of("Type", "Numéro de série"), List.of("portable", "SN1")));
    IllegalStateException databaseDown = new IllegalStateException("database down");

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                InventoryReader.read(
                    file,
                    Format.XLSX,
                    r -> {
                      throw databaseDown;
                    },
                    10))
        .isSameAs(databaseDown);
  }

  /** A donor's workbook of {@code rows} valid devices, with bad values on the given lines. */
  private Path donorWorkbook(int rows, List<Integer> badLines) throws IOException {
    Path file = dir.resolve("donor-" + rows + ".xlsx");
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      Sheet sheet = workbook.createSheet("Appareils");
      Row header = sheet.createRow(0);
      for (int i = 0; i < FRENCH_HEADER.size(); i++) {
        header.createCell(i).setCellValue(FRENCH_HEADER.get(i));
      }
      for (int n = 1; n <= rows; n++) {
        int line = n + 1;
        Row row = sheet.createRow(n);
        int badness = badLines.indexOf(line);
        row.createCell(0).setCellValue(badness == 0 ? "grille-pain" : "portable");
        row.createCell(1).setCellValue("Dell");
        row.createCell(2).setCellValue("Latitude 5490");
        if (badness != 1) {
          row.createCell(3).setCellValue(String.format("SN-%06d", n));
        }
        row.createCell(4).setCellValue("Intel Core i5-8350U");
        if (badness == 2) {
          row.createCell(5).setCellValue("beaucoup");
        } else {
          row.createCell(5).setCellValue(8);
        }
        row.createCell(6).setCellValue(256);
        row.createCell(7).setCellValue("SSD");
        row.createCell(8).setCellValue(String.format("DS-%06d", n));
        row.createCell(9).setCellValue(14);
        row.createCell(10).setCellValue(87);
        row.createCell(11).setCellValue("oui");
        row.createCell(12).setCellValue("AZERTY");
      }
      write(workbook, file);
      workbook.dispose();
    }
    return file;
  }

  private Path workbook(List<List<String>> lines) throws IOException {
    Path file = Files.createTempFile(dir, "inventory", ".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Feuil1");
      for (int r = 0; r < lines.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < lines.get(r).size(); c++) {
          String value = lines.get(r).get(c);
          if (!value.isEmpty()) {
            row.createCell(c).setCellValue(value);
          }
        }
      }
      write(workbook, file);
    }
    return file;
  }

  private static void write(Workbook workbook, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
  }

  private Path csv(String text, Charset charset) throws IOException {
    Path file = Files.createTempFile(dir, "inventory", ".csv");
    Files.write(file, text.getBytes(charset));
    return file;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  @Test
  void aSmallDonorWorkbookGivesEveryValueOfEveryRowAndItsBadLines() throws IOException {
    // the 10,000-row cases above in small, so that the mutation profile reads the same rules
    Path file = donorWorkbook(4, List.of(3, 4, 5));
    List<InventoryRow> rows = new ArrayList<>();

    InventoryResult result = InventoryReader.read(file, Format.XLSX, rows::add, 100);

    assertThat(result.rowsRead()).isEqualTo(4);
    assertThat(result.validRows()).isEqualTo(1);
    assertThat(rows)
        .containsExactly(
            new InventoryRow(
                2,
                DeviceType.LAPTOP,
                "Dell",
                "Latitude 5490",
                "SN-000001",
                "Intel Core i5-8350U",
                8,
                List.of(new InventoryRow.Drive(StorageKind.SSD, 256, "DS-000001")),
                14.0,
                87,
                true,
                KeyboardLayout.AZERTY_FR,
                null,
                null));
    assertThat(result.errors())
        .extracting(InventoryError::line, InventoryError::column, InventoryError::messageKey)
        .containsExactly(
            tuple(3, "Type", "inventory.type.unknown"),
            tuple(4, "Numéro de série", "inventory.serial.missing"),
            tuple(5, "RAM (Go)", "inventory.number.invalid"));
  }

  @Test
  void utf16CsvWithItsByteOrderMarkAsExcelSavesUnicodeText() throws IOException {
    String text = "Type\tNuméro de série\tRemarques\r\nécran\tSN1\tRayé\r\n";
    byte[] littleEndian =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    byte[] bigEndian =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));

    for (byte[] bytes : List.of(littleEndian, bigEndian)) {
      Path file = Files.createTempFile(dir, "unicode", ".csv");
      Files.write(file, bytes);
      List<InventoryRow> rows = new ArrayList<>();

      InventoryResult result = InventoryReader.read(file, Format.CSV, rows::add, 10);

      assertThat(result.ok()).isTrue();
      assertThat(rows)
          .extracting(InventoryRow::type, InventoryRow::serial, InventoryRow::notes)
          .containsExactly(tuple(DeviceType.SCREEN, "SN1", "Rayé"));
    }
  }

  @Test
  void utf8CsvWithoutByteOrderMarkKeepsItsAccents() throws IOException {
    // accents on both sides of the 64 KiB read buffer: a character cut in two is still UTF-8
    String filler = "x".repeat((1 << 16) - 60);
    Path file =
        csv(
            "Type;Numéro de série;Remarques;Lot\nécran;SN1;;"
                + filler
                + "\nécran;SN2;Rayé, éraflé;\n",
            StandardCharsets.UTF_8);
    List<InventoryRow> rows = new ArrayList<>();

    InventoryResult result = InventoryReader.read(file, Format.CSV, rows::add, 10);

    assertThat(result.ok()).isTrue();
    assertThat(rows)
        .extracting(InventoryRow::type, InventoryRow::notes)
        .containsExactly(tuple(DeviceType.SCREEN, null), tuple(DeviceType.SCREEN, "Rayé, éraflé"));
  }

  @Test
  void theSeparatorIsTheCommonestOfTheHeaderOutsideQuotes() throws IOException {
    Path commas =
        csv(
            "Type,Serial number,Notes,\"Lot;carton;palette;x\"\nlaptop,SN1,\"a;b\",L1\n",
            StandardCharsets.UTF_8);
    Path tabs =
        csv("Type\tSerial number\tNotes\nlaptop\tSN1\tun, deux; trois\n", StandardCharsets.UTF_8);
    Path semicolonsWhenInDoubt =
        csv("Type;Serial number;Notes,x,y\nlaptop;SN1;a,b,c\n", StandardCharsets.UTF_8);
    List<InventoryRow> rows = new ArrayList<>();

    for (Path file : List.of(commas, tabs, semicolonsWhenInDoubt)) {
      assertThat(InventoryReader.read(file, Format.CSV, rows::add, 10).ok()).isTrue();
    }

    assertThat(rows)
        .extracting(InventoryRow::line, InventoryRow::serial, InventoryRow::notes)
        .containsExactly(
            tuple(2, "SN1", "a;b"), tuple(2, "SN1", "un, deux; trois"), tuple(2, "SN1", null));
  }

  @Test
  void aQuoteLeftOpenIsRefusedAtTheLineWhereItsRecordStarts() throws IOException {
    Path file =
        csv(
            "Type;Numéro de série;Remarques\nportable;SN1;ok\nportable;SN2;\""
                + "x".repeat(InventoryCsv.MAX_RECORD_CHARS + (1 << 17))
                + "\n",
            StandardCharsets.UTF_8);

    InventoryRefused refused =
        catchThrowableOfType(
            InventoryRefused.class, () -> InventoryReader.read(file, Format.CSV, r -> {}, 10));

    assertThat(refused.key()).isEqualTo(InventoryRefused.CSV_MALFORMED);
    assertThat(refused.args()).containsExactly(3);
  }
}
