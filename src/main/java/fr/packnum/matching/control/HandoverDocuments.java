package fr.packnum.matching.control;

import static fr.packnum.platform.control.PdfText.printable;

import fr.packnum.platform.control.Messages;
import fr.packnum.platform.control.PdfText;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The papers of a hand-over, one A4 page each, French or English: the appointment letter the social
 * worker gives the household (when, where, what to bring), the hand-over receipt ("bon de remise")
 * with the device, what the pack holds, the recipient's signature and the warranty and return
 * terms, and the return receipt when the device comes back, which promises its erasure. Plain logic
 * over records: no database, testable without a container.
 */
public final class HandoverDocuments {

  /**
   * What the letter says. The household is named by the pack's reference only: the letter travels
   * by hand, and the social worker writes the name on it if they wish.
   */
  public record Letter(
      String programmeName,
      String requestReference,
      ZonedDateTime appointmentAt,
      String place,
      String supportName,
      String deviceDescription,
      boolean internetOffer) {
    public Letter {
      Objects.requireNonNull(programmeName);
      Objects.requireNonNull(requestReference);
      Objects.requireNonNull(appointmentAt);
      Objects.requireNonNull(place);
      Objects.requireNonNull(supportName);
    }
  }

  /** What the receipt says: the device, the proof of erasure, the pack, who signed, where, when. */
  public record Receipt(
      String programmeName,
      String requestReference,
      String assetTag,
      String serial,
      String deviceDescription,
      String grade,
      String erasureCertificateCode,
      boolean internetOffer,
      String recipientName,
      byte[] signaturePng,
      String paperReference,
      String place,
      ZonedDateTime handedOverAt,
      String supportName) {
    public Receipt {
      Objects.requireNonNull(assetTag);
      Objects.requireNonNull(serial);
      Objects.requireNonNull(recipientName);
      Objects.requireNonNull(handedOverAt);
    }
  }

  /**
   * What the return receipt says: the device taken back, why and in what state, who brought it and
   * who took it, what follows for the request, and the promise that what the household left on it
   * will be erased before anyone else uses it.
   */
  public record ReturnReceipt(
      String programmeName,
      String requestReference,
      String assetTag,
      String serial,
      String deviceDescription,
      String reason,
      String condition,
      boolean chargerBack,
      String accessories,
      String returnedByName,
      String receivedBy,
      ZonedDateTime returnedAt,
      String outcome,
      String replacementTag) {
    public ReturnReceipt {
      Objects.requireNonNull(assetTag);
      Objects.requireNonNull(serial);
      Objects.requireNonNull(returnedByName);
      Objects.requireNonNull(returnedAt);
      Objects.requireNonNull(outcome);
    }
  }

  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float LEFT = 56;
  private static final float WIDTH = PAGE.getWidth() - 2 * LEFT;
  private static final float TOP = PAGE.getHeight() - 56;
  private static final Color ACCENT = new Color(0x1F, 0x3A, 0x5F);
  private static final Color MUTED = new Color(0x55, 0x5F, 0x6B);
  private static final float SIGNATURE_WIDTH = 200;
  private static final float SIGNATURE_HEIGHT = 70;

  private HandoverDocuments() {}

  public static byte[] letter(Letter letter, Locale locale) {
    Locale language = language(locale);
    return render(
        language,
        text(language, "handover.letter.title"),
        letter.requestReference(),
        page -> {
          page.heading(letter.programmeName());
          page.title(text(language, "handover.letter.title"));
          page.paragraph(text(language, "handover.letter.intro"));
          page.field(text(language, "handover.field.when"), when(letter.appointmentAt(), language));
          page.field(text(language, "handover.field.where"), letter.place());
          page.field(text(language, "handover.field.with"), letter.supportName());
          page.field(text(language, "handover.field.reference"), letter.requestReference());
          if (letter.deviceDescription() != null) {
            page.field(text(language, "handover.field.device"), letter.deviceDescription());
          }
          page.subtitle(text(language, "handover.letter.bring"));
          page.bullet(text(language, "handover.letter.bring.id"));
          page.bullet(text(language, "handover.letter.bring.letter"));
          if (letter.internetOffer()) {
            page.bullet(text(language, "handover.letter.bring.bank"));
          }
          page.paragraph(text(language, "handover.letter.cannot-come"));
        });
  }

  public static byte[] receipt(Receipt receipt, Locale locale) {
    Locale language = language(locale);
    return render(
        language,
        text(language, "handover.receipt.title"),
        receipt.assetTag(),
        page -> {
          page.heading(receipt.programmeName());
          page.title(text(language, "handover.receipt.title"));
          page.field(text(language, "handover.field.reference"), receipt.requestReference());
          page.field(text(language, "handover.field.tag"), receipt.assetTag());
          page.field(text(language, "handover.field.serial"), receipt.serial());
          page.field(text(language, "handover.field.device"), receipt.deviceDescription());
          page.field(text(language, "handover.field.grade"), receipt.grade());
          page.field(
              text(language, "handover.field.erasure"),
              receipt.erasureCertificateCode() == null
                  ? text(language, "handover.erasure.none")
                  : receipt.erasureCertificateCode());
          page.subtitle(text(language, "handover.receipt.contents"));
          page.bullet(text(language, "handover.receipt.contents.device"));
          page.bullet(
              text(
                  language,
                  receipt.internetOffer()
                      ? "handover.receipt.contents.offer"
                      : "handover.receipt.contents.no-offer"));
          page.bullet(text(language, "handover.receipt.contents.support"));
          page.field(text(language, "handover.field.where"), receipt.place());
          page.field(text(language, "handover.field.when"), when(receipt.handedOverAt(), language));
          page.field(text(language, "handover.field.with"), receipt.supportName());
          page.field(text(language, "handover.field.recipient"), receipt.recipientName());
          if (receipt.signaturePng() != null) {
            page.signature(text(language, "handover.field.signature"), receipt.signaturePng());
          } else {
            page.field(
                text(language, "handover.field.paper"),
                text(language, "handover.paper", receipt.paperReference()));
          }
          page.subtitle(text(language, "handover.receipt.terms"));
          page.paragraph(text(language, "handover.receipt.terms.text"));
        });
  }

  public static byte[] returnReceipt(ReturnReceipt receipt, Locale locale) {
    Locale language = language(locale);
    return render(
        language,
        text(language, "return.receipt.title"),
        receipt.assetTag(),
        page -> {
          page.heading(receipt.programmeName());
          page.title(text(language, "return.receipt.title"));
          page.field(text(language, "handover.field.reference"), receipt.requestReference());
          page.field(text(language, "handover.field.tag"), receipt.assetTag());
          page.field(text(language, "handover.field.serial"), receipt.serial());
          page.field(text(language, "handover.field.device"), receipt.deviceDescription());
          page.field(
              text(language, "return.field.reason"),
              text(language, "return.reason." + receipt.reason()));
          page.field(
              text(language, "return.field.condition"),
              text(language, "return.condition." + receipt.condition()));
          page.field(
              text(language, "return.field.accessories"),
              text(language, receipt.chargerBack() ? "return.charger.yes" : "return.charger.no")
                  + (receipt.accessories() == null ? "" : " ; " + receipt.accessories()));
          page.field(text(language, "return.field.by"), receipt.returnedByName());
          page.field(text(language, "return.field.received"), receipt.receivedBy());
          page.field(text(language, "handover.field.when"), when(receipt.returnedAt(), language));
          page.subtitle(text(language, "return.receipt.next"));
          page.paragraph(
              text(language, "return.outcome." + receipt.outcome(), receipt.replacementTag()));
          page.subtitle(text(language, "return.receipt.data"));
          page.paragraph(text(language, "return.receipt.data.text"));
        });
  }

  private interface Body {
    void write(Page page) throws IOException;
  }

  private static byte[] render(Locale language, String title, String subject, Body body) {
    try (PDDocument document = new PDDocument()) {
      PDPage pdfPage = new PDPage(PAGE);
      document.addPage(pdfPage);
      try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
        body.write(new Page(document, content));
      }
      document.getDocumentInformation().setTitle(printable(title));
      document.getDocumentInformation().setSubject(printable(subject));
      document.getDocumentInformation().setProducer("PackNum");
      document.getDocumentCatalog().setLanguage(language.getLanguage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException inMemory) {
      throw new UncheckedIOException(inMemory);
    }
  }

  /** Writes from the top of the page down; long texts wrap, and shrink nothing. */
  private static final class Page {
    private final PDDocument document;
    private final PDPageContentStream content;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private float y = TOP;

    Page(PDDocument document, PDPageContentStream content) {
      this.document = document;
      this.content = content;
    }

    void heading(String text) throws IOException {
      lines(List.of(printable(text)), bold, 10, MUTED, LEFT);
      y -= 14;
    }

    void title(String text) throws IOException {
      lines(PdfText.wrap(text, bold, 18, WIDTH, 3), bold, 18, ACCENT, LEFT);
      y -= 10;
    }

    void subtitle(String text) throws IOException {
      y -= 8;
      lines(PdfText.wrap(text, bold, 12, WIDTH, 2), bold, 12, ACCENT, LEFT);
      y -= 2;
    }

    void paragraph(String text) throws IOException {
      y -= 4;
      lines(PdfText.wrap(text, regular, 10.5f, WIDTH, 12), regular, 10.5f, Color.BLACK, LEFT);
      y -= 4;
    }

    void bullet(String text) throws IOException {
      lines(List.of("-"), regular, 10.5f, Color.BLACK, LEFT + 4);
      y += 10.5f * 1.35f;
      lines(
          PdfText.wrap(text, regular, 10.5f, WIDTH - 18, 4),
          regular,
          10.5f,
          Color.BLACK,
          LEFT + 18);
    }

    void field(String label, String value) throws IOException {
      float labelWidth = 150;
      List<String> values =
          PdfText.wrap(
              value == null || value.isBlank() ? "-" : value,
              regular,
              10.5f,
              WIDTH - labelWidth,
              4);
      float top = y;
      lines(List.of(printable(label)), bold, 10.5f, MUTED, LEFT);
      float afterLabel = y;
      y = top;
      lines(values, regular, 10.5f, Color.BLACK, LEFT + labelWidth);
      y = Math.min(y, afterLabel) - 3;
    }

    void signature(String label, byte[] png) throws IOException {
      field(label, "");
      PDImageXObject image = PDImageXObject.createFromByteArray(document, png, "signature");
      float scale =
          Math.min(SIGNATURE_WIDTH / image.getWidth(), SIGNATURE_HEIGHT / image.getHeight());
      float width = image.getWidth() * scale;
      float height = image.getHeight() * scale;
      content.drawImage(image, LEFT + 150, y - height + 10, width, height);
      y -= height;
    }

    private void lines(List<String> lines, PDFont font, float size, Color color, float x)
        throws IOException {
      content.setNonStrokingColor(color);
      for (String line : lines) {
        y -= size * 1.35f;
        PdfText.show(content, line, font, size, x, y);
      }
    }
  }

  private static Locale language(Locale locale) {
    return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
        ? Locale.ENGLISH
        : Locale.FRENCH;
  }

  private static String when(ZonedDateTime at, Locale language) {
    return at.format(
        language == Locale.ENGLISH
            ? DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH)
            : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH));
  }

  private static String text(Locale language, String key, Object... args) {
    return Messages.text(language, key, args);
  }
}
