package fr.packnum.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.packnum.workshop.control.InventoryReader.Format;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files, all built here rather than committed: each must be refused as a whole, quickly and
 * without reading anything outside the file.
 */
class InventorySecurityTest {

  /** "A couple of seconds" on a laptop, with room for a busy CI machine. */
  private static final Duration QUICKLY = Duration.ofSeconds(5);

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  @TempDir Path dir;

  // ---- zip bombs ----

  @Test
  void zipBombDeclaringItsSizeIsRefusedBeforeInflating() throws IOException {
    Path bomb = withRawSheet(validWorkbook(), 2048, true);
    assertThat(Files.size(bomb)).isLessThan(4L << 20);

    InventoryRefused refused = refusedQuickly(() -> InventoryReader.sniff(bomb));

    assertThat(refused.key()).isEqualTo(InventoryRefused.UNSAFE);
    assertThat(refused.reason()).contains("declares");
  }

  @Test
  void zipBombLyingAboutItsSizeIsRefusedWhileInflating() throws IOException {
    Path bomb = withRawSheet(validWorkbook(), 2048, false);
    assertThat(InventoryReader.sniff(bomb)).isEqualTo(Format.XLSX); // the directory looks sane

    InventoryRefused refused =
        refusedQuickly(() -> InventoryReader.read(bomb, Format.XLSX, r -> {}, 10));

    assertThat(refused.key()).isEqualTo(InventoryRefused.UNSAFE);
    assertThat(refused.reason()).contains("Zip bomb");
  }

  @Test
  @Tag("slow") // a large file: Surefire runs it, the mutation profile does not (pom.xml)
  void partLargerThanItsBudgetIsRefusedWhileStreamingThoughItCompressesNormally()
      throws IOException {
    // 70 MB of shared strings, about 20:1: under POI's ratio and entry limits, over the budget
    // this import gives the shared strings table (it is held in memory)
    Path file = dir.resolve("big-strings.xlsx");
    Map<String, byte[]> parts = parts(validWorkbook());
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file.toFile())) {
      for (var part : parts.entrySet()) {
        zip.putArchiveEntry(new ZipArchiveEntry(part.getKey()));
        if (part.getKey().equals("xl/sharedStrings.xml")) {
          Writer text = new java.io.OutputStreamWriter(nonClosing(zip), StandardCharsets.UTF_8);
          text.write("<sst xmlns=\"" + MAIN + "\">");
          String phrase = "Ordinateur portable reconditionné, clavier AZERTY, ".repeat(3);
          for (int i = 0; i < 400_000; i++) {
            text.write("<si><t>" + phrase + i + "</t></si>");
          }
          text.write("</sst>");
          text.flush();
        } else {
          zip.write(part.getValue());
        }
        zip.closeArchiveEntry();
      }
    }
    assertThat(InventoryReader.sniff(file)).isEqualTo(Format.XLSX);

    InventoryRefused refused =
        refusedQuickly(() -> InventoryReader.read(file, Format.XLSX, r -> {}, 10));

    assertThat(refused.key()).isEqualTo(InventoryRefused.UNSAFE);
    assertThat(refused.reason()).contains("inflated part over");
  }

  @Test
  void zipOfThousandsOfEntriesIsRefused() throws IOException {
    Map<String, byte[]> parts = parts(validWorkbook());
    for (int i = 0; i < 2_000; i++) {
      parts.put("xl/media/image" + i + ".png", new byte[] {1});
    }
    Path file = zip(parts);

    InventoryRefused refused = refusedQuickly(() -> InventoryReader.sniff(file));

    assertThat(refused.key()).isEqualTo(InventoryRefused.UNSAFE);
  }

  @Test
  void sharedStringsDeclaringBillionsOfItemsAreRefusedWithoutAllocating() throws IOException {
    Map<String, byte[]> parts = parts(validWorkbook());
    parts.put(
        "xl/sharedStrings.xml",
        ("<sst xmlns=\""
                + MAIN
                + "\" count=\"2147483647\" uniqueCount=\"2147483647\">"
                + "<si><t>Type</t></si></sst>")
            .getBytes(StandardCharsets.UTF_8));
    Path file = zip(parts);

    InventoryRefused refused =
        refusedQuickly(() -> InventoryReader.read(file, Format.XLSX, r -> {}, 10));

    assertThat(refused.key()).isEqualTo(InventoryRefused.UNSAFE);
  }

  // ---- XXE ----

  @Test
  void externalEntityInSharedStringsIsRefusedAndNeverRead() throws IOException {
    Path secret = secretFile();
    Map<String, byte[]> parts = parts(validWorkbook());
    String sst = new String(parts.get("xl/sharedStrings.xml"), StandardCharsets.UTF_8);
    assertThat(sst).contains("<t>SN-1</t>");
    parts.put(
        "xl/sharedStrings.xml",
        sst.replaceFirst("<sst ", doctype(secret, "sst") + "<sst ")
            .replace("<t>SN-1</t>", "<t>&e;</t>")
            .getBytes(StandardCharsets.UTF_8));
    Path file = zip(parts);
    List<InventoryRow> rows = new ArrayList<>();

    Throwable failure =
        catchThrowableOfType(
            InventoryRefused.class, () -> InventoryReader.read(file, Format.XLSX, rows::add, 10));

    assertThat(failure).isNotNull();
    assertThat(((InventoryRefused) failure).key()).isEqualTo(InventoryRefused.UNSAFE);
    assertThat(((InventoryRefused) failure).reason()).contains("DOCTYPE");
    assertThat(rows.toString()).doesNotContain("TOP-SECRET");
  }

  @Test
  void externalEntityInTheSheetIsRefusedAndNeverRead() throws IOException {
    Path secret = secretFile();
    Map<String, byte[]> parts = parts(validWorkbook());
    parts.put(
        "xl/worksheets/sheet1.xml",
        (doctype(secret, "worksheet")
                + "<worksheet xmlns=\""
                + MAIN
                + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Type</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>Numéro de série</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>portable</t></is></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><t>&e;</t></is></c></row>"
                + "</sheetData></worksheet>")
            .getBytes(StandardCharsets.UTF_8));
    Path file = zip(parts);
    List<InventoryRow> rows = new ArrayList<>();

    InventoryRefused refused =
        catchThrowableOfType(
            InventoryRefused.class, () -> InventoryReader.read(file, Format.XLSX, rows::add, 10));

    assertThat(refused).isNotNull();
    assertThat(refused.key()).isEqualTo(InventoryRefused.UNSAFE);
    assertThat(refused.reason()).contains("DOCTYPE");
    assertThat(rows).isEmpty();
  }

  @Test
  void externalEntityInPartsPoiParsesIsRefusedOrHarmless() throws IOException {
    Path secret = secretFile();
    for (String name : List.of("xl/styles.xml", "xl/workbook.xml", "[Content_Types].xml")) {
      Map<String, byte[]> parts = parts(validWorkbook());
      String xml = new String(parts.get(name), StandardCharsets.UTF_8);
      String root =
          name.equals("[Content_Types].xml")
              ? "Types"
              : xml.contains("<styleSheet") ? "styleSheet" : "workbook";
      parts.put(
          name,
          xml.replaceFirst("<" + root + " ", doctype(secret, root) + "<" + root + " ")
              .getBytes(StandardCharsets.UTF_8));
      Path file = zip(parts);
      List<InventoryRow> rows = new ArrayList<>();

      try {
        InventoryResult result = InventoryReader.read(file, Format.XLSX, rows::add, 10);
        assertThat(result.toString()).doesNotContain("TOP-SECRET");
      } catch (InventoryRefused refused) {
        assertThat(refused.key()).isIn(InventoryRefused.UNSAFE, InventoryRefused.UNREADABLE);
      }
      assertThat(rows.toString()).as(name).doesNotContain("TOP-SECRET");
    }
  }

  // ---- too many rows ----

  @Test
  void moreRowsThanTheLimitGivenAreRefused() throws IOException {
    Path file = dir.resolve("rows.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet();
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("Type");
      header.createCell(1).setCellValue("Numéro de série");
      for (int i = 1; i <= 101; i++) {
        Row row = sheet.createRow(i);
        row.createCell(0).setCellValue("portable");
        row.createCell(1).setCellValue("SN" + i);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }

    assertThat(InventoryReader.read(file, Format.XLSX, r -> {}, 10, 101).ok()).isTrue();
    InventoryRefused refused =
        refusedQuickly(() -> InventoryReader.read(file, Format.XLSX, r -> {}, 10, 100));
    assertThat(refused.key()).isEqualTo(InventoryRefused.TOO_MANY_ROWS);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.args()).containsExactly(100);
  }

  @Test
  @Tag("slow") // a large file: Surefire runs it, the mutation profile does not (pom.xml)
  void moreThanTwoHundredThousandRowsAreRefusedByDefault() throws IOException {
    Path file = dir.resolve("rows.csv");
    try (Writer out = Files.newBufferedWriter(file)) {
      out.write("Type;Numéro de série\n");
      for (int i = 0; i <= InventoryReader.MAX_ROWS; i++) {
        out.write("portable;SN" + i + "\n");
      }
    }

    InventoryRefused refused =
        refusedQuickly(() -> InventoryReader.read(file, Format.CSV, r -> {}, 10));

    assertThat(refused.key()).isEqualTo(InventoryRefused.TOO_MANY_ROWS);
    assertThat(refused.args()).containsExactly(200_000);
  }

  // ---- encryption ----

  @Test
  void passwordProtectedWorkbookIsRefusedClearly() throws Exception {
    Path file = dir.resolve("protected.xlsx");
    try (POIFSFileSystem container = new POIFSFileSystem();
        XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(validWorkbook()))) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("motdepasse");
      try (OutputStream encrypted = encryptor.getDataStream(container)) {
        workbook.write(encrypted);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        container.writeFilesystem(out);
      }
    }

    InventoryRefused refused = refusedQuickly(() -> InventoryReader.sniff(file));

    assertThat(refused.key()).isEqualTo(InventoryRefused.ENCRYPTED);
    assertThat(refused.status()).isEqualTo(422);
  }

  // ---- sniffing ----

  @Test
  void realWorkbookAndTextAreRecognised() throws IOException {
    assertThat(InventoryReader.sniff(validWorkbook())).isEqualTo(Format.XLSX);
    Path csv = dir.resolve("inventory.xlsx"); // the name does not count
    Files.writeString(csv, "Type;Numéro de série\nportable;SN1\n");
    assertThat(InventoryReader.sniff(csv)).isEqualTo(Format.CSV);
    Path ansi = dir.resolve("ansi.csv");
    Files.write(ansi, "Type;Numéro\r\nécran;1\r\n".getBytes("windows-1252"));
    assertThat(InventoryReader.sniff(ansi)).isEqualTo(Format.CSV);
  }

  @Test
  void pdfRenamedXlsxIsNotASpreadsheet() throws IOException {
    Path file = dir.resolve("inventaire.xlsx");
    try (PDDocument pdf = new PDDocument()) {
      pdf.addPage(new PDPage());
      pdf.save(file.toFile());
    }

    assertRefusedAsNotSpreadsheet(file);
    assertThatThrownBy(() -> InventoryReader.read(file, Format.XLSX, r -> {}, 10))
        .isInstanceOf(InventoryRefused.class);
  }

  @Test
  void imageRenamedXlsxIsNotASpreadsheet() throws IOException {
    Path file = dir.resolve("photo.xlsx");
    ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", file.toFile());

    assertRefusedAsNotSpreadsheet(file);
  }

  @Test
  void plainZipAndWordDocumentAreNotSpreadsheets() throws IOException {
    assertRefusedAsNotSpreadsheet(zip(Map.of("inventaire.txt", "Type;Série".getBytes())));
    Map<String, byte[]> word = new LinkedHashMap<>();
    word.put(
        "[Content_Types].xml",
        ("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
            .getBytes(StandardCharsets.UTF_8));
    word.put("word/document.xml", "<document/>".getBytes(StandardCharsets.UTF_8));
    assertRefusedAsNotSpreadsheet(zip(word));
  }

  @Test
  void legacyXlsIsRefusedWithItsOwnExplanation() throws IOException {
    Path file = dir.resolve("old.xlsx");
    try (HSSFWorkbook workbook = new HSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      workbook.createSheet().createRow(0).createCell(0).setCellValue("Type");
      workbook.write(out);
    }

    InventoryRefused refused = refusedQuickly(() -> InventoryReader.sniff(file));

    assertThat(refused.key()).isEqualTo(InventoryRefused.LEGACY_XLS);
    assertThat(refused.status()).isEqualTo(415);
  }

  @Test
  void htmlSavedAsXlsIsNotASpreadsheet() throws IOException {
    Path file = dir.resolve("export.xls");
    Files.writeString(file, "<html><body><table><tr><td>Type</td></tr></table></body></html>");

    assertRefusedAsNotSpreadsheet(file);
  }

  @Test
  void fileOfAnotherFormatThanDeclaredIsRefused() throws IOException {
    Path csv = dir.resolve("inventory.csv");
    Files.writeString(csv, "Type;Numéro de série\nportable;SN1\n");

    InventoryRefused refused =
        catchThrowableOfType(
            InventoryRefused.class, () -> InventoryReader.read(csv, Format.XLSX, r -> {}, 10));

    assertThat(refused.key()).isEqualTo(InventoryRefused.NOT_SPREADSHEET);
  }

  @Test
  void csvWithAQuoteLeftOpenIsRefusedAtItsLine() throws IOException {
    Path file = dir.resolve("open-quote.csv");
    Files.writeString(
        file, "Type;Numéro de série;Remarques\nportable;SN1;ok\nfixe;SN2;\"écran 19\n");

    InventoryRefused refused =
        catchThrowableOfType(
            InventoryRefused.class, () -> InventoryReader.read(file, Format.CSV, r -> {}, 10));

    assertThat(refused.key()).isEqualTo(InventoryRefused.CSV_MALFORMED);
    assertThat(refused.args()).containsExactly(3);
  }

  @Test
  @Tag("slow") // a large file: Surefire runs it, the mutation profile does not (pom.xml)
  void csvRecordThatNeverEndsIsRefusedBeforeFillingMemory() throws IOException {
    Path file = dir.resolve("endless.csv");
    try (Writer out = Files.newBufferedWriter(file)) {
      out.write("Type;Numéro de série;Remarques\nportable;SN1;\"");
      for (int i = 0; i < 200_000; i++) {
        out.write("une ligne de plus dans une cellule\n");
      }
      out.write("\"\n");
    }

    InventoryRefused refused =
        refusedQuickly(() -> InventoryReader.read(file, Format.CSV, r -> {}, 10));

    assertThat(refused.key()).isEqualTo(InventoryRefused.CSV_MALFORMED);
    assertThat(refused.args()).containsExactly(2);
  }

  // ---- helpers ----

  private static InventoryRefused refusedQuickly(ThrowingSupplier<?> reading) {
    long start = System.nanoTime();
    InventoryRefused refused = catchThrowableOfType(InventoryRefused.class, reading::get);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(refused).as("refused").isNotNull();
    assertThat(took).as("time to refuse").isLessThan(QUICKLY);
    return refused;
  }

  private static void assertRefusedAsNotSpreadsheet(Path file) {
    InventoryRefused refused = refusedQuickly(() -> InventoryReader.sniff(file));
    assertThat(refused.key()).isEqualTo(InventoryRefused.NOT_SPREADSHEET);
    assertThat(refused.status()).isEqualTo(415);
  }

  private Path secretFile() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-MARKER");
    return secret;
  }

  private static String doctype(Path secret, String root) {
    return "<!DOCTYPE " + root + " [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>";
  }

  /** A small, genuine workbook written by POI: header and two devices, texts in shared strings. */
  private Path validWorkbook() throws IOException {
    Path file = Files.createTempFile(dir, "valid", ".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Appareils");
      String[][] lines = {{"Type", "Numéro de série"}, {"portable", "SN-1"}, {"fixe", "SN-2"}};
      for (int r = 0; r < lines.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < lines[r].length; c++) {
          row.createCell(c).setCellValue(lines[r][c]);
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    return file;
  }

  /** The entries of a ZIP file, in order. */
  private static Map<String, byte[]> parts(Path zip) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipFile file = ZipFile.builder().setFile(zip.toFile()).get()) {
      for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
        try (InputStream in = file.getInputStream(entry)) {
          parts.put(entry.getName(), in.readAllBytes());
        }
      }
    }
    return parts;
  }

  private Path zip(Map<String, byte[]> parts) throws IOException {
    Path file = Files.createTempFile(dir, "crafted", ".xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (var part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    }
    return file;
  }

  /**
   * The workbook with its sheet replaced by {@code mebibytes} MiB of blanks inside a valid
   * worksheet element, stored as raw DEFLATE data about a thousand times smaller; its declared size
   * is the true one or a harmless-looking lie.
   */
  private Path withRawSheet(Path workbook, int mebibytes, boolean declareTrueSize)
      throws IOException {
    byte[] prefix =
        ("<worksheet xmlns=\"" + MAIN + "\"><sheetData>").getBytes(StandardCharsets.UTF_8);
    byte[] suffix = "</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8);
    byte[] deflated = deflatedBlanks(prefix, mebibytes, suffix);
    long size = prefix.length + ((long) mebibytes << 20) + suffix.length;
    CRC32 crc = new CRC32();
    crc.update(prefix);
    byte[] blanks = new byte[1 << 20];
    Arrays.fill(blanks, (byte) ' ');
    for (int i = 0; i < mebibytes; i++) {
      crc.update(blanks);
    }
    crc.update(suffix);

    Path file = Files.createTempFile(dir, "bomb", ".xlsx");
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file.toFile())) {
      for (var part : parts(workbook).entrySet()) {
        if (part.getKey().equals("xl/worksheets/sheet1.xml")) {
          ZipArchiveEntry entry = new ZipArchiveEntry(part.getKey());
          entry.setMethod(ZipArchiveEntry.DEFLATED);
          entry.setSize(declareTrueSize ? size : 90_000);
          entry.setCompressedSize(deflated.length);
          entry.setCrc(crc.getValue());
          zip.addRawArchiveEntry(entry, new ByteArrayInputStream(deflated));
        } else {
          zip.putArchiveEntry(new ZipArchiveEntry(part.getKey()));
          zip.write(part.getValue());
          zip.closeArchiveEntry();
        }
      }
    }
    return file;
  }

  /**
   * A raw DEFLATE stream of prefix, blanks and suffix, made in milliseconds: once the window is all
   * blanks, every further MiB of blanks compresses to the same bytes, which are repeated.
   */
  private static byte[] deflatedBlanks(byte[] prefix, int mebibytes, byte[] suffix) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] blanks = new byte[1 << 20];
    Arrays.fill(blanks, (byte) ' ');
    out.writeBytes(flush(deflater, prefix));
    byte[] previous = flush(deflater, blanks);
    out.writeBytes(previous);
    int written = 1;
    byte[] block = flush(deflater, blanks);
    while (!Arrays.equals(block, previous)) {
      out.writeBytes(block);
      written++;
      previous = block;
      block = flush(deflater, blanks);
    }
    for (; written < mebibytes; written++) {
      out.writeBytes(block);
    }
    deflater.end();
    // a final stored block for the suffix; after a sync flush the stream is byte-aligned
    out.write(0x01);
    out.write(suffix.length & 0xFF);
    out.write(suffix.length >>> 8);
    out.write(~suffix.length & 0xFF);
    out.write((~suffix.length >>> 8) & 0xFF);
    out.writeBytes(suffix);
    return out.toByteArray();
  }

  private static byte[] flush(Deflater deflater, byte[] input) {
    deflater.setInput(input);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    int n;
    do {
      n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
      out.write(buffer, 0, n);
    } while (n == buffer.length || !deflater.needsInput());
    return out.toByteArray();
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
