package fr.packnum.support.entity;

import fr.packnum.platform.entity.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One pass numérique voucher (chèque APTIC): 10 € paying for about an hour of digital mediation. It
 * comes RECEIVED in its team's book, is ISSUED to a household the team follows up, and is REDEEMED
 * once, at any support place, before it expires. Its serial is printed on it, typed or scanned at
 * the counter.
 */
@Entity
@Table(name = "support_vouchers")
public class Voucher {

  public static final int SERIAL_LENGTH = 40;

  /** The face value of a pass numérique, in cents. */
  public static final int VALUE_CENTS = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "book_id", nullable = false, updatable = false)
  private VoucherBook book;

  @Column(name = "serial", nullable = false, updatable = false, length = SERIAL_LENGTH)
  private String serial;

  @Column(name = "value_cents", nullable = false, updatable = false)
  private int valueCents;

  @Column(name = "expires_on", nullable = false, updatable = false)
  private LocalDate expiresOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private VoucherStatus status;

  @ManyToOne
  @JoinColumn(name = "plan_id")
  private SupportPlan plan;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(name = "issued_by_name", length = Actor.NAME_LENGTH)
  private String issuedBy;

  @Column(name = "redeemed_on")
  private LocalDate redeemedOn;

  @ManyToOne
  @JoinColumn(name = "redeemed_place_id")
  private SupportPlace redeemedAt;

  @Column(name = "redeemed_by_name", length = Actor.NAME_LENGTH)
  private String redeemedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Voucher() {}

  Voucher(VoucherBook book, String serial) {
    this.book = Objects.requireNonNull(book);
    this.serial = Objects.requireNonNull(serial);
    this.valueCents = VALUE_CENTS;
    this.expiresOn = book.expiresOn();
    this.status = VoucherStatus.RECEIVED;
  }

  /**
   * A serial as typed or scanned: a scanner or a person may add spaces ("APTIC 2026 000101") or
   * type lower case; the printed serial has neither.
   */
  public static String serialOf(String typed) {
    return typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  /** Gives the voucher to the household of {@code plan}, still followed up. */
  public void issue(SupportPlan plan, Actor actor, LocalDate today) {
    if (status == VoucherStatus.REDEEMED) {
      throw new VoucherAlreadyRedeemed();
    }
    if (status == VoucherStatus.ISSUED) {
      throw new VoucherAlreadyIssued();
    }
    requireValid(today);
    plan.requireOpen();
    this.plan = plan;
    this.status = VoucherStatus.ISSUED;
    this.issuedOn = today;
    this.issuedBy = actor.name();
  }

  /**
   * The household paid an hour at {@code place} with it: once, only after it was issued, not after
   * its expiry day.
   */
  public void redeem(SupportPlace place, Actor actor, LocalDate today) {
    if (status == VoucherStatus.REDEEMED) {
      throw new VoucherAlreadyRedeemed();
    }
    if (status == VoucherStatus.RECEIVED) {
      throw new VoucherNotIssued();
    }
    requireValid(today);
    this.redeemedAt = Objects.requireNonNull(place);
    this.status = VoucherStatus.REDEEMED;
    this.redeemedOn = today;
    this.redeemedBy = actor.name();
  }

  /** Valid through its expiry day, in France. */
  public boolean expired(LocalDate today) {
    return today.isAfter(expiresOn);
  }

  private void requireValid(LocalDate today) {
    if (expired(today)) {
      throw new VoucherExpired(expiresOn);
    }
  }

  public Long id() {
    return id;
  }

  public VoucherBook book() {
    return book;
  }

  public String serial() {
    return serial;
  }

  public int valueCents() {
    return valueCents;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public VoucherStatus status() {
    return status;
  }

  public Optional<SupportPlan> plan() {
    return Optional.ofNullable(plan);
  }

  public Optional<LocalDate> issuedOn() {
    return Optional.ofNullable(issuedOn);
  }

  public Optional<String> issuedBy() {
    return Optional.ofNullable(issuedBy);
  }

  public Optional<LocalDate> redeemedOn() {
    return Optional.ofNullable(redeemedOn);
  }

  public Optional<SupportPlace> redeemedAt() {
    return Optional.ofNullable(redeemedAt);
  }

  public Optional<String> redeemedBy() {
    return Optional.ofNullable(redeemedBy);
  }

  public long version() {
    return version;
  }

  /** Business identity: the serial printed on it. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Voucher that && serial.equals(that.serial);
  }

  @Override
  public int hashCode() {
    return serial.hashCode();
  }
}
