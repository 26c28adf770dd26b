package fr.packnum.support.entity;

import fr.packnum.accounts.entity.Structure;
import fr.packnum.platform.control.ProblemException.FieldKey;
import fr.packnum.platform.entity.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A book ("carnet") of pass numérique vouchers a funder sent to a support team: consecutive serials
 * from its first one, with the same zero padding ({@code APTIC-2026-000101} × 3 holds …101, …102,
 * …103), all valid until the same day. The team's support people issue them to the households they
 * follow up.
 */
@Entity
@Table(name = "support_voucher_books")
public class VoucherBook {

  public static final int MAX_COUNT = 500;
  public static final int FUNDER_LENGTH = 100;

  /** Letters, digits and dashes, ending in the number that counts up. */
  private static final Pattern FIRST_SERIAL =
      Pattern.compile("([A-Z0-9-]{0," + (Voucher.SERIAL_LENGTH - 1) + "}?)([0-9]{1,18})");

  /** What a book holds, as the coordination types it from the funder's delivery note. */
  public record Receipt(
      String funder,
      Structure team,
      LocalDate receivedOn,
      LocalDate expiresOn,
      String firstSerial,
      int count) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "funder", nullable = false, updatable = false, length = FUNDER_LENGTH)
  private String funder;

  /** The team that received it. */
  @ManyToOne(optional = false)
  @JoinColumn(name = "structure_id", nullable = false, updatable = false)
  private Structure structure;

  @Column(name = "received_on", nullable = false, updatable = false)
  private LocalDate receivedOn;

  @Column(name = "expires_on", nullable = false, updatable = false)
  private LocalDate expiresOn;

  @Column(name = "first_serial", nullable = false, updatable = false, length = 40)
  private String firstSerial;

  @Column(name = "voucher_count", nullable = false, updatable = false)
  private int count;

  @Embedded private Actor recordedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected VoucherBook() {}

  /** A book as received; a wrong field of {@code receipt} is a 422 on that field. */
  public VoucherBook(Receipt receipt, Actor actor) {
    String first = receipt.firstSerial() == null ? null : Voucher.serialOf(receipt.firstSerial());
    List<FieldKey> wrong = new ArrayList<>();
    if (receipt.funder() == null
        || receipt.funder().isBlank()
        || receipt.funder().strip().length() > FUNDER_LENGTH) {
      wrong.add(field("funder", "voucher.book.funder"));
    }
    if (receipt.receivedOn() == null) {
      wrong.add(field("receivedOn", "voucher.book.receivedOn"));
    }
    if (receipt.expiresOn() == null
        || (receipt.receivedOn() != null && receipt.expiresOn().isBefore(receipt.receivedOn()))) {
      wrong.add(field("expiresOn", "voucher.book.expiresOn"));
    }
    if (receipt.count() < 1 || receipt.count() > MAX_COUNT) {
      wrong.add(field("count", "voucher.book.count"));
    } else if (first != null && parse(first) != null && serials(first, receipt.count()) == null) {
      wrong.add(field("count", "voucher.book.overflow"));
    }
    if (first == null || parse(first) == null) {
      wrong.add(field("firstSerial", "voucher.book.firstSerial"));
    }
    if (!wrong.isEmpty()) {
      throw new VoucherBookInvalid(wrong);
    }
    this.funder = receipt.funder().strip();
    this.structure = Objects.requireNonNull(receipt.team());
    this.receivedOn = receipt.receivedOn();
    this.expiresOn = receipt.expiresOn();
    this.firstSerial = first;
    this.count = receipt.count();
    this.recordedBy = Objects.requireNonNull(actor);
  }

  private static FieldKey field(String field, String key) {
    return new FieldKey(field, key, MAX_COUNT, Voucher.SERIAL_LENGTH);
  }

  /** The book's vouchers, RECEIVED, one per serial, to be stored with it. */
  public List<Voucher> vouchers() {
    return serials().stream().map(serial -> new Voucher(this, serial)).toList();
  }

  /** Every serial the book holds, from the first one. */
  public List<String> serials() {
    return serials(firstSerial, count);
  }

  public String lastSerial() {
    List<String> serials = serials();
    return serials.get(serials.size() - 1);
  }

  /**
   * {@code count} consecutive serials from {@code first}, the number keeping its zero padding;
   * {@code null} when the number would outgrow its digits (…999 then …1000 is not the same series)
   * or {@code first} does not end in digits.
   */
  static List<String> serials(String first, int count) {
    Matcher m = parse(first);
    if (m == null) {
      return null;
    }
    String prefix = m.group(1);
    String digits = m.group(2);
    long start = Long.parseLong(digits);
    List<String> serials = new ArrayList<>(count);
    for (long n = start; n < start + count; n++) {
      String number = String.format("%0" + digits.length() + "d", n);
      if (number.length() > digits.length()) {
        return null;
      }
      serials.add(prefix + number);
    }
    return serials;
  }

  private static Matcher parse(String serial) {
    if (serial.isEmpty() || serial.length() > Voucher.SERIAL_LENGTH) {
      return null;
    }
    Matcher m = FIRST_SERIAL.matcher(serial);
    return m.matches() ? m : null;
  }

  public Long id() {
    return id;
  }

  public String funder() {
    return funder;
  }

  public Structure structure() {
    return structure;
  }

  public LocalDate receivedOn() {
    return receivedOn;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public String firstSerial() {
    return firstSerial;
  }

  public int count() {
    return count;
  }

  public Actor recordedBy() {
    return recordedBy;
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VoucherBook that && id != null && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
