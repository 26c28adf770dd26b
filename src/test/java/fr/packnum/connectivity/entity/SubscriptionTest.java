package fr.packnum.connectivity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.connectivity.control.Worklist;
import fr.packnum.connectivity.entity.Subscription.Attention;
import fr.packnum.connectivity.entity.Subscription.Concern;
import fr.packnum.households.entity.PackRequest;
import fr.packnum.platform.control.ProblemException;
import fr.packnum.platform.entity.Actor;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

  static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  static final Actor WORKER = new Actor(4L, "Inès Travailleuse");

  private static PackRequest request(long id, String reference) {
    return fr.packnum.testing.Handed.request(id, reference, NOW);
  }

  /** A mobile SIM at 9.99 € for {@code months} promotional months, then 19.99 € (none if 0). */
  private static Offer offer(int months) {
    return new Offer(
        new OfferTerms(
            "Opérateur test",
            "Offre test",
            OfferKind.MOBILE_SIM,
            999,
            months > 0 ? 1999 : null,
            months,
            0,
            0,
            Set.of(),
            null,
            Set.of(),
            Set.of(),
            "En boutique.",
            LocalDate.of(2026, 1, 1),
            null),
        NOW);
  }

  private static Subscription requested(int promotionalMonths) {
    return fr.packnum.testing.Handed.withId(
        new Subscription(request(7L, "P-AAAAAA"), offer(promotionalMonths), WORKER, TODAY), 1L);
  }

  private static Subscription active(String reference, LocalDate from, int months) {
    Subscription s = new Subscription(request(8L, reference), offer(months), WORKER, from);
    s.activate(from);
    return s;
  }

  private static String problem(Runnable step) {
    try {
      step.run();
    } catch (ProblemException e) {
      return e.status() + " " + e.key();
    }
    return "no problem";
  }

  @Test
  void aNewLineIsRequestedAndHoldsItsRequestUntilRefused() {
    Subscription s = requested(0);
    assertThat(s.status()).isEqualTo(SubscriptionStatus.REQUESTED);
    assertThat(s.requestReference()).isEqualTo("P-AAAAAA");
    assertThat(s.helpedBy()).isEqualTo(WORKER);
    s.refuse("  Adresse non éligible  ", TODAY);
    assertThat(s.status()).isEqualTo(SubscriptionStatus.REFUSED);
    assertThat(s.refusalReason()).contains("Adresse non éligible");
    assertThat(s.endedOn()).contains(TODAY);
    assertThat(problem(() -> s.activate(TODAY))).isEqualTo("409 subscription-transition-refused");
  }

  @Test
  void aRefusalSaysWhy() {
    Subscription s = requested(0);
    assertThat(problem(() -> s.refuse("  ", TODAY))).isEqualTo("422 subscription-invalid");
    assertThat(s.status()).isEqualTo(SubscriptionStatus.REQUESTED);
  }

  @Test
  void onlyAnActiveLineEndsAndAnEndedLineStaysEnded() {
    Subscription s = requested(0);
    assertThat(problem(() -> s.end(TODAY))).isEqualTo("409 subscription-transition-refused");
    assertThat(problem(s::paidAgain)).isEqualTo("409 subscription-transition-refused");
    s.activate(TODAY.plusDays(2));
    assertThat(problem(() -> s.refuse("trop tard", TODAY)))
        .isEqualTo("409 subscription-transition-refused");
    assertThat(problem(() -> s.end(TODAY))).isEqualTo("422 subscription-invalid");
    s.end(TODAY.plusMonths(3));
    assertThat(s.status()).isEqualTo(SubscriptionStatus.ENDED);
    assertThat(s.endedOn()).contains(TODAY.plusMonths(3));
    assertThat(problem(() -> s.reportUnpaid(TODAY)))
        .isEqualTo("409 subscription-transition-refused");
    assertThat(problem(() -> s.activate(TODAY))).isEqualTo("409 subscription-transition-refused");
  }

  @Test
  void aLineCannotStartBeforeItWasRequested() {
    Subscription s = requested(0);
    assertThat(problem(() -> s.activate(TODAY.minusDays(1)))).isEqualTo("422 subscription-invalid");
    assertThat(s.status()).isEqualTo(SubscriptionStatus.REQUESTED);
  }

  @Test
  void thePromotionEndsItsMonthsAfterTheLineStartsAndNeverWithoutOne() {
    Subscription promoted = requested(6);
    promoted.activate(LocalDate.of(2026, 12, 31));
    assertThat(promoted.activeFrom()).contains(LocalDate.of(2026, 12, 31));
    assertThat(promoted.promotionEndsOn()).contains(LocalDate.of(2027, 6, 30));
    Subscription plain = requested(0);
    plain.activate(TODAY);
    assertThat(plain.promotionEndsOn()).isEmpty();
  }

  @Test
  void anUnpaidBillKeepsItsFirstDayUntilPaidAgain() {
    Subscription s = requested(0);
    s.activate(TODAY);
    s.reportUnpaid(TODAY.plusDays(10));
    s.reportUnpaid(TODAY.plusDays(20));
    assertThat(s.unpaid()).isTrue();
    assertThat(s.unpaidSince()).contains(TODAY.plusDays(10));
    s.paidAgain();
    assertThat(s.unpaid()).isFalse();
    assertThat(s.unpaidSince()).isEmpty();
  }

  @Test
  void aLineNeedsACallWhenUnpaidOrItsPromotionEndsWithinTheDays() {
    Subscription s = active("P-AAAAAA", TODAY.minusMonths(6).plusDays(10), 6); // ends in 10 days
    assertThat(s.attention(TODAY, 9)).isEmpty();
    assertThat(s.attention(TODAY, 10))
        .containsExactly(new Attention(Concern.PROMOTION_ENDING, TODAY.plusDays(10)));
    assertThat(s.attention(TODAY.plusDays(11), 30)).isEmpty(); // already over
    s.reportUnpaid(TODAY.minusDays(2));
    assertThat(s.attention(TODAY, 30))
        .containsExactly(
            new Attention(Concern.UNPAID, TODAY.minusDays(2)),
            new Attention(Concern.PROMOTION_ENDING, TODAY.plusDays(10)));
    s.end(TODAY);
    assertThat(s.attention(TODAY, 30)).isEmpty();
  }

  @Test
  void theWorklistHoldsOnlyLinesToCallAboutSoonestFirst() {
    Subscription later = active("P-LATER1", TODAY.minusMonths(3).plusDays(20), 3);
    Subscription sooner = active("P-SOONER", TODAY.minusMonths(3).plusDays(5), 3);
    Subscription quiet = active("P-QUIET1", TODAY, 12);
    Subscription unpaid = active("P-UNPAID", TODAY.minusMonths(1), 0);
    unpaid.reportUnpaid(TODAY.minusDays(1));
    Subscription notYetActive = new Subscription(request(9L, "P-WAITIN"), offer(3), WORKER, TODAY);

    List<Worklist.Entry> list =
        Worklist.select(List.of(later, quiet, notYetActive, sooner, unpaid), TODAY, 30);

    assertThat(list)
        .extracting(e -> e.subscription().requestReference())
        .containsExactly("P-UNPAID", "P-SOONER", "P-LATER1");
    assertThat(list)
        .extracting(Worklist.Entry::on)
        .containsExactly(TODAY.minusDays(1), TODAY.plusDays(5), TODAY.plusDays(20));
    assertThat(Worklist.select(List.of(later, sooner), TODAY, 7))
        .extracting(e -> e.subscription().requestReference())
        .containsExactly("P-SOONER");
  }

  @Test
  void aRefusedOrEndedLineLetsTheRequestOpenAnother() throws Exception {
    Subscription s = requested(0);
    Field open = Subscription.class.getDeclaredField("openRequestId");
    open.setAccessible(true);
    assertThat(open.get(s)).isEqualTo(7L);
    s.activate(TODAY);
    assertThat(open.get(s)).isEqualTo(7L);
    s.end(TODAY);
    assertThat(open.get(s)).isNull();
  }
}
