package fr.packnum.workshop.boundary;

import fr.packnum.platform.entity.Actor;
import fr.packnum.workshop.control.CertificateStore;
import fr.packnum.workshop.control.DeviceStore;
import fr.packnum.workshop.entity.Device;
import fr.packnum.workshop.entity.ErasureCertificate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The workshop's use cases for the components after it: the READY shelf that matching reserves from
 * and gives back to. Not an HTTP resource: it runs inside the caller's transaction (the caller's
 * boundary owns it and its {@code @RolesAllowed}), so that a reservation, the device and the
 * request commit or roll back together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Shelf {

  @Inject DeviceStore devices;
  @Inject CertificateStore certificates;

  /** Sets the READY device aside for the pack request {@code packReference}, its row locked. */
  public Device reserve(long deviceId, String packReference, Actor by, Instant at) {
    return reserve(deviceId, packReference, null, by, at);
  }

  /**
   * The same, as the replacement of the device {@code replacingTag} (null when it replaces none),
   * which the history names.
   */
  public Device reserve(
      long deviceId, String packReference, String replacingTag, Actor by, Instant at) {
    Device device = devices.locked(deviceId);
    device.reserveFor(packReference, replacingTag, by, at);
    return device;
  }

  /**
   * The household brought the DELIVERED device back: RETURNED, for the workshop to diagnose and
   * erase again before it is READY for anyone else.
   */
  public Device returned(long deviceId, Actor by, Instant at, String notes) {
    Device device = devices.locked(deviceId);
    device.returnFromHousehold(by, at, notes);
    return device;
  }

  /**
   * The RESERVED device reached its household. Its erasure is certified first if no certificate
   * covers it yet: the hand-over receipt gives the household the code to verify it.
   */
  public Device deliver(long deviceId, Actor by, Instant at) {
    Device device = devices.locked(deviceId);
    if (device.lastCertificateCode().isEmpty() && device.certifiable()) {
      ErasureCertificate certificate =
          new ErasureCertificate(device.donation(), device, List.of(device), by, at);
      certificates.add(certificate);
      device.certificateIssued(certificate.code(), by, at);
    }
    device.deliver(by, at);
    return device;
  }

  /** Puts a RESERVED device back on the READY shelf, saying why. */
  public Device release(long deviceId, Actor by, Instant at, String why) {
    Device device = devices.locked(deviceId);
    device.releaseReservation(by, at, why);
    return device;
  }
}
