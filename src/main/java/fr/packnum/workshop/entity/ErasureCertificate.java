package fr.packnum.workshop.entity;

import fr.packnum.platform.entity.Actor;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An issued data-erasure certificate, kept so that its verification code can be checked later ("was
 * this certificate really issued, for which drives?"). The PDF itself is regenerated from the
 * device records; this row is the proof that it was issued.
 */
@Entity
@Table(name = "erasure_certificates")
public class ErasureCertificate {

  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "code", nullable = false, unique = true, updatable = false, length = 14)
  private String code;

  @ManyToOne(optional = false)
  @JoinColumn(name = "donation_id", nullable = false, updatable = false)
  private Donation donation;

  @ManyToOne
  @JoinColumn(name = "device_id", updatable = false)
  private Device device;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "issued_by", nullable = false, updatable = false, length = 100)
  private String issuedBy;

  @Column(name = "device_count", nullable = false, updatable = false)
  private int deviceCount;

  @Column(name = "drive_count", nullable = false, updatable = false)
  private int driveCount;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "erasure_certificate_drives",
      joinColumns = @JoinColumn(name = "certificate_id"))
  private List<CertifiedDrive> drives = new ArrayList<>();

  /** A drive the certificate vouches for. */
  @Embeddable
  public static class CertifiedDrive {
    @Column(name = "asset_tag", nullable = false, length = 12)
    private String assetTag;

    @Column(name = "drive_serial", nullable = false, length = 100)
    private String driveSerial;

    protected CertifiedDrive() {}

    public CertifiedDrive(String assetTag, String driveSerial) {
      this.assetTag = assetTag;
      this.driveSerial = driveSerial;
    }

    public String assetTag() {
      return assetTag;
    }

    public String driveSerial() {
      return driveSerial;
    }
  }

  protected ErasureCertificate() {}

  /**
   * Issues a certificate for {@code devices} of {@code donation}; {@code single} when for one
   * device.
   */
  public ErasureCertificate(
      Donation donation, Device single, List<Device> devices, Actor by, Instant at) {
    this.donation = Objects.requireNonNull(donation);
    this.device = single;
    this.code = newCode();
    this.issuedAt = at;
    this.issuedBy = by.name();
    this.deviceCount = devices.size();
    for (Device d : devices) {
      d.drives().stream()
          .filter(StorageDrive::isErased)
          .forEach(drive -> drives.add(new CertifiedDrive(d.assetTag().value(), drive.serial())));
    }
    this.driveCount = drives.size();
  }

  /** Twelve random Base32 characters in three groups: 60 bits, not guessable, easy to read out. */
  static String newCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(32)));
    }
    return code.toString();
  }

  public String code() {
    return code;
  }

  public Donation donation() {
    return donation;
  }

  public Optional<Device> device() {
    return Optional.ofNullable(device);
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public String issuedBy() {
    return issuedBy;
  }

  public int deviceCount() {
    return deviceCount;
  }

  public int driveCount() {
    return driveCount;
  }

  public List<CertifiedDrive> drives() {
    return List.copyOf(drives);
  }
}
