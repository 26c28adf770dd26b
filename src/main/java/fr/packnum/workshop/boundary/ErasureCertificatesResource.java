package fr.packnum.workshop.boundary;

import fr.packnum.workshop.control.CertificateStore;
import fr.packnum.workshop.entity.ErasureCertificate;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/**
 * Checking a certificate: anyone holding its verification code (a donor, an auditor) can see that
 * PackNum issued it, when, for which donation and which drives. Nothing personal is shown: asset
 * tags and drive serial numbers only, and not the donor's name (a donor may be a person).
 */
@Path("erasure-certificates")
@ApplicationScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class ErasureCertificatesResource {

  @Inject CertificateStore certificates;

  public record CertifiedDrive(String assetTag, String driveSerial) {}

  public record Verification(
      String code,
      Instant issuedAt,
      String donationReference,
      int deviceCount,
      int driveCount,
      List<CertifiedDrive> drives) {}

  @GET
  @Path("{code}")
  @PermitAll
  public Verification verify(@PathParam("code") String code) {
    ErasureCertificate certificate = certificates.byCode(code);
    return new Verification(
        certificate.code(),
        certificate.issuedAt(),
        certificate.donation().reference(),
        certificate.deviceCount(),
        certificate.driveCount(),
        certificate.drives().stream()
            .map(d -> new CertifiedDrive(d.assetTag(), d.driveSerial()))
            .toList());
  }
}
