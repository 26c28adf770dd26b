package fr.packnum.support.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.packnum.platform.control.ProblemException;
import fr.packnum.platform.entity.Actor;
import fr.packnum.territory.entity.GeoPoint;
import fr.packnum.territory.entity.InseeCode;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A voucher is issued once to an open plan, redeemed once after it was issued, never expired. */
class VoucherTest {

  static final Actor MEDIATOR = new Actor(5L, "Samia Médiatrice");
  static final LocalDate EXPIRY = VoucherBookTest.RECEIVED.plusYears(1);

  private final Voucher voucher = VoucherBookTest.book("APTIC-0001", 1).vouchers().get(0);
  private final SupportPlace place = place();

  /** An open plan, without the hand-over that opens one for real: only its status matters here. */
  private static SupportPlan plan(PlanStatus status) {
    SupportPlan plan = new SupportPlan();
    try {
      Field field = SupportPlan.class.getDeclaredField("status");
      field.setAccessible(true);
      field.set(plan, status);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return plan;
  }

  private static SupportPlace place() {
    return new SupportPlace(
        new PlaceDescription(
            "lieu-1",
            null,
            "EPN de l’Essai",
            "Montreuil",
            null,
            new InseeCode("93048"),
            "1 rue de l’Essai",
            new GeoPoint(48.86, 2.44),
            null,
            null,
            null,
            null,
            null,
            List.of(Service.EVERYDAY_TOOLS),
            null,
            null,
            null,
            null,
            null,
            null,
            null),
        Instant.parse("2026-01-05T09:00:00Z"));
  }

  @Test
  void issuedThenRedeemedRecordsWhenWhereAndByWhom() {
    SupportPlan open = plan(PlanStatus.OPEN);
    voucher.issue(open, MEDIATOR, EXPIRY.minusDays(10));
    assertThat(voucher.status()).isEqualTo(VoucherStatus.ISSUED);
    assertThat(voucher.plan()).containsSame(open);
    assertThat(voucher.issuedOn()).contains(EXPIRY.minusDays(10));
    assertThat(voucher.issuedBy()).contains("Samia Médiatrice");

    voucher.redeem(place, MEDIATOR, EXPIRY);
    assertThat(voucher.status()).isEqualTo(VoucherStatus.REDEEMED);
    assertThat(voucher.redeemedAt()).containsSame(place);
    assertThat(voucher.redeemedOn()).contains(EXPIRY);
  }

  @Test
  void aVoucherIsNotRedeemedBeforeItIsIssued() {
    assertProblem(() -> voucher.redeem(place, MEDIATOR, EXPIRY), VoucherNotIssued.class, 409);
    assertThat(voucher.status()).isEqualTo(VoucherStatus.RECEIVED);
  }

  @Test
  void aVoucherIsRedeemedOnceOnly() {
    voucher.issue(plan(PlanStatus.OPEN), MEDIATOR, EXPIRY);
    voucher.redeem(place, MEDIATOR, EXPIRY);
    assertProblem(() -> voucher.redeem(place, MEDIATOR, EXPIRY), VoucherAlreadyRedeemed.class, 409);
    assertProblem(
        () -> voucher.issue(plan(PlanStatus.OPEN), MEDIATOR, EXPIRY),
        VoucherAlreadyRedeemed.class,
        409);
  }

  @Test
  void aVoucherIsIssuedOnceOnly() {
    voucher.issue(plan(PlanStatus.OPEN), MEDIATOR, EXPIRY);
    assertProblem(
        () -> voucher.issue(plan(PlanStatus.OPEN), MEDIATOR, EXPIRY),
        VoucherAlreadyIssued.class,
        409);
  }

  @Test
  void anExpiredVoucherIsNeitherIssuedNorRedeemedButItsLastDayCounts() {
    assertProblem(
        () -> voucher.issue(plan(PlanStatus.OPEN), MEDIATOR, EXPIRY.plusDays(1)),
        VoucherExpired.class,
        409);
    assertThat(voucher.status()).isEqualTo(VoucherStatus.RECEIVED);
    voucher.issue(plan(PlanStatus.OPEN), MEDIATOR, EXPIRY);
    assertProblem(
        () -> voucher.redeem(place, MEDIATOR, EXPIRY.plusDays(1)), VoucherExpired.class, 409);
    assertThat(voucher.status()).isEqualTo(VoucherStatus.ISSUED);
    assertThat(voucher.expired(EXPIRY)).isFalse();
    assertThat(voucher.expired(EXPIRY.plusDays(1))).isTrue();
  }

  @Test
  void aClosedPlanReceivesNoVoucher() {
    assertProblem(
        () -> voucher.issue(plan(PlanStatus.CLOSED), MEDIATOR, EXPIRY), PlanClosed.class, 409);
    assertThat(voucher.status()).isEqualTo(VoucherStatus.RECEIVED);
    assertThat(voucher.plan()).isEmpty();
  }

  @Test
  void aSerialTypedOrScannedLosesSpacesAndLowerCase() {
    assertThat(Voucher.serialOf(" aptic 2026\t000101 ")).isEqualTo("APTIC2026000101");
  }

  private static void assertProblem(
      Runnable action, Class<? extends ProblemException> problem, int status) {
    assertThatThrownBy(action::run)
        .isInstanceOf(problem)
        .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(status));
  }
}
