package fr.packnum.support.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.packnum.accounts.entity.Structure;
import fr.packnum.accounts.entity.StructureKind;
import fr.packnum.platform.control.ProblemException;
import fr.packnum.platform.entity.Actor;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A book's serials: consecutive, same padding, 1 to 500 of them, a first serial ending in digits.
 */
class VoucherBookTest {

  static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
  static final LocalDate RECEIVED = LocalDate.of(2026, 12, 1);
  static final Actor COORDINATOR = new Actor(8L, "Karim Benali");
  static final Structure TEAM = new Structure("EPN du centre", StructureKind.EPN, null, null, NOW);

  static VoucherBook book(String firstSerial, int count) {
    return new VoucherBook(
        new VoucherBook.Receipt(
            "Département de la Seine-Saint-Denis",
            TEAM,
            RECEIVED,
            RECEIVED.plusYears(1),
            firstSerial,
            count),
        COORDINATOR);
  }

  @Test
  void serialsCountUpFromTheFirstKeepingItsZeroPadding() {
    VoucherBook book = book("APTIC-2026-000101", 3);
    assertThat(book.serials())
        .containsExactly("APTIC-2026-000101", "APTIC-2026-000102", "APTIC-2026-000103");
    assertThat(book.lastSerial()).isEqualTo("APTIC-2026-000103");
    assertThat(book("APTIC-0998", 2).serials()).containsExactly("APTIC-0998", "APTIC-0999");
  }

  @Test
  void eachVoucherIsReceivedWorthTenEurosAndExpiresWithItsBook() {
    VoucherBook book = book("A-01", 2);
    assertThat(book.vouchers())
        .extracting(Voucher::serial, Voucher::status, Voucher::valueCents, Voucher::expiresOn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "A-01", VoucherStatus.RECEIVED, 1000, RECEIVED.plusYears(1)),
            org.assertj.core.groups.Tuple.tuple(
                "A-02", VoucherStatus.RECEIVED, 1000, RECEIVED.plusYears(1)));
  }

  @Test
  void theFirstSerialAsTypedLosesItsSpacesAndLowerCase() {
    assertThat(book(" aptic 2026-0001 ", 2).serials())
        .containsExactly("APTIC2026-0001", "APTIC2026-0002");
  }

  @Test
  void aBookHoldsOneToFiveHundredVouchers() {
    assertThat(book("B-0001", 500).serials()).hasSize(500).endsWith("B-0500");
    assertInvalid(() -> book("B-0001", 0), "count");
    assertInvalid(() -> book("B-0001", 501), "count");
  }

  @Test
  void serialsThatWouldOutgrowTheirDigitsAreRefused() {
    assertInvalid(() -> book("C-998", 3), "count");
  }

  @Test
  void theFirstSerialEndsInDigits() {
    assertInvalid(() -> book("APTIC-A", 3), "firstSerial");
    assertInvalid(() -> book("APTIC/0001", 3), "firstSerial");
    assertInvalid(() -> book("", 3), "firstSerial");
    assertInvalid(() -> book("A".repeat(40) + "1", 1), "firstSerial");
  }

  @Test
  void aBookCannotExpireBeforeItWasReceivedAndNamesItsFunder() {
    assertInvalid(
        () ->
            new VoucherBook(
                new VoucherBook.Receipt("Ville", TEAM, RECEIVED, RECEIVED.minusDays(1), "A-1", 1),
                COORDINATOR),
        "expiresOn");
    assertInvalid(
        () ->
            new VoucherBook(
                new VoucherBook.Receipt(" ", TEAM, RECEIVED, RECEIVED, "A-1", 1), COORDINATOR),
        "funder");
  }

  private static void assertInvalid(Runnable creation, String field) {
    assertThatThrownBy(creation::run)
        .isInstanceOf(VoucherBookInvalid.class)
        .satisfies(
            e -> {
              ProblemException problem = (ProblemException) e;
              assertThat(problem.status()).isEqualTo(422);
              assertThat(problem.fieldKeys())
                  .extracting(ProblemException.FieldKey::field)
                  .containsExactly(field);
            });
  }
}
