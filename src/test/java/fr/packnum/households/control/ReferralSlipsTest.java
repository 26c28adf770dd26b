package fr.packnum.households.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.packnum.households.control.ReferralSlips.Slip;
import fr.packnum.testing.PdfDrawings;
import fr.packnum.testing.Pdfs;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class ReferralSlipsTest {

  private static final LocalDate REQUESTED = LocalDate.of(2025, 7, 14);

  private static Slip slip(String supportPlace, String programmePhone, String programmeEmail) {
    return new Slip(
        "PK-2025-00421",
        REQUESTED,
        "CCAS de Montreuil",
        "ccas@montreuil.example.fr",
        supportPlace,
        "Pack numérique solidaire 93",
        programmePhone,
        programmeEmail);
  }

  private static Slip complete() {
    return slip(
        "EPN de la médiathèque Robert-Desnos, 14 boulevard Rouget-de-Lisle",
        "01 84 67 00 93",
        "coordination@packnum93.example.org");
  }

  /** The extracted text with every run of spaces and line breaks read as one space. */
  private static String flat(byte[] pdf) {
    return Pdfs.text(pdf).replaceAll("\\s+", " ");
  }

  @Test
  void slipShowsTheReferenceTheStructureAndWhomToCall() {
    String text = flat(ReferralSlips.render(complete(), Locale.FRENCH));

    assertThat(text)
        .contains("Bon d’orientation — Pack numérique solidaire")
        .contains("Référence de la demande", "PK-2025-00421")
        .contains("Date de la demande : 14/07/2025")
        .contains("Structure qui vous oriente", "CCAS de Montreuil")
        .contains("Courriel : ccas@montreuil.example.fr")
        .contains("Votre lieu d’accompagnement")
        .contains("EPN de la médiathèque Robert-Desnos, 14 boulevard Rouget-de-Lisle")
        .contains("Qui appeler ?")
        .contains("appelez la coordination du programme Pack numérique solidaire 93 :")
        .contains("Téléphone : 01 84 67 00 93")
        .contains("Courriel : coordination@packnum93.example.org")
        .doesNotContain("adressez-vous à la structure");
  }

  @Test
  void slipExplainsWhatHappensNextInNumberedSteps() {
    String text = flat(ReferralSlips.render(complete(), Locale.FRENCH));

    assertThat(text)
        .contains("Et maintenant ?")
        .containsSubsequence(
            "1. La coordination du programme Pack numérique solidaire 93 vérifie",
            "2. Un ordinateur reconditionné est préparé et réservé",
            "3. La coordination vous appelle pour fixer un rendez-vous de remise avec un"
                + " médiateur numérique",
            "l’offre internet",
            "l’accompagnement",
            "4. Apportez ce bon");
  }

  @Test
  void slipSaysItHoldsNoPersonalDataAndThatTheHouseholdKeepsIt() throws IOException {
    byte[] pdf = ReferralSlips.render(complete(), Locale.FRENCH);

    assertThat(flat(pdf))
        .contains("ne contient volontairement aucune donnée personnelle")
        .contains("Il est à conserver par le ménage");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDDocumentInformation info = document.getDocumentInformation();
      assertThat(info.getAuthor()).isNull();
      assertThat(info.getSubject()).isEqualTo("PK-2025-00421");
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
    }
  }

  @Test
  void slipIsInEnglishWhenAsked() {
    String text = flat(ReferralSlips.render(complete(), Locale.UK));

    assertThat(text)
        .contains("Referral slip — digital inclusion pack")
        .contains("Request reference", "PK-2025-00421")
        .contains("Request date: 14 July 2025")
        .contains("Referring structure", "What happens next", "Your support place")
        .contains("1. The Pack numérique solidaire 93 coordination team checks")
        .contains("Bring this slip")
        .contains("Whom to call", "Phone: 01 84 67 00 93")
        .contains("deliberately contains no personal data", "The household keeps it")
        .doesNotContain("Bon d’orientation", "Et maintenant");
  }

  @Test
  void slipIsInFrenchForAnyOtherLanguage() {
    assertThat(flat(ReferralSlips.render(complete(), Locale.GERMAN))).contains("Bon d’orientation");
    assertThat(flat(ReferralSlips.render(complete(), null))).contains("Bon d’orientation");
  }

  @Test
  void slipFallsBackToTheStructureWhenTheProgrammeHasNoPhone() {
    String text =
        flat(
            ReferralSlips.render(
                slip(null, null, "coordination@packnum93.example.org"), Locale.FRENCH));

    assertThat(text)
        .contains("adressez-vous à la structure qui vous oriente : CCAS de Montreuil")
        .contains("Courriel : ccas@montreuil.example.fr")
        .contains(
            "Vous pouvez aussi écrire à la coordination du programme Pack numérique solidaire"
                + " 93 : coordination@packnum93.example.org")
        .doesNotContain("Téléphone", "appelez la coordination");
  }

  @Test
  void withoutAnyProgrammeContactOnlyTheStructureIsGiven() {
    String text = flat(ReferralSlips.render(slip("  ", " ", null), Locale.FRENCH));

    assertThat(text)
        .contains("adressez-vous à la structure qui vous oriente : CCAS de Montreuil")
        .doesNotContain("Téléphone", "écrire à la coordination", "Votre lieu d’accompagnement");
  }

  @Test
  void longAndUnusualTextsAreWrappedNotLost() {
    String structure =
        "Centre communal d’action sociale de Saint-Étienne-du-Rouvray — pôle «\u00a0inclusion"
            + " numérique\u00a0» et “aide aux démarches” œuvrant pour l’accès au droit (€).";
    String place =
        "Espace public numérique Cœur de Ville, médiathèque Louis-Aragon, 2e étage, salle"
            + " “Jaurès” — entrée rue Pierre-Sémard, accès PMR à l’arrière, ouvert 7j";
    assertThat(structure).hasSize(150);
    assertThat(place).hasSize(150);

    byte[] pdf =
        ReferralSlips.render(
            new Slip(
                "PK-2025-00422",
                REQUESTED,
                structure,
                null,
                place,
                "Pack numérique solidaire",
                null,
                null),
            Locale.FRENCH);

    String text = flat(pdf).replace('\u00a0', ' ');
    assertThat(text)
        .contains(structure.replace('\u00a0', ' '))
        .contains(place)
        .doesNotContain("\u2026");
    assertThat(Pdfs.textByPage(pdf).get(0).lines())
        .as("every line fits the page, so the long texts were broken over several lines")
        .allSatisfy(line -> assertThat(line.length()).isLessThan(120));
  }

  @Test
  void charactersTheFontCannotPrintAreReplacedNotFatal() {
    String text =
        flat(
            ReferralSlips.render(
                new Slip(
                    "PK\u200b-2025-00423",
                    REQUESTED,
                    "Stowarzyszenie Łódź\u2009–\u2009Kraków ✓ 日本 de l'Est {1}",
                    "kontakt@łódź.example.pl",
                    "Salle ﬁbre, Ajaccio",
                    "Pack numérique solidaire",
                    null,
                    null),
                Locale.FRENCH));

    assertThat(text)
        .contains("PK-2025-00423")
        .contains("Stowarzyszenie Lódz – Kraków ? ?? de l'Est {1}")
        .contains("adressez-vous à la structure qui vous oriente : Stowarzyszenie Lódz")
        .contains("kontakt@lódz.example.pl")
        .contains("Salle fibre");
  }

  @Test
  void slipIsOnePageA4() throws IOException {
    byte[] pdf = ReferralSlips.render(complete(), Locale.FRENCH);
    Pdfs.preview(Pdfs.render(pdf, 0), "referral-slip-fr");

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      PDRectangle size = document.getPage(0).getMediaBox();
      assertThat(size.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
      assertThat(size.getHeight()).isEqualTo(PDRectangle.A4.getHeight());
    }
  }

  @Test
  void excessivelyLongTextsStillGiveOnePageWithTheReferenceAndThePrivacyNote() {
    String words = "Maison de quartier des Beaudottes, bâtiment C, ".repeat(40);
    byte[] pdf =
        ReferralSlips.render(
            new Slip(
                "PK-2025-00424-" + "X".repeat(120),
                REQUESTED,
                words,
                "contact." + "tres-long-".repeat(30) + "@example.fr",
                words,
                "Pack numérique solidaire " + words,
                "01 84 67 00 93 " + words,
                "coordination@" + "x".repeat(300) + ".example.org"),
            Locale.FRENCH);
    Pdfs.preview(Pdfs.render(pdf, 0), "referral-slip-overflow");

    assertThat(Pdfs.pages(pdf)).isEqualTo(1);
    assertThat(Pdfs.text(pdf).replaceAll("\\s+", "")).contains("PK-2025-00424-" + "X".repeat(120));
    assertThat(flat(pdf))
        .contains("Bon d’orientation")
        .contains("ne contient volontairement aucune donnée personnelle")
        .contains("il vous sera demandé au rendez-vous.");
  }

  @Test
  void aSlipNeedsAReferenceADateAStructureAndAProgramme() {
    assertThatThrownBy(
            () -> new Slip(" ", REQUESTED, "CCAS de Montreuil", null, null, "Pack", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requestReference");
    assertThatThrownBy(
            () -> new Slip("PK-1", null, "CCAS de Montreuil", null, null, "Pack", null, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Slip("PK-1", REQUESTED, null, null, null, "Pack", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("structureName");
    assertThatThrownBy(
            () -> new Slip("PK-1", REQUESTED, "CCAS de Montreuil", null, null, "", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("programmeName");
  }

  @Test
  void drawsTheKeptLayout() {
    PdfDrawings.assertDrawnAsKept(
        ReferralSlips.render(complete(), Locale.FRENCH), "referral-slip-fr");
    PdfDrawings.assertDrawnAsKept(
        ReferralSlips.render(slip(null, null, null), Locale.ENGLISH), "referral-slip-en-bare");
  }
}
