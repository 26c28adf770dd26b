package fr.packnum.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfTextTest {

  private final PDFont helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  @Test
  void keepsFrenchTextAsItIs() {
    String french = "Œuvre « Élève » : 12 € — déjà reçu, façon naïve, Noël, c’est ça…";
    assertThat(PdfText.printable(french)).isEqualTo(french);
  }

  @Test
  void replacesWhatWinAnsiCannotPrint() {
    assertThat(PdfText.printable("Łódź")).isEqualTo("Lódz");
    assertThat(PdfText.printable("Nguyễn Ștefan")).isEqualTo("Nguyen Stefan");
    assertThat(PdfText.printable("Zo\u200Be\uFEFF")).isEqualTo("Zoe");
    assertThat(PdfText.printable("a\tb\nc\u2003d")).isEqualTo("a b c d");
    assertThat(PdfText.printable("1\u202F024\u00A0Go")).isEqualTo("1\u00A0024\u00A0Go");
    assertThat(PdfText.printable("dé\u00ADfec\u00ADtueux")).isEqualTo("défectueux");
    assertThat(PdfText.printable("ok 😀 👍🏽")).isEqualTo("ok ? ?");
    assertThat(PdfText.printable("R52N\u2011123 \uFB01n")).isEqualTo("R52N-123 fin");
    assertThat(PdfText.printable("北京")).isEqualTo("??");
    assertThat(PdfText.printable(null)).isEmpty();
  }

  @Test
  void printableTextCanBeMeasuredAndShown() {
    String anything = "Łódź 😀 \u200B Nguyễn \u0000 北京 \uD800";
    assertThat(PdfText.width(PdfText.printable(anything), helvetica, 10)).isPositive();
  }

  @Test
  void wrapsBetweenWordsWithinTheWidth() {
    String text = "Dell OptiPlex 7050 SFF, Core i5-7500, 16 Go RAM, SSD 512 Go, Windows 11";

    List<String> lines = PdfText.wrap(text, helvetica, 7, 60, 10);

    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(String.join(" ", lines)).isEqualTo(text);
    assertThat(lines).allSatisfy(line -> assertThat(width(line)).isLessThanOrEqualTo(60));
  }

  @Test
  void breaksAWordOnlyWhenItIsWiderThanALine() {
    List<String> lines = PdfText.wrap("S/N Z1D4KX9P5ABC12345678XYZ0000", helvetica, 7, 40, 10);

    assertThat(lines.get(0)).isEqualTo("S/N");
    assertThat(String.join("", lines.subList(1, lines.size())))
        .isEqualTo("Z1D4KX9P5ABC12345678XYZ0000");
    assertThat(lines).allSatisfy(line -> assertThat(width(line)).isLessThanOrEqualTo(40));
  }

  @Test
  void endsTheLastLineWithAnEllipsisWhenTheTextDoesNotFit() {
    List<String> lines =
        PdfText.wrap("un deux trois quatre cinq six sept huit neuf dix", helvetica, 7, 40, 2);

    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).endsWith("…");
    assertThat(width(lines.get(1))).isLessThanOrEqualTo(40);
  }

  @Test
  void neverBreaksAtANoBreakSpace() {
    List<String> lines = PdfText.wrap("NVMe 1024\u00A0Go", helvetica, 7, 40, 5);

    assertThat(lines).containsExactly("NVMe", "1024\u00A0Go");
  }

  @Test
  void keepsALoneSeparatorWithTheWordBeforeIt() {
    List<String> lines = PdfText.wrap("ThinkPad T480 · 8 Go · SSD 256 Go", helvetica, 7, 50, 5);

    assertThat(lines).noneMatch(line -> line.startsWith("·"));
  }

  @Test
  void truncatesWithAnEllipsis() {
    assertThat(PdfText.truncate("court", helvetica, 7, 100)).isEqualTo("court");
    String cut = PdfText.truncate("une description beaucoup trop longue", helvetica, 7, 50);
    assertThat(cut).endsWith("…").startsWith("une");
    assertThat(width(cut)).isLessThanOrEqualTo(50);
  }

  private float width(String printable) {
    return PdfText.width(printable, helvetica, 7);
  }
}
