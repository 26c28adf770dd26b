package fr.packnum.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import fr.packnum.workshop.control.LabelLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads PDFs back in tests: their text, and the QR code of each label position. */
public final class Pdfs {

  public static final int DPI = 300;

  private Pdfs() {}

  /** All the text, a no-break space ("256 Go") read as a space. */
  public static String text(byte[] pdf) {
    return String.join("\n", textByPage(pdf));
  }

  public static List<String> textByPage(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(document).replace('\u00a0', ' '));
      }
      return pages;
    } catch (IOException e) {
      throw new AssertionError("Not a readable PDF", e);
    }
  }

  public static BufferedImage render(byte[] pdf, int page) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFRenderer(document).renderImageWithDPI(page, DPI, ImageType.RGB);
    } catch (IOException e) {
      throw new AssertionError("Not a readable PDF", e);
    }
  }

  /** Keeps a rendered page under target/pdf-previews for a person to look at; no test reads it. */
  public static void preview(BufferedImage page, String name) {
    try {
      java.nio.file.Path directory =
          java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "pdf-previews"));
      javax.imageio.ImageIO.write(page, "png", directory.resolve(name + ".png").toFile());
    } catch (IOException e) {
      throw new AssertionError("Cannot write the preview", e);
    }
  }

  public static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new AssertionError("Not a readable PDF", e);
    }
  }

  /** For each page, what the QR code of each label position reads as ({@code null}: none). */
  public static List<List<String>> labelCodes(byte[] pdf, LabelLayout layout) {
    List<List<String>> sheets = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(document);
      for (int page = 0; page < document.getNumberOfPages(); page++) {
        BufferedImage image = renderer.renderImageWithDPI(page, DPI, ImageType.RGB);
        List<String> positions = new ArrayList<>();
        for (int position = 0; position < layout.labelsPerSheet(); position++) {
          positions.add(decodeQr(cell(image, layout, position)));
        }
        sheets.add(positions);
      }
    } catch (IOException e) {
      throw new AssertionError("Not a readable PDF", e);
    }
    return sheets;
  }

  /** The label at {@code position}, cut out of the rendered page along the template. */
  public static BufferedImage cell(BufferedImage page, LabelLayout layout, int position) {
    return page.getSubimage(
        pixels(layout.labelLeftMm(position)),
        pixels(layout.labelTopMm(position)),
        pixels(layout.labelWidthMm()),
        pixels(layout.labelHeightMm()));
  }

  public static int pixels(double millimetres) {
    return (int) Math.floor(millimetres * DPI / 25.4);
  }

  /** The QR code in {@code image}, or null when there is none. */
  public static String decodeQr(BufferedImage image) {
    try {
      return new QRCodeReader()
          .decode(
              new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
              Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
          .getText();
    } catch (NotFoundException blank) {
      return null;
    } catch (ReaderException unreadable) {
      throw new AssertionError("A QR code was found but could not be read", unreadable);
    }
  }
}
