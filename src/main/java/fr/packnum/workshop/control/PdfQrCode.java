package fr.packnum.workshop.control;

import com.google.zxing.common.BitMatrix;
import fr.packnum.platform.control.QrCodes;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code drawn as vector rectangles, so that it prints crisp at any printer resolution. The
 * drawn square includes the code's quiet zone (4 modules of white around it).
 */
final class PdfQrCode {

  private PdfQrCode() {}

  /** The quiet zone {@link QrCodes#matrix} leaves around the code, in modules on each side. */
  static final int QUIET_ZONE = 4;

  /**
   * Draws the code of {@code text} in the square of side {@code size} whose lower left is (x,y).
   */
  static void draw(PDPageContentStream content, String text, float x, float y, float size)
      throws IOException {
    draw(content, QrCodes.matrix(text), x, y, size);
  }

  /** Draws a code from {@link QrCodes#matrix}, quiet zone included, in the given square. */
  static void draw(PDPageContentStream content, BitMatrix matrix, float x, float y, float size)
      throws IOException {
    float module = size / Math.max(matrix.getWidth(), matrix.getHeight());
    content.saveGraphicsState();
    content.setNonStrokingColor(1f);
    content.addRect(x, y, size, size);
    content.fill();
    // One path filled once: neighbouring modules merge without hairline seams when rendered.
    content.setNonStrokingColor(0f);
    for (int row = 0; row < matrix.getHeight(); row++) {
      float top = y + size - row * module;
      int column = 0;
      while (column < matrix.getWidth()) {
        if (!matrix.get(column, row)) {
          column++;
          continue;
        }
        int start = column;
        while (column < matrix.getWidth() && matrix.get(column, row)) {
          column++;
        }
        content.addRect(x + start * module, top - module, (column - start) * module, module);
      }
    }
    content.fill();
    content.restoreGraphicsState();
  }
}
