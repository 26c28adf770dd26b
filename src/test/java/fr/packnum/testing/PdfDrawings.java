package fr.packnum.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * What a generated PDF draws, page by page, as readable text: every operator of the page's content
 * stream with its operands (numbers to the hundredth of a point, strings as their characters,
 * images by size and a digest of their pixels). A document's drawing is compared with the one kept
 * under {@code src/test/resources/pdf-drawings/}, so that a change of layout — a line moved, a rule
 * or a band no longer drawn, a font size changed — fails the test that produced it.
 *
 * <p>When a layout is changed on purpose, look at the new PDF (the tests' previews), then rewrite
 * the kept drawings: {@code mvn test -Dpdf.drawings.update=true} (README, "Test").
 */
public final class PdfDrawings {

  static final Path KEPT = Path.of("src/test/resources/pdf-drawings");

  private PdfDrawings() {}

  /** Fails when {@code pdf} draws anything else than the drawing kept as {@code name}. */
  public static void assertDrawnAsKept(byte[] pdf, String name) {
    String drawing = drawing(pdf);
    Path kept = KEPT.resolve(name + ".txt");
    try {
      if (Boolean.getBoolean("pdf.drawings.update")) {
        Files.createDirectories(KEPT);
        Files.writeString(kept, drawing, StandardCharsets.UTF_8);
        return;
      }
      assertThat(kept)
          .as("no drawing kept as %s: write it with -Dpdf.drawings.update=true", name)
          .exists();
      List<String> expected = Files.readAllLines(kept, StandardCharsets.UTF_8);
      assertThat(drawing.lines().toList())
          .as("the drawing of %s (rewrite with -Dpdf.drawings.update=true if on purpose)", name)
          .containsExactlyElementsOf(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The drawing of every page, one operator per line. */
  public static String drawing(byte[] pdf) {
    StringBuilder out = new StringBuilder();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int number = 0;
      for (PDPage page : document.getPages()) {
        number++;
        out.append("page ")
            .append(number)
            .append(' ')
            .append(page.getMediaBox().getWidth())
            .append('x')
            .append(page.getMediaBox().getHeight())
            .append('\n');
        PDFStreamParser parser = new PDFStreamParser(page);
        StringBuilder operands = new StringBuilder();
        for (Object token : parser.parse()) {
          if (token instanceof Operator operator) {
            out.append(operator.getName()).append(operands).append('\n');
            if ("Do".equals(operator.getName())) {
              describeXObject(page, operands.toString().strip(), out);
            }
            operands.setLength(0);
          } else {
            operands.append(' ').append(operand((COSBase) token));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void describeXObject(PDPage page, String name, StringBuilder out)
      throws IOException {
    PDXObject object = page.getResources().getXObject(COSName.getPDFName(name.substring(1)));
    if (object instanceof PDImageXObject image) {
      out.append("  image ")
          .append(image.getWidth())
          .append('x')
          .append(image.getHeight())
          .append(' ')
          .append(digest(image.getStream().toByteArray()))
          .append('\n');
    }
  }

  private static String operand(COSBase token) {
    if (token instanceof COSNumber number) {
      return String.format(Locale.ROOT, "%.2f", number.floatValue());
    }
    if (token instanceof COSString string) {
      return '(' + new String(string.getBytes(), StandardCharsets.ISO_8859_1) + ')';
    }
    if (token instanceof COSName name) {
      return "/" + name.getName();
    }
    if (token instanceof COSArray array) {
      StringBuilder items = new StringBuilder("[");
      for (COSBase item : array) {
        items.append(operand(item)).append(' ');
      }
      return items.toString().strip() + ']';
    }
    return String.valueOf(token);
  }

  private static String digest(byte[] bytes) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
          .substring(0, 16);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
