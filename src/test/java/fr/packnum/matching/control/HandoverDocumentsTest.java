package fr.packnum.matching.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.testing.Packs;
import fr.packnum.testing.PdfDrawings;
import fr.packnum.testing.Pdfs;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HandoverDocumentsTest {

  static final ZonedDateTime AT = LocalDateTime.of(2026, 12, 3, 10, 0).atZone(FrenchCalendar.ZONE);
  static final byte[] SIGNATURE =
      Base64.getDecoder().decode(Packs.SIGNATURE.substring(Packs.SIGNATURE.indexOf(',') + 1));

  private static HandoverDocuments.Receipt receipt(byte[] signature, String paper) {
    return new HandoverDocuments.Receipt(
        "Pack numérique solidaire",
        "P-ABCDEF",
        "PN-000042",
        "SN-5CG7281XYZ",
        "laptop Lenovo ThinkPad T480",
        "B",
        "EC-7Q2M-9KXD",
        true,
        "Zélie Martin",
        signature,
        paper,
        "EPN du centre",
        AT,
        "Samia Médiatrice");
  }

  @Test
  void theReceiptHoldsTheDeviceItsErasureCertificateThePackAndWhoSigned() {
    String text = Pdfs.text(HandoverDocuments.receipt(receipt(SIGNATURE, null), Locale.FRENCH));

    assertThat(text)
        .contains("Bon de remise", "P-ABCDEF", "PN-000042", "SN-5CG7281XYZ", "EC-7Q2M-9KXD")
        .contains("Zélie Martin", "EPN du centre", "jeudi 3 décembre 2026 à 10h00")
        .contains("offre internet à tarif social")
        .contains("Les données que vous y aurez laissées");
  }

  @Test
  void theReceiptIsWrittenInEnglishAndSaysWhenTheSignatureIsOnPaper() {
    String text =
        Pdfs.text(HandoverDocuments.receipt(receipt(null, "PAP-2026-118"), Locale.ENGLISH));

    assertThat(text)
        .contains("Hand-over receipt", "Thursday 3 December 2026 at 10:00")
        .contains("on paper, reference PAP-2026-118")
        .contains("Any data you left on it will be erased");
  }

  @Test
  void theLetterSaysWhenWhereWithWhomAndWhatToBringAndNamesNobody() {
    HandoverDocuments.Letter letter =
        new HandoverDocuments.Letter(
            "Pack numérique solidaire",
            "P-ABCDEF",
            AT,
            "12 rue de Paris, Montreuil",
            "Samia Médiatrice",
            "laptop Lenovo ThinkPad T480",
            true);

    String french = Pdfs.text(HandoverDocuments.letter(letter, Locale.FRENCH));
    String english = Pdfs.text(HandoverDocuments.letter(letter, Locale.ENGLISH));

    assertThat(french)
        .contains("jeudi 3 décembre 2026 à 10h00", "12 rue de Paris, Montreuil", "Samia Médiatrice")
        .contains("P-ABCDEF", "pièce d’identité", "RIB");
    assertThat(english).contains("Appointment to receive your computer", "identity document");
    PdfDrawings.assertDrawnAsKept(HandoverDocuments.letter(letter, Locale.FRENCH), "letter-fr");
  }

  private static HandoverDocuments.ReturnReceipt returned(String outcome, String replacement) {
    return new HandoverDocuments.ReturnReceipt(
        "Pack numérique solidaire",
        "P-ABCDEF",
        "PN-000042",
        "SN-5CG7281XYZ",
        "laptop Lenovo ThinkPad T480",
        "FAULTY",
        "DAMAGED",
        false,
        "souris",
        "Zélie Martin",
        "Samia Médiatrice",
        AT,
        outcome,
        replacement);
  }

  @Test
  void theReturnReceiptNamesTheDeviceWhyAndPromisesItsErasure() {
    String text =
        oneLine(HandoverDocuments.returnReceipt(returned("SWAP", "PN-00002Y"), Locale.FRENCH));

    assertThat(text)
        .contains("Reçu de retour d’appareil", "P-ABCDEF", "PN-000042", "SN-5CG7281XYZ")
        .contains("En panne", "Endommagé", "sans chargeur ; souris")
        .contains("Zélie Martin", "Samia Médiatrice", "jeudi 3 décembre 2026 à 10h00")
        .contains("remplacement (PN-00002Y)")
        .contains("seront effacées par l’atelier avant tout réemploi");
  }

  @Test
  void theReturnReceiptSaysWhatFollowsInEnglish() {
    String requeued =
        oneLine(HandoverDocuments.returnReceipt(returned("REQUEUE", null), Locale.ENGLISH));
    String closed =
        oneLine(HandoverDocuments.returnReceipt(returned("CLOSE", null), Locale.ENGLISH));

    assertThat(requeued)
        .contains("Device return receipt", "Faulty", "Damaged", "no charger")
        .contains("The request stays open")
        .contains("will be erased by the workshop before any reuse")
        .doesNotContain("replacement device");
    assertThat(closed).contains("request is closed").doesNotContain("The request stays open");
  }

  /** The PDF's text with its lines joined: wrapping depends on the font's widths. */
  private static String oneLine(byte[] pdf) {
    return Pdfs.text(pdf).replaceAll("\\s+", " ");
  }

  @Test
  void drawsTheKeptLayoutOfEachPaper() {
    PdfDrawings.assertDrawnAsKept(
        HandoverDocuments.receipt(receipt(SIGNATURE, null), Locale.FRENCH), "handover-receipt-fr");
    PdfDrawings.assertDrawnAsKept(
        HandoverDocuments.receipt(receipt(null, "PAP-2026-118"), Locale.ENGLISH),
        "handover-receipt-en-paper");
    PdfDrawings.assertDrawnAsKept(
        HandoverDocuments.returnReceipt(returned("SWAP", "PN-00002Y"), Locale.FRENCH),
        "return-receipt-fr");
  }
}
