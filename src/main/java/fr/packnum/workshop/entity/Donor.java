package fr.packnum.workshop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A company, public body, association or person giving devices, with the data-destruction agreement
 * they signed (the workshop commits to erase their data and certify it).
 */
@Entity
@Table(name = "donors")
public class Donor {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "name", nullable = false, length = 150)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private DonorKind kind;

  @Column(name = "contact_name", length = 100)
  private String contactName;

  @Column(name = "contact_email", length = 254)
  private String contactEmail;

  @Column(name = "contact_phone", length = 30)
  private String contactPhone;

  @Column(name = "agreement_signed_on")
  private LocalDate agreementSignedOn;

  @Column(name = "agreement_reference", length = 100)
  private String agreementReference;

  @Column(name = "notes", length = 1000)
  private String notes;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Donor() {}

  public Donor(Details details, Instant createdAt) {
    describe(details);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** What is known of a donor. */
  public record Details(
      String name,
      DonorKind kind,
      String contactName,
      String contactEmail,
      String contactPhone,
      LocalDate agreementSignedOn,
      String agreementReference,
      String notes) {}

  public final void describe(Details details) {
    if (details.name() == null || details.name().isBlank()) {
      throw new IllegalArgumentException("A donor needs a name");
    }
    this.name = details.name().strip();
    this.kind = Objects.requireNonNull(details.kind());
    this.contactName = blankToNull(details.contactName());
    this.contactEmail = blankToNull(details.contactEmail());
    this.contactPhone = blankToNull(details.contactPhone());
    this.agreementSignedOn = details.agreementSignedOn();
    this.agreementReference = blankToNull(details.agreementReference());
    this.notes = blankToNull(details.notes());
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Details details() {
    return new Details(
        name,
        kind,
        contactName,
        contactEmail,
        contactPhone,
        agreementSignedOn,
        agreementReference,
        notes);
  }

  /** Whether the donor signed the data-destruction agreement. */
  public boolean hasAgreement() {
    return agreementSignedOn != null;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public DonorKind kind() {
    return kind;
  }

  public Optional<LocalDate> agreementSignedOn() {
    return Optional.ofNullable(agreementSignedOn);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Donor d && id != null && id.equals(d.id);
  }

  @Override
  public int hashCode() {
    return Donor.class.hashCode();
  }
}
