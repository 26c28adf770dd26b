package fr.packnum.workshop.control;

import static fr.packnum.workshop.control.DocumentText.MISSING;

import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.control.PdfText;
import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays one erasure certificate out on A4 pages: a header with the QR code on the first page, a
 * table that flows over as many pages as needed (column headings and the current device repeated at
 * the top of each page), then a footer on every page once the page count is known.
 */
final class ErasureCertificateLayout {

  private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float MARGIN = mm(10);
  private static final float LEFT = MARGIN;
  private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
  private static final float TOP = PAGE.getHeight() - mm(13);
  private static final float FOOTER_RULE = mm(19);
  private static final float BOTTOM = FOOTER_RULE + 8;
  private static final float QR_SIZE = mm(30);

  private static final Color ACCENT = new Color(0x1F, 0x3A, 0x5F);
  private static final Color BAND = new Color(0xEA, 0xEF, 0xF5);
  private static final Color RULE = new Color(0xC4, 0xCC, 0xD6);
  private static final Color MUTED = new Color(0x55, 0x5F, 0x6B);

  private static final float CELL_SIZE = 7f;
  private static final float SMALLEST_CELL_SIZE = 5.5f;
  private static final float CELL_LEADING = 8.6f;
  private static final float CELL_PADDING_X = 3f;
  private static final float CELL_PADDING_Y = 3.4f;
  private static final float CAP = 0.72f; // Helvetica's cap height, in ems
  private static final int CELL_MAX_LINES = 5;

  /**
   * Column widths in points, sized at 7 pt so that a 20-character serial, "NIST SP 800-88 Purge"
   * and a date fit on one line; the technician's column takes what is left.
   */
  private static final float[] COLUMNS = columns(90, 54, 60, 78, 56, 31, 32, 37, 42);

  /** Passes and "verified": short values, centred under their heading. */
  private static final boolean[] CENTRED = {
    false, false, false, false, false, true, true, false, false, false
  };

  private final PDDocument document;
  private final ErasureCertificateData data;
  private final Locale locale;
  private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final List<PDPage> pages = new ArrayList<>();
  private PDPageContentStream content;
  private float y;

  ErasureCertificateLayout(PDDocument document, ErasureCertificateData data, Locale locale) {
    this.document = document;
    this.data = data;
    this.locale = locale;
  }

  void write() throws IOException {
    try {
      newPage();
      firstPageHeader();
      tableHeadings();
      for (DeviceErasure device : data.devices()) {
        device(device);
      }
    } finally {
      if (content != null) {
        content.close();
      }
    }
    for (int i = 0; i < pages.size(); i++) {
      footer(pages.get(i), i + 1, pages.size());
    }
  }

  // ---- pages -------------------------------------------------------------------------------

  private void newPage() throws IOException {
    if (content != null) {
      content.close();
    }
    PDPage page = new PDPage(PAGE);
    document.addPage(page);
    pages.add(page);
    content = new PDPageContentStream(document, page);
    y = TOP;
  }

  /** Starts a new page when {@code height} does not fit, repeating headings and the device. */
  private void makeRoom(float height, DeviceErasure continuing) throws IOException {
    if (y - height >= BOTTOM) {
      return;
    }
    newPage();
    continuationHeader();
    tableHeadings();
    if (continuing != null) {
      deviceBand(continuing, true);
    }
  }

  private void firstPageHeader() throws IOException {
    String title = DocumentText.CERTIFICATE_TITLE.in(locale);
    float qrLeft = LEFT + WIDTH - QR_SIZE;
    float textWidth = WIDTH - QR_SIZE - mm(6);

    content.setNonStrokingColor(ACCENT);
    float titleSize = 18f;
    for (String line : PdfText.wrap(title, bold, titleSize, textWidth, 2)) {
      y -= titleSize;
      PdfText.show(content, line, bold, titleSize, LEFT, y);
      y -= 4;
    }
    y -= 10;

    float labelWidth = mm(34);
    float valueWidth = textWidth - labelWidth;
    infoRow(DocumentText.WORKSHOP, data.workshopName(), regular, labelWidth, valueWidth);
    infoRow(DocumentText.DONOR, data.donorName(), regular, labelWidth, valueWidth);
    infoRow(DocumentText.DONATION, data.donationReference(), regular, labelWidth, valueWidth);
    infoRow(
        DocumentText.ISSUED_AT,
        ISSUED.format(data.issuedAt().atZone(FrenchCalendar.ZONE)),
        regular,
        labelWidth,
        valueWidth);
    infoRow(DocumentText.VERIFICATION_CODE, data.verificationCode(), bold, labelWidth, valueWidth);

    // The QR code's quiet zone is white: it may sit in the margin, so its right edge aligns there.
    float qrBottom = TOP - QR_SIZE;
    PdfQrCode.draw(content, data.verificationUrl(), qrLeft, qrBottom, QR_SIZE);
    String caption = PdfText.printable(DocumentText.SCAN_TO_VERIFY.in(locale));
    float captionWidth = PdfText.width(caption, regular, 7f);
    content.setNonStrokingColor(MUTED);
    PdfText.show(
        content, caption, regular, 7f, qrLeft + (QR_SIZE - captionWidth) / 2, qrBottom - 6);
    y = Math.min(y, qrBottom - 10) - 8;

    content.setNonStrokingColor(Color.BLACK);
    float size = 8.5f;
    for (String line :
        PdfText.wrap(DocumentText.STATEMENT.in(locale), regular, size, WIDTH, Integer.MAX_VALUE)) {
      y -= size * 1.3f;
      PdfText.show(content, line, regular, size, LEFT, y);
    }
    y -= 14;
    long drives = data.devices().stream().mapToLong(device -> device.drives().size()).sum();
    String summary =
        DocumentText.count(
                data.devices().size(), DocumentText.DEVICES_ONE, DocumentText.DEVICES_MANY, locale)
            + " \u00b7 "
            + DocumentText.count(drives, DocumentText.DRIVES_ONE, DocumentText.DRIVES_MANY, locale);
    PdfText.show(content, PdfText.printable(summary), bold, size, LEFT, y);
    y -= 10;
  }

  private void infoRow(
      DocumentText label, String value, PDFont valueFont, float labelWidth, float valueWidth)
      throws IOException {
    float size = 9f;
    List<String> lines = PdfText.wrap(orMissing(value), valueFont, size, valueWidth, 3);
    y -= size + 3;
    content.setNonStrokingColor(MUTED);
    PdfText.show(content, PdfText.printable(label.in(locale)), regular, 8f, LEFT, y);
    content.setNonStrokingColor(Color.BLACK);
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        y -= size + 2;
      }
      PdfText.show(content, lines.get(i), valueFont, size, LEFT + labelWidth, y);
    }
  }

  private void continuationHeader() throws IOException {
    float size = 10f;
    y -= size;
    content.setNonStrokingColor(ACCENT);
    String title = PdfText.printable(DocumentText.CERTIFICATE_TITLE.in(locale));
    PdfText.show(content, title, bold, size, LEFT, y);
    String donation =
        PdfText.truncate(
            DocumentText.DONATION.in(locale) + " " + orMissing(data.donationReference()),
            regular,
            8f,
            WIDTH - PdfText.width(title, bold, size) - 20);
    content.setNonStrokingColor(MUTED);
    PdfText.show(
        content, donation, regular, 8f, LEFT + WIDTH - PdfText.width(donation, regular, 8f), y);
    y -= 12;
  }

  private void footer(PDPage page, int number, int count) throws IOException {
    try (PDPageContentStream footer =
        new PDPageContentStream(
            document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
      footer.setStrokingColor(RULE);
      footer.setLineWidth(0.6f);
      footer.moveTo(LEFT, FOOTER_RULE);
      footer.lineTo(LEFT + WIDTH, FOOTER_RULE);
      footer.stroke();

      float size = 8f;
      float line = FOOTER_RULE - 12;
      String pageText = PdfText.printable(DocumentText.PAGE.in(locale, number, count));
      float pageWidth = PdfText.width(pageText, regular, size);
      footer.setNonStrokingColor(Color.BLACK);
      PdfText.show(footer, pageText, regular, size, LEFT + WIDTH - pageWidth, line);

      String label =
          PdfText.printable(DocumentText.VERIFICATION_CODE.in(locale) + DocumentText.colon(locale));
      float labelWidth = PdfText.width(label, regular, size);
      String code =
          PdfText.truncate(
              data.verificationCode(), bold, size, WIDTH - pageWidth - labelWidth - 20);
      PdfText.show(footer, label, regular, size, LEFT, line);
      PdfText.show(footer, code, bold, size, LEFT + labelWidth, line);

      // The URL is what a reader types: shrink it before cutting it.
      String verify =
          PdfText.printable(
              DocumentText.VERIFY_AT.in(locale)
                  + DocumentText.colon(locale)
                  + data.verificationUrl());
      float urlSize = 7.5f;
      while (urlSize > 5f && PdfText.width(verify, regular, urlSize) > WIDTH) {
        urlSize -= 0.5f;
      }
      footer.setNonStrokingColor(MUTED);
      PdfText.show(
          footer,
          PdfText.truncate(verify, regular, urlSize, WIDTH),
          regular,
          urlSize,
          LEFT,
          line - 11);
    }
  }

  // ---- the table ---------------------------------------------------------------------------

  private void tableHeadings() throws IOException {
    List<String> headings =
        List.of(
            DocumentText.DRIVE_SERIAL.in(locale),
            DocumentText.DRIVE_KIND.in(locale),
            DocumentText.METHOD.in(locale),
            DocumentText.STANDARD.in(locale),
            DocumentText.TOOL.in(locale),
            DocumentText.PASSES.in(locale),
            DocumentText.VERIFIED.in(locale),
            DocumentText.RESULT.in(locale),
            DocumentText.DATE.in(locale),
            DocumentText.TECHNICIAN.in(locale));
    Row row = new Row(headings, bold);
    fillRect(ACCENT, y - row.height, row.height);
    content.setNonStrokingColor(Color.WHITE);
    row.draw();
    y -= row.height;
  }

  private void device(DeviceErasure device) throws IOException {
    Row first = device.hasNoStorage() ? noStorageRow(device) : driveRow(device.drives().get(0));
    makeRoom(bandHeight(device, false) + first.height, null);
    deviceBand(device, false);
    if (device.hasNoStorage()) {
      drawRow(first);
    }
    for (DriveErasure drive : device.drives()) {
      Row row = driveRow(drive);
      makeRoom(row.height, device);
      drawRow(row);
    }
    if (!device.hasNoStorage() && device.noStorageReason() != null) {
      // Recorded alongside drives: print it rather than drop what the technician wrote.
      Row reason = noStorageRow(device);
      makeRoom(reason.height, device);
      drawRow(reason);
    }
  }

  private float bandHeight(DeviceErasure device, boolean continued) {
    return bandLines(device, continued).size() * CELL_LEADING + 2 * CELL_PADDING_Y;
  }

  private List<String> bandLines(DeviceErasure device, boolean continued) {
    List<String> parts = new ArrayList<>();
    parts.add(DocumentText.deviceType(device.type(), locale));
    if (device.brandModel() != null && !device.brandModel().isBlank()) {
      parts.add(device.brandModel());
    }
    parts.add(DocumentText.DEVICE_SERIAL.in(locale, orMissing(device.deviceSerial())));
    String text = String.join("  \u00b7  ", parts);
    if (continued) {
      text += "  " + DocumentText.CONTINUED.in(locale);
    }
    return PdfText.wrap(text, regular, CELL_SIZE + 0.5f, bandTextWidth(device), 2);
  }

  private float bandTagWidth(DeviceErasure device) {
    return PdfText.width(bandTag(device), bold, CELL_SIZE + 0.5f) + 8;
  }

  private String bandTag(DeviceErasure device) {
    return PdfText.truncate(orMissing(device.assetTag()), bold, CELL_SIZE + 0.5f, WIDTH / 3);
  }

  private float bandTextWidth(DeviceErasure device) {
    return WIDTH - 2 * CELL_PADDING_X - bandTagWidth(device);
  }

  private void deviceBand(DeviceErasure device, boolean continued) throws IOException {
    float size = CELL_SIZE + 0.5f;
    List<String> lines = bandLines(device, continued);
    float height = lines.size() * CELL_LEADING + 2 * CELL_PADDING_Y;
    fillRect(BAND, y - height, height);
    content.setStrokingColor(RULE);
    content.setLineWidth(0.5f);
    content.moveTo(LEFT, y);
    content.lineTo(LEFT + WIDTH, y);
    content.stroke();
    float baseline = firstBaseline(y, height, lines.size(), size);
    content.setNonStrokingColor(ACCENT);
    PdfText.show(content, bandTag(device), bold, size, LEFT + CELL_PADDING_X, baseline);
    content.setNonStrokingColor(Color.BLACK);
    float x = LEFT + CELL_PADDING_X + bandTagWidth(device);
    for (String line : lines) {
      PdfText.show(content, line, regular, size, x, baseline);
      baseline -= CELL_LEADING;
    }
    y -= height;
  }

  private Row driveRow(DriveErasure drive) {
    List<String> cells =
        List.of(
            orMissing(drive.driveSerial()),
            DocumentText.storage(drive.kind(), drive.sizeGb(), locale),
            orMissing(drive.method()),
            orMissing(drive.standard()),
            orMissing(drive.tool()),
            Integer.toString(drive.passes()),
            (drive.verified() ? DocumentText.YES : DocumentText.NO).in(locale),
            orMissing(drive.result()),
            day(drive.date()),
            orMissing(drive.technician()));
    return new Row(cells, regular);
  }

  private Row noStorageRow(DeviceErasure device) {
    return new Row(
        DocumentText.NO_STORAGE.in(locale, orMissing(device.noStorageReason())), regular);
  }

  private void drawRow(Row row) throws IOException {
    content.setNonStrokingColor(Color.BLACK);
    row.draw();
    y -= row.height;
    content.setStrokingColor(RULE);
    content.setLineWidth(0.4f);
    content.moveTo(LEFT, y);
    content.lineTo(LEFT + WIDTH, y);
    content.stroke();
  }

  /**
   * One table row: a cell per column, or a single cell across the table. Text is wrapped within its
   * cell; the row is as tall as its tallest cell.
   */
  private final class Row {
    private final List<Cell> cells = new ArrayList<>();
    private final PDFont font;
    private final float height;

    /** A row with one cell per column. */
    Row(List<String> texts, PDFont font) {
      this.font = font;
      float x = LEFT;
      for (int i = 0; i < texts.size(); i++) {
        cells.add(cell(texts.get(i), x, COLUMNS[i], CENTRED[i], i == 0));
        x += COLUMNS[i];
      }
      this.height = height();
    }

    /** A row with a single cell across the whole table. */
    Row(String text, PDFont font) {
      this.font = font;
      cells.add(cell(text, LEFT, WIDTH, false, false));
      this.height = height();
    }

    /**
     * A cell's text, wrapped to its width. A serial number is rather set smaller than broken: one
     * piece, it can be read out, searched for and compared with the drive's own label.
     */
    private Cell cell(String text, float x, float width, boolean centred, boolean keepWhole) {
      float room = width - 2 * CELL_PADDING_X;
      float size = CELL_SIZE;
      if (keepWhole) {
        String printable = PdfText.printable(text);
        while (size > SMALLEST_CELL_SIZE && PdfText.width(printable, font, size) > room) {
          size -= 0.25f;
        }
      }
      return new Cell(
          PdfText.wrap(text, font, size, room, CELL_MAX_LINES), x, width, centred, size);
    }

    private float height() {
      int lines = cells.stream().mapToInt(cell -> Math.max(1, cell.lines().size())).max().orElse(1);
      return lines * CELL_LEADING + 2 * CELL_PADDING_Y;
    }

    /** Draws the text with the row's top at the current position, in the current colour. */
    void draw() throws IOException {
      for (Cell cell : cells) {
        float baseline = firstBaseline(y, height, cell.lines().size(), cell.size());
        for (String line : cell.lines()) {
          float x =
              cell.centred()
                  ? cell.x() + (cell.width() - PdfText.width(line, font, cell.size())) / 2
                  : cell.x() + CELL_PADDING_X;
          PdfText.show(content, line, font, cell.size(), x, baseline);
          baseline -= CELL_LEADING;
        }
      }
    }
  }

  private record Cell(List<String> lines, float x, float width, boolean centred, float size) {}

  // ---- small things ------------------------------------------------------------------------

  /** The first baseline that centres {@code lines} lines of capitals vertically in a row. */
  private static float firstBaseline(float top, float height, int lines, float size) {
    float block = (Math.max(1, lines) - 1) * CELL_LEADING + CAP * size;
    return top - (height - block) / 2 - CAP * size;
  }

  private void fillRect(Color color, float bottom, float height) throws IOException {
    content.setNonStrokingColor(color);
    content.addRect(LEFT, bottom, WIDTH, height);
    content.fill();
  }

  private static String day(LocalDate date) {
    return date == null ? MISSING : DAY.format(date);
  }

  private static String orMissing(String text) {
    return text == null || text.isBlank() ? MISSING : text;
  }

  private static float[] columns(float... fixed) {
    float[] widths = new float[fixed.length + 1];
    float used = 0;
    for (int i = 0; i < fixed.length; i++) {
      widths[i] = fixed[i];
      used += fixed[i];
    }
    widths[fixed.length] = WIDTH - used;
    return widths;
  }

  private static float mm(double millimetres) {
    return (float) (millimetres * 72 / 25.4);
  }
}
