package fr.packnum.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.packnum.testing.PdfDrawings;
import fr.packnum.testing.Pdfs;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ErasureCertificatesTest {

  private static final String CODE = "EC-7K3Q-9XW2";
  private static final String URL = "https://packnum.example.org/certificats/EC-7K3Q-9XW2";
  private static final LocalDate ERASED = LocalDate.of(2025, 7, 11);

  private static DriveErasure drive(String serial, String technician) {
    return new DriveErasure(
        serial,
        "SSD",
        256,
        "Secure Erase",
        "NIST SP 800-88 Purge",
        "nwipe 0.37",
        1,
        true,
        "Réussi",
        ERASED,
        technician);
  }

  private static ErasureCertificateData certificate(List<DeviceErasure> devices) {
    return new ErasureCertificateData(
        CODE,
        URL,
        Instant.parse("2025-07-14T08:05:00Z"),
        "Atelier solidaire de Montreuil",
        "Mairie de Bagnolet",
        "DON-2025-0042",
        devices);
  }

  private static ErasureCertificateData smallDonation() {
    return certificate(
        List.of(
            new DeviceErasure(
                "PN-00101",
                "LAPTOP",
                "Lenovo ThinkPad T480",
                "PF1A2B3C",
                List.of(drive("S3Z9NB0K123456A", "Camille Martin")),
                null),
            new DeviceErasure(
                "PN-00102",
                "DESKTOP",
                "Dell OptiPlex 7050",
                "7XK2PQ2",
                List.of(
                    drive("WD-WCC4N7ZK1234", "Camille Martin"),
                    new DriveErasure(
                        "Z1D4KX9P",
                        "HDD",
                        500,
                        "Écrasement",
                        "NIST SP 800-88 Clear",
                        "ShredOS",
                        3,
                        false,
                        "Réussi",
                        ERASED,
                        "Yanis Benali"),
                    drive("NV-0042-8877", "Yanis Benali")),
                null),
            new DeviceErasure(
                "PN-00103",
                "SCREEN",
                "Iiyama ProLite E2483HS",
                "11474A0912",
                List.of(),
                "Écran sans mémoire de stockage")));
  }

  private static ErasureCertificateData manyDevices(int count) {
    List<DeviceErasure> devices = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      devices.add(
          new DeviceErasure(
              "PN-%05d".formatted(i),
              "LAPTOP",
              "HP EliteBook 840 G5",
              "5CG%07d".formatted(i),
              List.of(
                  drive("SSD-%05d-A".formatted(i), "Camille Martin"),
                  drive("HDD-%05d-B".formatted(i), "Camille Martin")),
              null));
    }
    return certificate(devices);
  }

  @Test
  void listsEveryDriveOfEveryDeviceAndTheReasonOfADeviceWithoutStorage() {
    String text = Pdfs.text(ErasureCertificates.pdf(smallDonation(), Locale.FRENCH));

    assertThat(text)
        .contains("S3Z9NB0K123456A", "WD-WCC4N7ZK1234", "Z1D4KX9P", "NV-0042-8877")
        .contains("PN-00101", "PN-00102", "PN-00103")
        .contains("Lenovo ThinkPad T480", "Ordinateur portable", "Ordinateur de bureau")
        .contains("NIST SP 800-88 Purge", "NIST SP 800-88 Clear", "nwipe 0.37", "ShredOS")
        .contains("Secure Erase", "Réussi", "11/07/2025", "Camille Martin", "Yanis Benali")
        .contains("SSD 256 Go", "HDD 500 Go")
        .contains("Écran sans mémoire de stockage")
        .contains("Atelier solidaire de Montreuil", "Mairie de Bagnolet", "DON-2025-0042")
        .contains("3 appareils", "4 supports de stockage effacés");
  }

  @Test
  void showsWhetherEachErasureWasVerifiedAndHowManyPasses() {
    String text = Pdfs.text(ErasureCertificates.pdf(smallDonation(), Locale.FRENCH));

    // The Clear erasure of Z1D4KX9P took 3 passes and was not verified; the others 1 and verified.
    assertThat(text).containsPattern("Z1D4KX9P.*\\b3\\b.*\\bnon\\b");
    assertThat(text).containsPattern("S3Z9NB0K123456A.*\\b1\\b.*\\boui\\b");
  }

  @Test
  void printsTheIssueDateInParisTime() {
    // 08:05 UTC is 10:05 in Paris in summer (CEST) …
    assertThat(Pdfs.text(ErasureCertificates.pdf(smallDonation(), Locale.FRENCH)))
        .contains("14/07/2025 10:05");
    // … and 09:05 in winter (CET).
    ErasureCertificateData winter =
        new ErasureCertificateData(
            CODE,
            URL,
            Instant.parse("2025-12-01T08:05:00Z"),
            "Atelier",
            "Donateur",
            "DON-1",
            smallDonation().devices());
    assertThat(Pdfs.text(ErasureCertificates.pdf(winter, Locale.FRENCH)))
        .contains("01/12/2025 09:05");
  }

  @Test
  void isFrenchUnlessEnglishIsAskedFor() {
    for (Locale french : new Locale[] {Locale.FRENCH, Locale.FRANCE, null, Locale.GERMAN}) {
      assertThat(Pdfs.text(ErasureCertificates.pdf(smallDonation(), french)))
          .as("locale %s", french)
          .contains("Certificat d'effacement des données", "Code de vérification", "Page 1 / 1")
          .doesNotContain("Data erasure certificate");
    }
    assertThat(Pdfs.text(ErasureCertificates.pdf(smallDonation(), Locale.ENGLISH)))
        .contains("Data erasure certificate", "Verification code", "Laptop", "Drive serial number")
        .contains("SSD 256 GB", "No storage", "Écran sans mémoire de stockage", "yes", "no")
        .doesNotContain("Certificat d'effacement");
    assertThat(Pdfs.text(ErasureCertificates.pdf(smallDonation(), Locale.UK)))
        .contains("Data erasure certificate");
  }

  @Test
  @Tag("slow") // 300 devices: Surefire runs it, the mutation profile does not (pom.xml)
  void showsTheVerificationCodeAndUrlOnEveryPage() {
    List<String> pages = Pdfs.textByPage(ErasureCertificates.pdf(manyDevices(300), Locale.FRENCH));

    assertThat(pages).hasSizeGreaterThan(1);
    for (int page = 1; page <= pages.size(); page++) {
      assertThat(pages.get(page - 1))
          .as("page %d", page)
          .contains(CODE, URL, "Page " + page + " / " + pages.size());
    }
  }

  @Test
  @Tag("slow") // 300 devices: Surefire runs it, the mutation profile does not (pom.xml)
  void threeHundredDevicesWithTwoDrivesEachFlowOverSeveralPagesWithEverySerial() {
    byte[] pdf = ErasureCertificates.pdf(manyDevices(300), Locale.FRENCH);

    List<String> pages = Pdfs.textByPage(pdf);
    assertThat(pages).hasSizeGreaterThanOrEqualTo(10);
    String text = String.join("\n", pages);
    for (int i = 1; i <= 300; i++) {
      assertThat(text).contains("SSD-%05d-A".formatted(i), "HDD-%05d-B".formatted(i));
    }
    for (int page = 1; page < pages.size(); page++) {
      assertThat(pages.get(page))
          .as("headings of page %d", page + 1)
          .contains("N° de série du support", "Technicien");
    }
    Pdfs.preview(Pdfs.render(pdf, 1), "erasure-certificate-page-2");
  }

  @Test
  void aDeviceWhoseDrivesRunOntoTheNextPageIsNamedAgainThere() {
    List<DriveErasure> drives = new ArrayList<>();
    for (int i = 1; i <= 80; i++) {
      drives.add(drive("BAY-%02d-ZL2ABC".formatted(i), "Camille Martin"));
    }
    ErasureCertificateData data =
        certificate(
            List.of(
                new DeviceErasure(
                    "PN-00300", "OTHER", "Synology RS3621xs+", "21A0QXR", drives, null)));

    List<String> pages = Pdfs.textByPage(ErasureCertificates.pdf(data, Locale.FRENCH));

    assertThat(pages).hasSizeGreaterThan(1);
    assertThat(pages.get(1)).contains("PN-00300", "(suite)", "N° de série du support");
    assertThat(String.join("\n", pages)).contains("BAY-01-ZL2ABC", "BAY-80-ZL2ABC");
  }

  @Test
  void charactersThatTheFontCannotPrintDoNotStopTheCertificate() {
    String technician = "Łódź Kowalski \uD83D\uDE00 Zo\u200Be\tN\u0301guyen Nguyễn";
    ErasureCertificateData data =
        certificate(
            List.of(
                new DeviceErasure(
                    "PN-00200\u200B",
                    "TABLET",
                    "Samsung Galaxy Tab A 👍🏽",
                    "R52N\u2011123",
                    List.of(drive("EMMC-0001", technician)),
                    null)));

    byte[] pdf = ErasureCertificates.pdf(data, Locale.FRENCH);

    assertThat(Pdfs.text(pdf))
        .contains("Lódz", "Kowalski", "Zoe", "Nguyen", "PN-00200", "EMMC-0001", "R52N-123")
        .contains("Galaxy Tab A ?")
        .doesNotContain("\u200B");
  }

  @Test
  void theFirstPagesQrCodeOpensTheVerificationUrl() {
    byte[] pdf = ErasureCertificates.pdf(smallDonation(), Locale.FRENCH);

    BufferedImage page = Pdfs.render(pdf, 0);
    Pdfs.preview(page, "erasure-certificate-page-1");
    assertThat(Pdfs.decodeQr(page)).isEqualTo(URL);
  }

  @Test
  void isAnA4PortraitDocument() throws IOException {
    try (PDDocument document =
        Loader.loadPDF(ErasureCertificates.pdf(smallDonation(), Locale.FRENCH))) {
      assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
      assertThat(document.getPage(0).getMediaBox().getHeight())
          .isEqualTo(PDRectangle.A4.getHeight());
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Certificat d'effacement des données");
    }
  }

  @Test
  void aDeviceWithoutDrivesMustSayWhyItHasNoStorage() {
    assertThatThrownBy(() -> new DeviceErasure("PN-1", "LAPTOP", "Acer", "X", List.of(), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no storage");
    assertThatCode(() -> new DeviceErasure("PN-1", "SCREEN", "Acer", "X", null, "Écran"))
        .doesNotThrowAnyException();
  }

  @Test
  void aCertificateNeedsAVerificationCodeAndAtLeastOneDevice() {
    Instant now = Instant.parse("2025-07-14T08:05:00Z");
    assertThatThrownBy(
            () -> new ErasureCertificateData(" ", URL, now, "A", "D", "R", smallDevices()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ErasureCertificateData(CODE, URL, now, "A", "D", "R", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<DeviceErasure> smallDevices() {
    return smallDonation().devices();
  }

  // ---- reading the PDF back ----------------------------------------------------------------

  @Test
  void drawsTheKeptLayoutInBothLanguagesOnOneAndOnSeveralPages() {
    PdfDrawings.assertDrawnAsKept(
        ErasureCertificates.pdf(smallDonation(), Locale.FRENCH), "erasure-certificate-fr");
    PdfDrawings.assertDrawnAsKept(
        ErasureCertificates.pdf(smallDonation(), Locale.ENGLISH), "erasure-certificate-en");
    PdfDrawings.assertDrawnAsKept(
        ErasureCertificates.pdf(manyDevices(30), Locale.FRENCH), "erasure-certificate-30");
  }
}
