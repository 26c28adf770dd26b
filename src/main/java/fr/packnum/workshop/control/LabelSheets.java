package fr.packnum.workshop.control;

import com.google.zxing.common.BitMatrix;
import fr.packnum.platform.control.PdfText;
import fr.packnum.platform.control.QrCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Sheets of device labels to stick on refurbished devices: a QR code a technician scans to open the
 * device's page, the asset tag in large bold type for people, and a short description.
 */
public final class LabelSheets {

  /** White space kept between the label's die-cut edge and what is printed (printer drift). */
  private static final float EDGE = mm(1);

  /** Labels have rounded corners: the text keeps further away from the right edge. */
  private static final float TEXT_RIGHT_EDGE = mm(2.5);

  /**
   * The printed code itself, quiet zone excluded: a phone reads 25 mm from arm's length, and a
   * little more leaves room for a printer that shrinks the page slightly.
   */
  private static final float CODE_SIZE = mm(26);

  private static final float DESCRIPTION_SIZE = 7f;
  private static final float DESCRIPTION_LEADING = 8.4f;
  private static final float SMALLEST_TAG_SIZE = 7f;

  /** Below this size a long asset tag reads better on two lines than on one. */
  private static final float ONE_LINE_TAG_SIZE = 9.5f;

  private static final float CAP = 0.72f; // Helvetica's cap height, in ems

  private LabelSheets() {}

  /**
   * One label per entry, in sheet order, on as many A4 pages as needed: QR code on the left (its
   * quiet zone kept), asset tag in bold, description wrapped and truncated to fit the label.
   *
   * @param skip how many label positions of the first sheet are already used and stay blank, so
   *     that a half-used sheet can go through the printer again
   * @throws IllegalArgumentException when there is no label, when {@code skip} is not a position of
   *     the sheet, or when a URL is too long for a QR code
   */
  public static byte[] pdf(List<Label> labels, LabelLayout layout, int skip) {
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(layout, "layout");
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("No label to print");
    }
    if (skip < 0 || skip >= layout.labelsPerSheet()) {
      throw new IllegalArgumentException(
          "A "
              + layout.name()
              + " sheet has positions 0 to "
              + (layout.labelsPerSheet() - 1)
              + "; cannot skip "
              + skip);
    }
    try (PDDocument document = new PDDocument()) {
      PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      PDPageContentStream content = null;
      try {
        for (int i = 0; i < labels.size(); i++) {
          int position = (skip + i) % layout.labelsPerSheet();
          if (content == null || position == 0) {
            if (content != null) {
              content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
          }
          drawLabel(content, labels.get(i), layout, position, regular, bold);
        }
      } finally {
        if (content != null) {
          content.close();
        }
      }
      document.getDocumentInformation().setTitle("PackNum labels");
      document.getDocumentInformation().setProducer("PackNum");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException inMemory) {
      throw new UncheckedIOException(inMemory);
    }
  }

  private static void drawLabel(
      PDPageContentStream content,
      Label label,
      LabelLayout layout,
      int position,
      PDFont regular,
      PDFont bold)
      throws IOException {
    float left = mm(layout.labelLeftMm(position));
    float width = mm(layout.labelWidthMm());
    float height = mm(layout.labelHeightMm());
    float bottom = mm(LabelLayout.SHEET_HEIGHT_MM - layout.labelTopMm(position)) - height;

    content.saveGraphicsState();
    // Whatever happens, nothing is printed outside the label.
    content.addRect(left, bottom, width, height);
    content.clip();

    BitMatrix matrix = QrCodes.matrix(label.url());
    int modules = matrix.getWidth();
    float qrSize =
        Math.min(
            Math.min(height - 2 * EDGE, width * 0.6f),
            CODE_SIZE * modules / (modules - 2 * PdfQrCode.QUIET_ZONE));
    PdfQrCode.draw(content, matrix, left + EDGE, bottom + (height - qrSize) / 2, qrSize);

    // The code's own quiet zone separates it from the text.
    float textLeft = left + EDGE + qrSize;
    float textWidth = left + width - TEXT_RIGHT_EDGE - textLeft;
    float textHeight = height - 4 * EDGE;

    Tag tag = Tag.fit(label.assetTag(), bold, Math.min(16f, height * 0.16f), textWidth);
    float gap = tag.size() * 0.6f;
    int maxLines = (int) Math.floor((textHeight - tag.height() - gap) / DESCRIPTION_LEADING);
    List<String> description =
        maxLines <= 0
            ? List.of()
            : PdfText.wrap(
                label.description(), regular, DESCRIPTION_SIZE, textWidth, Math.min(maxLines, 4));
    float blockHeight =
        tag.height()
            + (description.isEmpty()
                ? 0
                : gap + (description.size() - 1) * DESCRIPTION_LEADING + DESCRIPTION_SIZE * CAP);
    float baseline = bottom + (height + blockHeight) / 2 - tag.size() * CAP;

    content.setNonStrokingColor(0f);
    for (String line : tag.lines()) {
      PdfText.show(content, line, bold, tag.size(), textLeft, baseline);
      baseline -= tag.leading();
    }
    baseline += tag.leading() - gap - DESCRIPTION_SIZE * CAP;
    content.setNonStrokingColor(0.2f);
    for (String line : description) {
      PdfText.show(content, line, regular, DESCRIPTION_SIZE, textLeft, baseline);
      baseline -= DESCRIPTION_LEADING;
    }
    content.restoreGraphicsState();
  }

  /**
   * The asset tag as printed: one line as large as fits, or two lines broken after a hyphen when
   * one line would be too small to read from a distance. An asset tag is cut short only when even
   * two lines at the smallest size cannot hold it.
   */
  private record Tag(List<String> lines, float size) {

    private static final String SEPARATORS = "-_/. ";

    static Tag fit(String assetTag, PDFont bold, float largest, float width) {
      String tag = PdfText.printable(assetTag).strip();
      for (float size = largest; size >= SMALLEST_TAG_SIZE; size -= 0.5f) {
        if (PdfText.width(tag, bold, size) <= width) {
          return new Tag(List.of(tag), size);
        }
        if (size <= ONE_LINE_TAG_SIZE) {
          List<String> two = inTwo(tag, bold, size, width);
          if (!two.isEmpty()) {
            return new Tag(two, size);
          }
        }
      }
      return new Tag(PdfText.wrap(tag, bold, SMALLEST_TAG_SIZE, width, 2), SMALLEST_TAG_SIZE);
    }

    /** The most even break after a separator (anywhere if there is none) that fits, if any. */
    private static List<String> inTwo(String tag, PDFont bold, float size, float width) {
      boolean separated = tag.chars().anyMatch(c -> SEPARATORS.indexOf(c) >= 0);
      List<String> best = List.of();
      float narrowest = Float.MAX_VALUE;
      for (int cut = 1; cut < tag.length(); cut++) {
        if (separated && SEPARATORS.indexOf(tag.charAt(cut - 1)) < 0) {
          continue;
        }
        String first = tag.substring(0, cut).strip();
        String second = tag.substring(cut).strip();
        float widest =
            Math.max(PdfText.width(first, bold, size), PdfText.width(second, bold, size));
        if (!second.isEmpty() && widest <= width && widest < narrowest) {
          best = List.of(first, second);
          narrowest = widest;
        }
      }
      return best;
    }

    float leading() {
      return size * 1.1f;
    }

    /** From the top of the first line's capitals to the last line's baseline. */
    float height() {
      return size * CAP + (lines.size() - 1) * leading();
    }
  }

  private static float mm(double millimetres) {
    return (float) (millimetres * 72 / 25.4);
  }
}
