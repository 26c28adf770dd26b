package fr.packnum.workshop.control;

import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.control.PdfText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Data erasure certificates: the document a donor receives saying that the data on every drive of
 * the devices they gave was erased, how, under which standard (NIST SP 800-88 Clear or Purge), by
 * whom and when. A code and a URL let anyone check later that the workshop issued it.
 */
public final class ErasureCertificates {

  private ErasureCertificates() {}

  /**
   * An A4 portrait PDF: title, workshop, donor, donation, issue date (Europe/Paris), one table row
   * per drive grouped under each device, the exemption reason of devices without storage, and on
   * every page a footer with "page n / N", the verification code and URL; the first page also has a
   * QR code of the URL. As many pages as the devices need.
   *
   * @param locale English for an English locale, French otherwise (and for {@code null})
   */
  public static byte[] pdf(ErasureCertificateData data, Locale locale) {
    Objects.requireNonNull(data, "data");
    try (PDDocument document = new PDDocument()) {
      new ErasureCertificateLayout(document, data, locale).write();
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(DocumentText.CERTIFICATE_TITLE.in(locale));
      info.setSubject(PdfText.printable(data.donationReference()));
      info.setProducer("PackNum");
      GregorianCalendar issued =
          GregorianCalendar.from(data.issuedAt().atZone(FrenchCalendar.ZONE));
      info.setCreationDate(issued);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException inMemory) {
      throw new UncheckedIOException(inMemory);
    }
  }
}
