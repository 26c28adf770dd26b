package fr.packnum.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Text in the PDF Standard 14 fonts (Helvetica), which only know the WinAnsi character set: making
 * any text printable, measuring it, wrapping and truncating it to a width.
 */
public final class PdfText {

  public static final String ELLIPSIS = "\u2026";

  /** Code points WinAnsi can print (Latin-1 plus Œ, €, curly quotes, dashes, …). */
  private static final BitSet WIN_ANSI = winAnsi();

  /** Letters with no Unicode decomposition to a WinAnsi letter, and a few common symbols. */
  private static final Map<Integer, String> REPLACEMENTS =
      Map.ofEntries(
          Map.entry((int) 'Ł', "L"),
          Map.entry((int) 'ł', "l"),
          Map.entry((int) 'Đ', "D"),
          Map.entry((int) 'đ', "d"),
          Map.entry((int) 'Ħ', "H"),
          Map.entry((int) 'ħ', "h"),
          Map.entry((int) 'ı', "i"),
          Map.entry((int) 'Ŧ', "T"),
          Map.entry((int) 'ŧ', "t"),
          // Java formats French numbers with narrow no-break spaces: keep them unbreakable.
          Map.entry(0x202F, "\u00a0"),
          Map.entry(0x2007, "\u00a0"),
          Map.entry(0x2010, "-"),
          Map.entry(0x2011, "-"),
          Map.entry(0x2012, "-"),
          Map.entry(0x2212, "-"),
          Map.entry(0x2192, "->"),
          Map.entry(0x2190, "<-"),
          Map.entry(0x2264, "<="),
          Map.entry(0x2265, ">="));

  private static final Set<String> TRAILING_MARKS =
      Set.of("\u00b7", "\u2014", "\u2013", "-", ":", ";", "!", "?", "\u00bb", "/", "|");

  private PdfText() {}

  /**
   * The text with every character WinAnsi cannot print replaced: accents it lacks are dropped
   * ("Łódź" → "Lódz"), spaces and line breaks become plain spaces (no-break spaces stay
   * unbreakable), invisible characters (zero-width space, joiners, soft hyphens, variation
   * selectors) disappear, anything else becomes "?".
   */
  public static String printable(String text) {
    if (text == null) {
      return "";
    }
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(composed.length());
    composed.codePoints().forEach(codePoint -> appendPrintable(out, codePoint));
    return out.toString();
  }

  private static void appendPrintable(StringBuilder out, int codePoint) {
    int type = Character.getType(codePoint);
    if (type == Character.FORMAT // zero-width space, joiners, soft hyphen, BOM, …
        || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || isEmojiModifier(codePoint)) {
      return;
    }
    String replacement = REPLACEMENTS.get(codePoint);
    if (replacement != null) {
      out.append(replacement);
      return;
    }
    if (printable(codePoint)) {
      out.appendCodePoint(codePoint);
      return;
    }
    if (Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || Character.isISOControl(codePoint)) {
      out.append(' ');
      return;
    }
    // Compatibility decomposition keeps the base letter of "ź", "ș", "ﬁ", full-width forms, …
    StringBuilder base = new StringBuilder();
    Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKD)
        .codePoints()
        .filter(PdfText::printable)
        .forEach(base::appendCodePoint);
    out.append(base.length() > 0 ? base : "?");
  }

  private static boolean printable(int codePoint) {
    return codePoint >= 0x20 && WIN_ANSI.get(codePoint);
  }

  private static boolean isEmojiModifier(int codePoint) {
    return codePoint >= 0x1F3FB && codePoint <= 0x1F3FF;
  }

  private static BitSet winAnsi() {
    BitSet set = new BitSet(0x10000);
    GlyphList glyphs = GlyphList.getAdobeGlyphList();
    for (String name : WinAnsiEncoding.INSTANCE.getCodeToNameMap().values()) {
      String unicode = glyphs.toUnicode(name);
      if (unicode != null && unicode.codePointCount(0, unicode.length()) == 1) {
        set.set(unicode.codePointAt(0));
      }
    }
    return set;
  }

  /** Width in points of printable text. */
  public static float width(String printable, PDFont font, float size) {
    try {
      return font.getStringWidth(printable) / 1000f * size;
    } catch (IOException notAStandardFont) {
      throw new UncheckedIOException(notAStandardFont);
    }
  }

  /** The printable text, cut and ended with "…" if it is wider than {@code maxWidth}. */
  public static String truncate(String text, PDFont font, float size, float maxWidth) {
    String printable = printable(text);
    return width(printable, font, size) <= maxWidth
        ? printable
        : withEllipsis(printable, font, size, maxWidth);
  }

  /** The longest start of the text that fits with "…" after it, followed by "…". */
  private static String withEllipsis(String printable, PDFont font, float size, float maxWidth) {
    int end = printable.length();
    while (end > 0
        && width(printable.substring(0, end).stripTrailing() + ELLIPSIS, font, size) > maxWidth) {
      end = printable.offsetByCodePoints(end, -1);
    }
    String kept = printable.substring(0, end).stripTrailing() + ELLIPSIS;
    return width(kept, font, size) <= maxWidth ? kept : "";
  }

  /**
   * The printable text in lines no wider than {@code maxWidth}, broken between words, and inside a
   * word only when the word alone is too wide (serial numbers, URLs). When more than {@code
   * maxLines} would be needed, the last line ends with "…".
   */
  public static List<String> wrap(
      String text, PDFont font, float size, float maxWidth, int maxLines) {
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String word : words(printable(text))) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (width(candidate, font, size) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line);
      }
      line = word;
      while (width(line, font, size) > maxWidth && line.length() > 1) {
        int cut = widestFittingPrefix(line, font, size, maxWidth);
        lines.add(line.substring(0, cut));
        line = line.substring(cut);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line);
    }
    if (lines.size() > maxLines) {
      List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
      kept.set(maxLines - 1, withEllipsis(kept.get(maxLines - 1), font, size, maxWidth));
      return kept;
    }
    return lines;
  }

  /**
   * The words of the text; a lone "·", "—", ":" or other mark stays with the word before it, so
   * that no line starts with one ("8 Go ·" / "SSD", not "8 Go" / "· SSD").
   */
  private static List<String> words(String printable) {
    List<String> words = new ArrayList<>();
    for (String word : printable.strip().split(" +")) {
      if (!words.isEmpty() && TRAILING_MARKS.contains(word)) {
        words.set(words.size() - 1, words.get(words.size() - 1) + " " + word);
      } else {
        words.add(word);
      }
    }
    return words;
  }

  private static int widestFittingPrefix(String word, PDFont font, float size, float maxWidth) {
    int end = word.offsetByCodePoints(0, 1);
    while (end < word.length()) {
      int next = word.offsetByCodePoints(end, 1);
      if (width(word.substring(0, next), font, size) > maxWidth) {
        break;
      }
      end = next;
    }
    return end;
  }

  /** Shows printable text with its baseline starting at ({@code x}, {@code y}). */
  public static void show(
      PDPageContentStream content, String printable, PDFont font, float size, float x, float y)
      throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, y);
    content.showText(printable);
    content.endText();
  }
}
