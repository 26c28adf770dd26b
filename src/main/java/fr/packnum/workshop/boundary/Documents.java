package fr.packnum.workshop.boundary;

import fr.packnum.platform.entity.Actor;
import fr.packnum.workshop.control.CertificateStore;
import fr.packnum.workshop.control.DeviceErasure;
import fr.packnum.workshop.control.DeviceStore;
import fr.packnum.workshop.control.DriveErasure;
import fr.packnum.workshop.control.ErasureCertificateData;
import fr.packnum.workshop.control.ErasureCertificates;
import fr.packnum.workshop.control.Label;
import fr.packnum.workshop.control.LabelLayout;
import fr.packnum.workshop.control.LabelSheets;
import fr.packnum.workshop.control.NothingToCertify;
import fr.packnum.workshop.entity.Device;
import fr.packnum.workshop.entity.DeviceStatus;
import fr.packnum.workshop.entity.Donation;
import fr.packnum.workshop.entity.ErasureCertificate;
import fr.packnum.workshop.entity.ErasureRecord;
import fr.packnum.workshop.entity.StorageDrive;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The workshop's documents: QR label sheets (the QR code opens the device's page on a phone) and
 * data-erasure certificates, each issued certificate recorded with its verification code.
 */
@ApplicationScoped
public class Documents {

  static final String PDF = "application/pdf";

  @Inject DeviceStore devices;
  @Inject CertificateStore certificates;
  @Inject Bench bench;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "packnum.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "packnum.workshop.name", defaultValue = "Atelier PackNum")
  String workshopName;

  /** The address a device's QR code holds: a phone camera opens the device page. */
  public String deviceUrl(Device device) {
    return publicUrl.replaceAll("/+$", "") + "/d/" + device.assetTag().value();
  }

  public Response labels(List<Device> onSheet, LabelLayout layout, int skip, String filename) {
    List<Label> labels =
        onSheet.stream()
            .filter(d -> d.status() != DeviceStatus.SCRAPPED)
            .map(d -> new Label(d.assetTag().value(), deviceUrl(d), description(d)))
            .toList();
    byte[] pdf = LabelSheets.pdf(labels, layout == null ? LabelLayout.A4_3X7 : layout, skip);
    return Response.ok(pdf, PDF)
        .header("Content-Disposition", "inline; filename=\"" + filename + "\"")
        .build();
  }

  private static String description(Device device) {
    Device.Specs specs = device.specs();
    return String.join(
            " ", List.of(Objects.toString(specs.brand(), ""), Objects.toString(specs.model(), "")))
        .strip();
  }

  /**
   * Issues a certificate for the erased drives of {@code covered} (devices without storage are
   * listed with their exemption), records it, notes it in each device's history, and answers the
   * PDF with the verification resource as {@code Location}.
   */
  public Response certificate(
      Donation donation, Device single, List<Device> covered, URI verificationBase) {
    List<Device> certified = covered.stream().filter(Device::certifiable).toList();
    if (certified.isEmpty()) {
      throw new NothingToCertify();
    }
    Actor by = bench.technician();
    Instant now = clock.instant();
    ErasureCertificate certificate = new ErasureCertificate(donation, single, certified, by, now);
    certificates.add(certificate);
    certified.forEach(d -> d.certificateIssued(certificate.code(), by, now));
    devices.flush();
    String verificationUrl =
        publicUrl.replaceAll("/+$", "") + "/verify.html?code=" + certificate.code();
    byte[] pdf =
        ErasureCertificates.pdf(
            new ErasureCertificateData(
                certificate.code(),
                verificationUrl,
                now,
                workshopName,
                donation.donor().name(),
                donation.reference(),
                certified.stream().map(Documents::erasure).toList()),
            bench.locale());
    return Response.created(verificationBase.resolve(certificate.code()))
        .entity(pdf)
        .type(PDF)
        .header(
            "Content-Disposition",
            "attachment; filename=\"certificat-effacement-" + certificate.code() + ".pdf\"")
        .build();
  }

  private static DeviceErasure erasure(Device device) {
    Device.Specs specs = device.specs();
    List<DriveErasure> drives =
        device.drives().stream()
            .filter(StorageDrive::isErased)
            .map(
                drive -> {
                  ErasureRecord record = drive.lastErasure().orElseThrow();
                  ErasureRecord.Details d = record.details();
                  return new DriveErasure(
                      drive.serial(),
                      drive.kind().name(),
                      drive.sizeGb().orElse(null),
                      d.method().name(),
                      d.standard().label(),
                      d.tool(),
                      d.passes(),
                      d.verified(),
                      d.result().name(),
                      d.performedOn(),
                      record.technician().name());
                })
            .toList();
    return new DeviceErasure(
        device.assetTag().value(),
        device.type().name(),
        description(device),
        device.serial(),
        drives,
        drives.isEmpty() ? device.noStorageReason().orElse(null) : null);
  }
}
