package fr.packnum.households.control;

import static fr.packnum.platform.control.PdfText.printable;
import static fr.packnum.platform.control.PdfText.show;
import static fr.packnum.platform.control.PdfText.width;
import static fr.packnum.platform.control.PdfText.wrap;

import fr.packnum.platform.control.Messages;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The referral slip ("bon d'orientation"): the one A4 page a social worker prints or sends to a
 * household once a pack has been requested for it. The household may show it to anyone, lose it or
 * leave it on a table, so it carries no personal data at all — no name, phone number, income,
 * benefit or health information — only the request reference, its date, the referring structure,
 * what happens next and whom to call.
 */
public final class ReferralSlips {

  /**
   * What a slip shows. There is deliberately no field for the household: nothing here identifies
   * it.
   *
   * @param structureContactEmail the referring structure's contact address, or {@code null}
   * @param supportPlace where the household will be followed up (EPN, France Services,
   *     médiathèque…), free text chosen by the social worker, or {@code null}
   * @param programmePhone the pack programme's coordination phone number, or {@code null}
   * @param programmeEmail the pack programme's coordination address, or {@code null}
   */
  public record Slip(
      String requestReference,
      LocalDate requestedOn,
      String structureName,
      String structureContactEmail,
      String supportPlace,
      String programmeName,
      String programmePhone,
      String programmeEmail) {

    public Slip {
      requireText(requestReference, "requestReference");
      Objects.requireNonNull(requestedOn, "requestedOn");
      requireText(structureName, "structureName");
      requireText(programmeName, "programmeName");
    }

    private static void requireText(String value, String name) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " is required on a referral slip");
      }
    }
  }

  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float LEFT = mm(20);
  private static final float WIDTH = PAGE.getWidth() - 2 * LEFT;
  private static final float TOP = PAGE.getHeight() - mm(18);
  private static final float BOTTOM = mm(14);
  private static final float FOOTER_SIZE = 9f;

  /** Long free texts shrink the whole body down to this, rather than spill off the page. */
  private static final float SMALLEST_SCALE = 0.6f;

  private static final Color ACCENT = new Color(0x1F, 0x3A, 0x5F);
  private static final Color BAND = new Color(0xEA, 0xEF, 0xF5);
  private static final Color RULE = new Color(0xC4, 0xCC, 0xD6);
  private static final Color MUTED = new Color(0x55, 0x5F, 0x6B);

  private static final DateTimeFormatter FRENCH_DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);
  private static final DateTimeFormatter ENGLISH_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** Code points the Standard 14 fonts can print: WinAnsi, Latin-1 plus Œ, €, curly quotes, … */
  private ReferralSlips() {}

  /**
   * The slip as a one-page A4 PDF. Free texts are wrapped, never cut while they fit the page;
   * characters the PDF font lacks are replaced by their base letter or "?".
   *
   * @param locale English for an English locale, French otherwise (and for {@code null})
   */
  public static byte[] render(Slip slip, Locale locale) {
    Objects.requireNonNull(slip, "slip");
    Locale language =
        locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
            ? Locale.ENGLISH
            : Locale.FRENCH;
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

      // Measure first: most slips fit at full size, a very long free text makes the body smaller.
      float scale = 1f;
      Sheet measure = new Sheet(slip, language, null, regular, bold, scale);
      while (measure.body() < measure.footerTop() + 8 && scale > SMALLEST_SCALE) {
        scale -= 0.05f;
        measure = new Sheet(slip, language, null, regular, bold, scale);
      }
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        Sheet sheet = new Sheet(slip, language, content, regular, bold, scale);
        sheet.body();
        sheet.footer();
      }

      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(printable(Messages.text(language, "slip.title")));
      info.setSubject(printable(slip.requestReference()));
      info.setProducer("PackNum");
      document.getDocumentCatalog().setLanguage(language.getLanguage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException inMemory) {
      throw new UncheckedIOException(inMemory);
    }
  }

  /**
   * Lays the slip out from the top of the page down. Without a content stream it only measures:
   * {@link #body()} then answers where the body would end.
   */
  private static final class Sheet {

    private final Slip slip;
    private final Locale locale;
    private final PDPageContentStream content;
    private final PDFont regular;
    private final PDFont bold;
    private final float scale;
    private float y = TOP;

    Sheet(
        Slip slip,
        Locale locale,
        PDPageContentStream content,
        PDFont regular,
        PDFont bold,
        float scale) {
      this.slip = slip;
      this.locale = locale;
      this.content = content;
      this.regular = regular;
      this.bold = bold;
      this.scale = scale;
    }

    /** Draws everything but the footer and answers the lowest point reached. */
    float body() throws IOException {
      paragraph(slip.programmeName(), regular, 10, MUTED, 2);
      y -= 2 * scale;
      paragraph(text("slip.title"), bold, 19, ACCENT, 2);
      y -= 12 * scale;
      reference();

      section("slip.structure");
      paragraph(slip.structureName(), bold, 11.5f, Color.BLACK, 6);
      if (present(slip.structureContactEmail())) {
        paragraph(text("slip.email", slip.structureContactEmail()), regular, 10.5f, Color.BLACK, 3);
      }

      section("slip.next");
      List<String> steps =
          List.of(
              text("slip.next.eligibility", slip.programmeName()),
              text("slip.next.computer"),
              text("slip.next.appointment"),
              text("slip.next.bring"));
      for (int i = 0; i < steps.size(); i++) {
        step(i + 1, steps.get(i));
      }

      if (present(slip.supportPlace())) {
        section("slip.supportPlace");
        paragraph(slip.supportPlace(), regular, 11, Color.BLACK, 8);
      }

      section("slip.contact");
      contact();
      return y;
    }

    /**
     * The programme's coordination when it has a phone number; otherwise the structure that
     * referred the household, which knows it, and the programme's address as a second way in.
     */
    private void contact() throws IOException {
      if (present(slip.programmePhone())) {
        paragraph(
            text("slip.contact.programme", slip.programmeName()), regular, 11, Color.BLACK, 3);
        paragraph(text("slip.phone", slip.programmePhone()), bold, 14, ACCENT, 2);
        if (present(slip.programmeEmail())) {
          paragraph(text("slip.email", slip.programmeEmail()), regular, 10.5f, Color.BLACK, 3);
        }
        return;
      }
      paragraph(text("slip.contact.structure", slip.structureName()), regular, 11, Color.BLACK, 6);
      if (present(slip.structureContactEmail())) {
        paragraph(text("slip.email", slip.structureContactEmail()), regular, 10.5f, Color.BLACK, 3);
      }
      if (present(slip.programmeEmail())) {
        y -= 3 * scale;
        paragraph(
            text("slip.contact.programmeEmail", slip.programmeName(), slip.programmeEmail()),
            regular,
            10.5f,
            Color.BLACK,
            4);
      }
    }

    /** The reference in large type, as large as fits, with the request date, on a tinted band. */
    private void reference() throws IOException {
      float padding = 9 * scale;
      float labelSize = 9 * scale;
      float dateSize = 11 * scale;
      String reference = printable(slip.requestReference()).strip();
      float room = WIDTH - 2 * padding;
      float size = 28 * scale;
      while (size > 14 * scale && width(reference, bold, size) > room) {
        size -= 1;
      }
      List<String> lines = wrap(reference, bold, size, room, 3);
      float referenceLeading = size * 1.15f;
      String date =
          text(
              "slip.date",
              (locale.equals(Locale.ENGLISH) ? ENGLISH_DATE : FRENCH_DATE)
                  .format(slip.requestedOn()));
      List<String> dateLines = wrap(date, regular, dateSize, room, 2);
      float height =
          padding
              + labelSize * 1.3f
              + lines.size() * referenceLeading
              + 4 * scale
              + dateLines.size() * dateSize * 1.3f
              + padding;
      if (content != null) {
        content.setNonStrokingColor(BAND);
        content.addRect(LEFT, y - height, WIDTH, height);
        content.fill();
        content.setNonStrokingColor(ACCENT);
        content.addRect(LEFT, y - height, 3, height);
        content.fill();
      }
      float top = y;
      y -= padding;
      y -= labelSize * 1.3f;
      for (String line : wrap(text("slip.reference"), regular, labelSize, room, 1)) {
        showLine(line, regular, labelSize, MUTED, LEFT + padding);
      }
      for (String line : lines) {
        y -= referenceLeading;
        showLine(line, bold, size, ACCENT, LEFT + padding);
      }
      y -= 4 * scale;
      for (String line : dateLines) {
        y -= dateSize * 1.3f;
        showLine(line, regular, dateSize, Color.BLACK, LEFT + padding);
      }
      y = top - height;
    }

    private void section(String key) throws IOException {
      y -= 14 * scale;
      float size = 12.5f * scale;
      List<String> lines = wrap(text(key), bold, size, WIDTH, 2);
      for (String line : lines) {
        y -= size * 1.3f;
        showLine(line, bold, size, ACCENT, LEFT);
      }
      y -= 5 * scale;
      if (content != null) {
        content.setStrokingColor(RULE);
        content.setLineWidth(0.6f);
        content.moveTo(LEFT, y);
        content.lineTo(LEFT + WIDTH, y);
        content.stroke();
      }
      y -= 2 * scale;
    }

    /** A numbered step, its text hanging under its first line. */
    private void step(int number, String text) throws IOException {
      float size = 10.5f * scale;
      float indent = 16 * scale;
      List<String> lines = wrap(text, regular, size, WIDTH - indent, 5);
      y -= 3 * scale;
      for (int i = 0; i < lines.size(); i++) {
        y -= size * 1.35f;
        if (i == 0) {
          showLine(number + ".", bold, size, ACCENT, LEFT);
        }
        showLine(lines.get(i), regular, size, Color.BLACK, LEFT + indent);
      }
    }

    private void paragraph(String text, PDFont font, float size, Color color, int maxLines)
        throws IOException {
      float scaled = size * scale;
      for (String line : wrap(text, font, scaled, WIDTH, maxLines)) {
        y -= scaled * 1.3f;
        showLine(line, font, scaled, color, LEFT);
      }
    }

    /** One printable line with its baseline at the current position; nothing when measuring. */
    private void showLine(String line, PDFont font, float size, Color color, float x)
        throws IOException {
      if (content != null) {
        content.setNonStrokingColor(color);
        show(content, line, font, size, x, y);
      }
    }

    /**
     * The privacy note at the foot of the page, at full size whatever the body's scale: the
     * household should read why its name is nowhere.
     */
    void footer() throws IOException {
      List<String> lines = footerLines();
      float rule = footerTop();
      content.setStrokingColor(RULE);
      content.setLineWidth(0.6f);
      content.moveTo(LEFT, rule);
      content.lineTo(LEFT + WIDTH, rule);
      content.stroke();
      content.setNonStrokingColor(MUTED);
      float baseline = rule - FOOTER_SIZE * 1.4f;
      for (String line : lines) {
        show(content, line, regular, FOOTER_SIZE, LEFT, baseline);
        baseline -= FOOTER_SIZE * 1.3f;
      }
    }

    /** The top of the footer: the body must end above it. */
    float footerTop() {
      return BOTTOM + footerLines().size() * FOOTER_SIZE * 1.3f + 6;
    }

    private List<String> footerLines() {
      return wrap(text("slip.privacy"), regular, FOOTER_SIZE, WIDTH, 4);
    }

    private String text(String key, Object... args) {
      return Messages.text(locale, key, args);
    }
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  private static float mm(double millimetres) {
    return (float) (millimetres * 72 / 25.4);
  }
}
