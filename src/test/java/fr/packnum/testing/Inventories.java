package fr.packnum.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Donor inventories for tests: real spreadsheets, and hostile files that must be refused. */
public final class Inventories {

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Inventories() {}

  /**
   * An .xlsx of {@code rows} laptops with French headers; the lines in {@code bad} (file line
   * numbers, header = 1) carry an unknown type.
   */
  public static byte[] xlsx(String serialPrefix, int rows, Set<Integer> bad) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Inventaire");
      String[] headers = {
        "Type", "Marque", "Modèle", "Numéro de série", "RAM (Go)", "Stockage (Go)"
      };
      Row header = sheet.createRow(0);
      for (int c = 0; c < headers.length; c++) {
        header.createCell(c).setCellValue(headers[c]);
      }
      for (int i = 1; i <= rows; i++) {
        Row row = sheet.createRow(i);
        int line = i + 1;
        row.createCell(0).setCellValue(bad.contains(line) ? "grille-pain" : "Portable");
        row.createCell(1).setCellValue("Dell");
        row.createCell(2).setCellValue("Latitude 5490");
        row.createCell(3).setCellValue(serialPrefix + "-" + i);
        row.createCell(4).setCellValue(8);
        row.createCell(5).setCellValue(256);
      }
      workbook.write(out);
      workbook.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A donor's inventory as companies export it (.xlsx): a merged title and a date above the header,
   * blank lines, a numbering column PackNum ignores, French headers of their own, storage written
   * with kind and unit (two drives in one cell), French decimal commas and units, weights in
   * kilograms and in grams, a subtotal and a grand total. The header is on line 6 and the four
   * devices (serials {@code prefix-1} to {@code prefix-4}) on lines 7 to 10. With {@code
   * badMemory}, line 9 gives "huit" for the memory.
   */
  public static byte[] asDonorsExportIt(String prefix, boolean badMemory) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Parc réformé");
      sheet.createRow(0).createCell(0).setCellValue("Inventaire du parc informatique réformé");
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 10));
      sheet.createRow(1).createCell(0).setCellValue("Export du 12/03/2026 — Société Exemple SA");
      sheet.createRow(3).createCell(0).setCellValue("Site : Lyon Part-Dieu");
      String[][] lines = {
        {
          "N°",
          "Type de matériel",
          "Marque",
          "Modèle",
          "N° de série",
          "Mémoire",
          "Disque",
          "N° de série disque",
          "Écran",
          "Poids",
          "Observations"
        },
        {
          "1",
          "Ordinateur portable",
          "Dell",
          "Latitude 5490",
          prefix + "-1",
          "8 Go",
          "SSD 256 Go",
          prefix + "-D1",
          "14\"",
          "1,8 kg",
          ""
        },
        {
          "2",
          "PC portable",
          "HP",
          "EliteBook 840 G5",
          prefix + "-2",
          "16Go",
          "512Go NVMe",
          prefix + "-D2",
          "15,6 pouces",
          "1 800 g",
          "Rayure sur le capot"
        },
        {
          "3",
          "Unité centrale",
          "Lenovo",
          "ThinkCentre M720",
          prefix + "-3",
          badMemory ? "huit" : "8 Go",
          "SSD 256 Go + HDD 1 To",
          prefix + "-D3a + " + prefix + "-D3b",
          "",
          "5,2",
          ""
        },
        {
          "4",
          "Tablette",
          "Samsung",
          "Galaxy Tab A",
          prefix + "-4",
          "3 Go",
          "eMMC 32 Go",
          prefix + "-D4",
          "10,1",
          "0,47",
          ""
        },
        {},
        {"", "Sous-total", "", "", "4"},
        {"TOTAL GÉNÉRAL", "", "", "", "", "35 Go"},
      };
      for (int i = 0; i < lines.length; i++) {
        Row row = sheet.createRow(5 + i);
        for (int c = 0; c < lines[i].length; c++) {
          if (!lines[i][c].isEmpty()) {
            row.createCell(c).setCellValue(lines[i][c]);
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A zip dressed as an .xlsx whose sheet inflates from about 200 KB to 200 MB. */
  public static byte[] zipBomb() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(out)) {
      entry(zip, "[Content_Types].xml", contentTypes());
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] block = new byte[1 << 20];
      java.util.Arrays.fill(block, (byte) ' ');
      for (int i = 0; i < 200; i++) {
        zip.write(block);
      }
      zip.closeEntry();
      zip.finish();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An .xlsx whose shared strings declare an external entity reading a local file. */
  public static byte[] xxe() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(out)) {
      entry(zip, "[Content_Types].xml", contentTypes());
      entry(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      entry(
          zip,
          "xl/workbook.xml",
          "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
              + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"s\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      entry(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
              + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
      entry(
          zip,
          "xl/sharedStrings.xml",
          "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY leak SYSTEM \"file:///etc/hostname\">]>"
              + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>&leak;</t></si></sst>");
      entry(
          zip,
          "xl/worksheets/sheet1.xml",
          "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
              + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>");
      zip.finish();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF, as someone would upload it after renaming it .xlsx. */
  public static byte[] renamedPdf() {
    return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static String contentTypes() {
    return "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        + "</Types>";
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
