package fr.packnum.workshop.control;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything an erasure certificate prints, for one donation. The verification code and URL let a
 * donor check, later, that the certificate was issued by the workshop.
 */
public record ErasureCertificateData(
    String verificationCode,
    String verificationUrl,
    Instant issuedAt,
    String workshopName,
    String donorName,
    String donationReference,
    List<DeviceErasure> devices) {

  public ErasureCertificateData {
    requireText(verificationCode, "verification code");
    requireText(verificationUrl, "verification URL");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(devices, "devices");
    devices = List.copyOf(devices);
    if (devices.isEmpty()) {
      throw new IllegalArgumentException("An erasure certificate lists at least one device");
    }
  }

  private static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("An erasure certificate needs a " + what);
    }
  }
}
