package fr.packnum.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.packnum.testing.PdfDrawings;
import fr.packnum.testing.Pdfs;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class LabelSheetsTest {

  private static final int DPI = Pdfs.DPI;

  private static List<Label> labels(int count) {
    List<Label> labels = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String tag = "PN-%05d".formatted(i);
      labels.add(
          new Label(
              tag,
              "https://packnum.example.org/d/" + tag,
              "Lenovo ThinkPad T480 · i5-8350U · 8 Go · SSD 256 Go · grade A"));
    }
    return labels;
  }

  private static List<String> urls(List<Label> labels) {
    return labels.stream().map(Label::url).toList();
  }

  @Test
  @Tag("slow") // rasterises whole sheets: Surefire runs it, the mutation profile does not (pom.xml)
  void everyQrCodeReadsAsItsLabelsUrlAndTwentyFiveLabelsTakeTwoSheets() {
    List<Label> labels = labels(25);

    byte[] pdf = LabelSheets.pdf(labels, LabelLayout.A4_3X7, 0);

    List<List<String>> sheets = decodeEveryPosition(pdf, LabelLayout.A4_3X7);
    assertThat(sheets).hasSize(2);
    List<String> expected = new ArrayList<>(urls(labels));
    while (expected.size() < 2 * 21) {
      expected.add(null);
    }
    List<String> decoded = new ArrayList<>(sheets.get(0));
    decoded.addAll(sheets.get(1));
    assertThat(decoded).containsExactlyElementsOf(expected);
  }

  @Test
  @Tag("slow") // rasterises whole sheets: Surefire runs it, the mutation profile does not (pom.xml)
  void skippedPositionsOfTheFirstSheetStayBlank() {
    List<Label> labels = labels(3);

    byte[] pdf = LabelSheets.pdf(labels, LabelLayout.A4_3X7, 5);

    List<List<String>> sheets = decodeEveryPosition(pdf, LabelLayout.A4_3X7);
    assertThat(sheets).hasSize(1);
    List<String> sheet = sheets.get(0);
    assertThat(sheet.subList(0, 5)).containsOnlyNulls();
    assertThat(sheet.subList(5, 8)).containsExactlyElementsOf(urls(labels));
    assertThat(sheet.subList(8, 21)).containsOnlyNulls();
  }

  @Test
  @Tag("slow") // rasterises whole sheets: Surefire runs it, the mutation profile does not (pom.xml)
  void skippingFillsTheRestOfTheFirstSheetBeforeStartingTheNext() {
    List<Label> labels = labels(20);

    byte[] pdf = LabelSheets.pdf(labels, LabelLayout.A4_3X7, 18);

    List<List<String>> sheets = decodeEveryPosition(pdf, LabelLayout.A4_3X7);
    assertThat(sheets).hasSize(2);
    assertThat(sheets.get(0).subList(18, 21)).containsExactlyElementsOf(urls(labels.subList(0, 3)));
    assertThat(sheets.get(1).subList(0, 17)).containsExactlyElementsOf(urls(labels.subList(3, 20)));
  }

  @Test
  @Tag("slow") // rasterises whole sheets: Surefire runs it, the mutation profile does not (pom.xml)
  void twoByEightSheetsHoldSixteenLabels() {
    List<Label> labels = labels(17);

    byte[] pdf = LabelSheets.pdf(labels, LabelLayout.A4_2X8, 0);

    List<List<String>> sheets = decodeEveryPosition(pdf, LabelLayout.A4_2X8);
    assertThat(sheets).hasSize(2);
    assertThat(sheets.get(0)).containsExactlyElementsOf(urls(labels.subList(0, 16)));
    assertThat(sheets.get(1).get(0)).isEqualTo(labels.get(16).url());
    assertThat(sheets.get(1).subList(1, 16)).containsOnlyNulls();
  }

  @Test
  void assetTagsAndDescriptionsArePrinted() {
    List<Label> labels = labels(25);

    String text = Pdfs.text(LabelSheets.pdf(labels, LabelLayout.A4_3X7, 0));

    for (Label label : labels) {
      assertThat(text).contains(label.assetTag());
    }
    assertThat(text).contains("Lenovo ThinkPad");
  }

  @Test
  void theQrCodeOfAThreeBySevenLabelIsAtLeast25MillimetresWide() {
    byte[] pdf = LabelSheets.pdf(labels(1), LabelLayout.A4_3X7, 0);

    BufferedImage label = Pdfs.cell(Pdfs.render(pdf, 0), LabelLayout.A4_3X7, 0);
    // The code's left edge is its leftmost dark pixel; the finder patterns along that edge run
    // from the code's top to its bottom, and a QR code is square.
    int left = Integer.MAX_VALUE;
    for (int y = 0; y < label.getHeight(); y++) {
      for (int x = 0; x < label.getWidth(); x++) {
        if (dark(label, x, y)) {
          left = Math.min(left, x);
        }
      }
    }
    int top = Integer.MAX_VALUE;
    int bottom = -1;
    for (int y = 0; y < label.getHeight(); y++) {
      for (int x = left; x < left + Pdfs.pixels(2); x++) {
        if (dark(label, x, y)) {
          top = Math.min(top, y);
          bottom = Math.max(bottom, y);
        }
      }
    }
    assertThat((bottom - top + 1) * 25.4 / DPI).isGreaterThanOrEqualTo(25);
    // The quiet zone (4 modules of nearly 1 mm) is kept inside the label.
    assertThat(left * 25.4 / DPI).isGreaterThanOrEqualTo(3);
    assertThat(top * 25.4 / DPI).isGreaterThanOrEqualTo(3);
    assertThat((label.getHeight() - bottom) * 25.4 / DPI).isGreaterThanOrEqualTo(3);
  }

  private static boolean dark(BufferedImage image, int x, int y) {
    return (image.getRGB(x, y) & 0xFF) < 128;
  }

  @Test
  @Tag("slow") // rasterises whole sheets: Surefire runs it, the mutation profile does not (pom.xml)
  void nothingIsPrintedOutsideItsLabel() throws IOException {
    List<Label> labels = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      labels.add(
          new Label(
              "PN-WIDE-ASSET-TAG-%05d".formatted(i),
              "https://packnum.example.org/d/" + i,
              ("Ordinateur portable reconditionné avec une description beaucoup trop longue,"
                      + " qui ne tient pas sur l'étiquette: ")
                  .repeat(4)));
    }
    for (LabelLayout layout : LabelLayout.values()) {
      byte[] pdf = LabelSheets.pdf(labels, layout, 0);
      if (layout == LabelLayout.A4_3X7) {
        Pdfs.preview(Pdfs.render(pdf, 0), "labels-3x7-long-texts");
      }
      for (TextPosition glyph : glyphs(pdf)) {
        assertThat(insideALabel(glyph, layout))
            .as("%s: '%s' at %.1f, %.1f", layout, glyph.getUnicode(), glyph.getX(), glyph.getY())
            .isTrue();
      }
    }
  }

  @Test
  void charactersThatTheFontCannotPrintDoNotStopTheSheet() {
    byte[] pdf =
        LabelSheets.pdf(
            List.of(new Label("PN-0001\u200B", "https://x.example/d/1", "Łódź 😀 tablette")),
            LabelLayout.A4_3X7,
            0);

    assertThat(Pdfs.text(pdf)).contains("PN-0001", "Lódz ? tablette");
  }

  @Test
  void aSheetPositionIsEitherUsedOrSkippedAndThereIsSomethingToPrint() {
    assertThatThrownBy(() -> LabelSheets.pdf(labels(1), LabelLayout.A4_3X7, 21))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LabelSheets.pdf(labels(1), LabelLayout.A4_3X7, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LabelSheets.pdf(List.of(), LabelLayout.A4_2X8, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Label("PN-1", " ", "no URL"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void layoutsFollowTheAveryTemplates() {
    LabelLayout l7160 = LabelLayout.A4_3X7;
    assertThat(l7160.labelsPerSheet()).isEqualTo(21);
    assertThat(l7160.labelWidthMm()).isEqualTo(63.5);
    assertThat(l7160.labelHeightMm()).isEqualTo(38.1);
    assertThat(l7160.labelLeftMm(1)).isCloseTo(7.25 + 66.04, within(0.01));
    assertThat(l7160.labelTopMm(3)).isCloseTo(15.15 + 38.1, within(0.01));

    LabelLayout l7162 = LabelLayout.A4_2X8;
    assertThat(l7162.labelsPerSheet()).isEqualTo(16);
    assertThat(l7162.labelWidthMm()).isEqualTo(99.1);
    assertThat(l7162.labelHeightMm()).isEqualTo(33.9);

    for (LabelLayout layout : LabelLayout.values()) {
      int last = layout.labelsPerSheet() - 1;
      // Each grid is centred on the A4 sheet, as on the printed template.
      assertThat(LabelLayout.SHEET_WIDTH_MM - layout.labelLeftMm(last) - layout.labelWidthMm())
          .as("%s right margin", layout)
          .isCloseTo(layout.leftMarginMm(), within(0.1));
      assertThat(LabelLayout.SHEET_HEIGHT_MM - layout.labelTopMm(last) - layout.labelHeightMm())
          .as("%s bottom margin", layout)
          .isCloseTo(layout.topMarginMm(), within(0.1));
    }
  }

  // ---- reading the sheets back -------------------------------------------------------------

  /** For each page, what the QR code of each label position reads as ({@code null}: none). */
  private static List<List<String>> decodeEveryPosition(byte[] pdf, LabelLayout layout) {
    Pdfs.preview(Pdfs.render(pdf, 0), "labels-" + layout.name().toLowerCase() + "-page-1");
    return Pdfs.labelCodes(pdf, layout);
  }

  /** Every glyph drawn on every page, with its position (top-left origin, points). */
  private static List<TextPosition> glyphs(byte[] pdf) throws IOException {
    List<TextPosition> glyphs = new ArrayList<>();
    PDFTextStripper collector =
        new PDFTextStripper() {
          @Override
          protected void processTextPosition(TextPosition text) {
            glyphs.add(text);
          }
        };
    try (PDDocument document = Loader.loadPDF(pdf)) {
      collector.getText(document);
    }
    return glyphs;
  }

  /** Whether the glyph's box, from baseline to cap height, lies within one label of the sheet. */
  private static boolean insideALabel(TextPosition glyph, LabelLayout layout) {
    double points = 72 / 25.4;
    double left = glyph.getXDirAdj();
    double right = left + glyph.getWidthDirAdj();
    double baseline = glyph.getYDirAdj();
    double top = baseline - glyph.getHeightDir();
    for (int position = 0; position < layout.labelsPerSheet(); position++) {
      double cellLeft = layout.labelLeftMm(position) * points;
      double cellTop = layout.labelTopMm(position) * points;
      double cellRight = cellLeft + layout.labelWidthMm() * points;
      double cellBottom = cellTop + layout.labelHeightMm() * points;
      if (left >= cellLeft && right <= cellRight && top >= cellTop && baseline <= cellBottom) {
        return true;
      }
    }
    return false;
  }

  @Test
  void eachLabelIsPrintedInItsPositionAfterTheSkippedOnesAndFlowsOntoANewSheet()
      throws IOException {
    // where each asset tag's text lands, read without rasterising the sheets
    List<Label> labels = labels(20);

    byte[] pdf = LabelSheets.pdf(labels, LabelLayout.A4_3X7, 18);

    List<String> places = new ArrayList<>();
    for (Label label : labels) {
      places.add(placeOf(pdf, label.assetTag(), LabelLayout.A4_3X7));
    }
    List<String> expected = new ArrayList<>(List.of("1:18", "1:19", "1:20"));
    for (int position = 0; position < 17; position++) {
      expected.add("2:" + position);
    }
    assertThat(places).containsExactlyElementsOf(expected);
    assertThat(Pdfs.pages(pdf)).isEqualTo(2);
  }

  @Test
  void sixteenLabelsFillOneTwoByEightSheetAndTheSeventeenthStartsTheNext() throws IOException {
    List<Label> labels = labels(17);

    byte[] pdf = LabelSheets.pdf(labels, LabelLayout.A4_2X8, 0);

    assertThat(Pdfs.pages(pdf)).isEqualTo(2);
    assertThat(placeOf(pdf, labels.get(0).assetTag(), LabelLayout.A4_2X8)).isEqualTo("1:0");
    assertThat(placeOf(pdf, labels.get(15).assetTag(), LabelLayout.A4_2X8)).isEqualTo("1:15");
    assertThat(placeOf(pdf, labels.get(16).assetTag(), LabelLayout.A4_2X8)).isEqualTo("2:0");
  }

  /** "page:position" of the label cell holding the first glyph of {@code text}. */
  private static String placeOf(byte[] pdf, String text, LabelLayout layout) throws IOException {
    List<String> found = new ArrayList<>();
    PDFTextStripper collector =
        new PDFTextStripper() {
          @Override
          protected void writeString(String line, List<TextPosition> glyphs) {
            int at = line.indexOf(text);
            if (at >= 0 && found.isEmpty()) {
              TextPosition glyph = glyphs.get(at);
              double points = 72 / 25.4;
              for (int position = 0; position < layout.labelsPerSheet(); position++) {
                double left = layout.labelLeftMm(position) * points;
                double top = layout.labelTopMm(position) * points;
                if (glyph.getXDirAdj() >= left
                    && glyph.getXDirAdj() <= left + layout.labelWidthMm() * points
                    && glyph.getYDirAdj() >= top
                    && glyph.getYDirAdj() <= top + layout.labelHeightMm() * points) {
                  found.add(getCurrentPageNo() + ":" + position);
                }
              }
            }
          }
        };
    try (PDDocument document = Loader.loadPDF(pdf)) {
      collector.getText(document);
    }
    assertThat(found).as("where %s is printed", text).hasSize(1);
    return found.get(0);
  }

  @Test
  void drawsTheKeptLayoutOfEveryTemplate() {
    for (LabelLayout layout : LabelLayout.values()) {
      PdfDrawings.assertDrawnAsKept(
          LabelSheets.pdf(labels(3), layout, 2), "labels-" + layout.name().toLowerCase());
    }
  }
}
