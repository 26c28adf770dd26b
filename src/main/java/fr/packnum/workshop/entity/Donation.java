package fr.packnum.workshop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One batch of devices from a donor: a collection or a drop-off on a given day. */
@Entity
@Table(name = "donations")
public class Donation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "donor_id", nullable = false, updatable = false)
  private Donor donor;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "mode", nullable = false, length = 20)
  private DonationMode mode;

  @Column(name = "expected_count")
  private Integer expectedCount;

  @Column(name = "notes", length = 1000)
  private String notes;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Donation() {}

  public Donation(
      Donor donor,
      LocalDate receivedOn,
      DonationMode mode,
      Integer expectedCount,
      String notes,
      Instant createdAt) {
    this.donor = Objects.requireNonNull(donor);
    describe(receivedOn, mode, expectedCount, notes);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public final void describe(
      LocalDate receivedOn, DonationMode mode, Integer expectedCount, String notes) {
    if (expectedCount != null && expectedCount < 0) {
      throw new IllegalArgumentException("Expected count cannot be negative");
    }
    this.receivedOn = Objects.requireNonNull(receivedOn);
    this.mode = Objects.requireNonNull(mode);
    this.expectedCount = expectedCount;
    this.notes = Donor.blankToNull(notes);
  }

  /** The reference written on paperwork and certificates, derived from the id. */
  public String reference() {
    return String.format("DON-%05d", id);
  }

  public Long id() {
    return id;
  }

  public Donor donor() {
    return donor;
  }

  public LocalDate receivedOn() {
    return receivedOn;
  }

  public DonationMode mode() {
    return mode;
  }

  public Optional<Integer> expectedCount() {
    return Optional.ofNullable(expectedCount);
  }

  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Donation d && id != null && id.equals(d.id);
  }

  @Override
  public int hashCode() {
    return Donation.class.hashCode();
  }
}
