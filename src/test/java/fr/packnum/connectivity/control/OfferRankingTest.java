package fr.packnum.connectivity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.packnum.connectivity.control.OfferRanking.Candidate;
import fr.packnum.connectivity.control.OfferRanking.Exclusion;
import fr.packnum.connectivity.control.OfferRanking.Household;
import fr.packnum.connectivity.control.OfferRanking.Ranking;
import fr.packnum.connectivity.control.OfferRanking.Reason;
import fr.packnum.connectivity.entity.OfferInvalid;
import fr.packnum.connectivity.entity.OfferTerms;
import fr.packnum.households.entity.Situation;
import fr.packnum.platform.control.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The offer rules on plain records: who may take an offer, where, when, and at what yearly cost.
 */
class OfferRankingTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

  /** A household of Montreuil (93) on RSA, without a quotient familial. */
  static final Household ON_RSA_IN_MONTREUIL =
      new Household(Set.of(Situation.RSA), null, "93048", "Montreuil", "93");

  static final Household NO_SITUATION_IN_LYON =
      new Household(Set.of(), null, "69123", "Lyon", "69");

  /** A national offer open to all, valid since January, at {@code cents} a month, no promotion. */
  static Terms offer(int cents) {
    return new Terms(cents);
  }

  static List<Reason> reasons(OfferTerms terms, Household household, Integer budget) {
    return OfferRanking.exclusions(terms, household, budget, TODAY).stream()
        .map(Exclusion::reason)
        .toList();
  }

  @Test
  void anOfferWithNoConditionsIsOpenToEveryHousehold() {
    assertThat(reasons(offer(500).build(), NO_SITUATION_IN_LYON, null)).isEmpty();
    assertThat(reasons(offer(500).build(), ON_RSA_IN_MONTREUIL, null)).isEmpty();
  }

  @Test
  void anyOneOfTheListedSituationsQualifies() {
    OfferTerms social = offer(1500).situations(Situation.AAH, Situation.RSA, Situation.CSS).build();

    assertThat(reasons(social, ON_RSA_IN_MONTREUIL, null)).isEmpty();
    assertThat(
            reasons(
                social,
                new Household(Set.of(Situation.CSS, Situation.OTHER), null, "93048", "M", "93"),
                null))
        .isEmpty();
    assertThat(
            reasons(social, new Household(Set.of(Situation.ASS), null, "93048", "M", "93"), null))
        .containsExactly(Reason.NOT_ELIGIBLE);
  }

  @Test
  void theExclusionNamesTheSituationsTheOfferAsksFor() {
    OfferTerms social = offer(1500).situations(Situation.CSS, Situation.RSA, Situation.AAH).build();

    Exclusion exclusion = OfferRanking.exclusions(social, NO_SITUATION_IN_LYON, null, TODAY).get(0);

    assertThat(exclusion.key()).isEqualTo("offers.excluded.situation");
    assertThat(text(exclusion, Messages.FRENCH))
        .isEqualTo("Réservée aux foyers bénéficiant de : RSA, AAH, CSS");
    assertThat(text(exclusion, Messages.ENGLISH))
        .isEqualTo("Only for households receiving: RSA, AAH, CSS");
  }

  @Test
  void aQuotientFamilialAtOrUnderTheCeilingQualifiesAndOverItOrUnknownDoesNot() {
    OfferTerms capped = offer(990).quotientCeiling("800").build();

    assertThat(reasons(capped, withQuotient("800.00"), null)).isEmpty();
    assertThat(reasons(capped, withQuotient("612.50"), null)).isEmpty();
    List<Exclusion> over = OfferRanking.exclusions(capped, withQuotient("800.01"), null, TODAY);
    assertThat(over).extracting(Exclusion::reason).containsExactly(Reason.NOT_ELIGIBLE);
    assertThat(text(over.get(0), Messages.FRENCH))
        .isEqualTo(
            "Réservée aux foyers dont le quotient familial ne dépasse pas 800,00 € (celui du"
                + " foyer : 800,01 €)");
    List<Exclusion> unknown = OfferRanking.exclusions(capped, ON_RSA_IN_MONTREUIL, null, TODAY);
    assertThat(unknown.get(0).key()).isEqualTo("offers.excluded.quotient-unknown");
  }

  @Test
  void aSituationOrTheQuotientCeilingEachQualifiesAlone() {
    OfferTerms either = offer(0).situations(Situation.AAH).quotientCeiling("700").build();

    assertThat(reasons(either, withQuotient("650"), null)).isEmpty();
    assertThat(
            reasons(either, new Household(Set.of(Situation.AAH), null, "93048", "M", "93"), null))
        .isEmpty();
    Exclusion neither = OfferRanking.exclusions(either, withQuotient("950"), null, TODAY).get(0);
    assertThat(text(neither, Messages.ENGLISH))
        .isEqualTo(
            "Only for households receiving: AAH, or whose quotient familial is at most €700.00");
  }

  @Test
  void aNationalOfferCoversEveryCommune() {
    assertThat(offer(500).build().national()).isTrue();
    assertThat(reasons(offer(500).build(), NO_SITUATION_IN_LYON, null)).isEmpty();
  }

  @Test
  void aDepartementOfferCoversItsCommunesOnly() {
    OfferTerms local = offer(990).departements("93", "94").build();

    assertThat(reasons(local, ON_RSA_IN_MONTREUIL, null)).isEmpty();
    List<Exclusion> lyon = OfferRanking.exclusions(local, NO_SITUATION_IN_LYON, null, TODAY);
    assertThat(lyon).extracting(Exclusion::reason).containsExactly(Reason.NOT_COVERED);
    assertThat(text(lyon.get(0), Messages.FRENCH))
        .isEqualTo("Non disponible à Lyon (département 69)");
  }

  @Test
  void aCommuneOfferCoversThatCommuneAndNotItsNeighbours() {
    OfferTerms town = offer(990).communes("93048").build();

    assertThat(reasons(town, ON_RSA_IN_MONTREUIL, null)).isEmpty();
    assertThat(reasons(town, new Household(Set.of(), null, "93066", "Saint-Denis", "93"), null))
        .containsExactly(Reason.NOT_COVERED);
    // a commune listed beside other départements is covered too
    OfferTerms both = offer(990).departements("69").communes("93048").build();
    assertThat(reasons(both, ON_RSA_IN_MONTREUIL, null)).isEmpty();
    assertThat(reasons(both, NO_SITUATION_IN_LYON, null)).isEmpty();
  }

  @Test
  void anOfferDearerInAnyMonthThanTheBudgetIsOverBudget() {
    // 19.99 € for six months, then 29.99 €: the budget must hold the dearer months
    OfferTerms box = offer(1999).promotion(6, 2999).build();

    assertThat(reasons(box, ON_RSA_IN_MONTREUIL, 3000)).isEmpty();
    assertThat(reasons(box, ON_RSA_IN_MONTREUIL, 2999)).isEmpty();
    List<Exclusion> over = OfferRanking.exclusions(box, ON_RSA_IN_MONTREUIL, 2500, TODAY);
    assertThat(over).extracting(Exclusion::reason).containsExactly(Reason.OVER_BUDGET);
    assertThat(text(over.get(0), Messages.FRENCH))
        .isEqualTo(
            "Jusqu’à 29,99 € par mois dans les 12 prochains mois, au-delà du budget de 25,00 €");
    assertThat(reasons(box, ON_RSA_IN_MONTREUIL, null)).isEmpty();
  }

  @Test
  void aPromotionLastingTheWholeYearIsWhatTheBudgetIsComparedWith() {
    OfferTerms longPromotion = offer(990).promotion(12, 1990).build();

    assertThat(reasons(longPromotion, ON_RSA_IN_MONTREUIL, 1000)).isEmpty();
  }

  @Test
  void anOfferIsValidFromItsFirstDayToItsLastDayIncluded() {
    assertThat(reasons(offer(500).valid(TODAY, TODAY).build(), ON_RSA_IN_MONTREUIL, null))
        .isEmpty();

    List<Exclusion> later =
        OfferRanking.exclusions(
            offer(500).valid(TODAY.plusDays(1), null).build(), ON_RSA_IN_MONTREUIL, null, TODAY);
    assertThat(later).extracting(Exclusion::reason).containsExactly(Reason.NOT_VALID);
    assertThat(text(later.get(0), Messages.FRENCH)).isEqualTo("Proposée à partir du 16/03/2026");

    List<Exclusion> ended =
        OfferRanking.exclusions(
            offer(500).valid(TODAY.minusMonths(3), TODAY.minusDays(1)).build(),
            ON_RSA_IN_MONTREUIL,
            null,
            TODAY);
    assertThat(ended).extracting(Exclusion::reason).containsExactly(Reason.NOT_VALID);
    assertThat(text(ended.get(0), Messages.ENGLISH))
        .isEqualTo("No longer offered since 14/03/2026");
  }

  @Test
  void everyReasonThatAppliesIsGiven() {
    OfferTerms everything =
        offer(3000)
            .situations(Situation.AAH)
            .departements("93")
            .valid(TODAY.plusDays(10), null)
            .build();

    assertThat(reasons(everything, NO_SITUATION_IN_LYON, 1000))
        .containsExactly(
            Reason.NOT_VALID, Reason.NOT_COVERED, Reason.NOT_ELIGIBLE, Reason.OVER_BUDGET);
  }

  @Test
  void theYearlyCostCountsPromotionalMonthsAtThePromotionalPriceAndTheSetUpFee() {
    assertThat(offer(500).build().costOverHorizonCents()).isEqualTo(12 * 500);
    assertThat(offer(1999).promotion(6, 2999).build().costOverHorizonCents())
        .isEqualTo(6 * 1999 + 6 * 2999);
    assertThat(offer(990).promotion(24, 1990).build().costOverHorizonCents()).isEqualTo(12 * 990);
    assertThat(offer(1500).setupFee(4900).build().costOverHorizonCents())
        .isEqualTo(12 * 1500 + 4900);
  }

  @Test
  void offersRankByWhatTheHouseholdWouldPayOverTwelveMonthsNotByTheirFirstMonth() {
    // cheapest first month, dearest year: 9.90 € for 3 months then 24.90 € = 253.80 €
    Candidate teaser = new Candidate(1, offer(990).promotion(3, 2490).build());
    // 15 € all year = 180 €
    Candidate flat = new Candidate(2, offer(1500).build());
    // 10 € a month plus 49 € set-up fee = 169 €
    Candidate withFee = new Candidate(3, offer(1000).setupFee(4900).build());
    Candidate free = new Candidate(4, offer(0).build());

    Ranking ranking =
        OfferRanking.rank(List.of(teaser, flat, withFee, free), ON_RSA_IN_MONTREUIL, null, TODAY);

    assertThat(ranking.offers()).extracting(r -> r.offer().id()).containsExactly(4L, 3L, 2L, 1L);
    assertThat(ranking.offers())
        .extracting(OfferRanking.Ranked::costOverHorizonCents)
        .containsExactly(0L, 16_900L, 18_000L, 25_380L);
    assertThat(ranking.excluded()).isEmpty();
  }

  @Test
  void excludedOffersAreListedApartWithTheirReasons() {
    Candidate open = new Candidate(1, offer(500).build());
    Candidate forAah = new Candidate(2, offer(0).situations(Situation.AAH).build());
    Candidate elsewhere = new Candidate(3, offer(300).departements("13").build());
    Candidate dear = new Candidate(4, offer(4000).build());

    Ranking ranking =
        OfferRanking.rank(List.of(open, forAah, elsewhere, dear), ON_RSA_IN_MONTREUIL, 2000, TODAY);

    assertThat(ranking.offers()).extracting(r -> r.offer().id()).containsExactly(1L);
    assertThat(ranking.excluded())
        .extracting(e -> e.offer().id(), e -> e.exclusions().get(0).reason())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, Reason.NOT_COVERED),
            org.assertj.core.groups.Tuple.tuple(2L, Reason.NOT_ELIGIBLE),
            org.assertj.core.groups.Tuple.tuple(4L, Reason.OVER_BUDGET));
  }

  @Test
  void termsThatDoNotFitTogetherAreRefusedFieldByField() {
    assertThatThrownBy(() -> offer(1999).promotion(6, null).build())
        .isInstanceOf(OfferInvalid.class)
        .satisfies(
            e ->
                assertThat(((OfferInvalid) e).fieldKeys())
                    .extracting(k -> k.field())
                    .containsExactly("priceAfterPromotionCents"));
    assertThatThrownBy(() -> offer(1999).promotion(0, 2999).build())
        .isInstanceOf(OfferInvalid.class);
    assertThatThrownBy(() -> offer(500).valid(TODAY, TODAY.minusDays(1)).build())
        .isInstanceOf(OfferInvalid.class)
        .satisfies(
            e ->
                assertThat(((OfferInvalid) e).fieldKeys())
                    .extracting(k -> k.field())
                    .containsExactly("validTo"));
    assertThatThrownBy(() -> offer(500).quotientCeiling("0").build())
        .isInstanceOf(OfferInvalid.class);
  }

  static Household withQuotient(String quotient) {
    return new Household(Set.of(), new BigDecimal(quotient), "93048", "Montreuil", "93");
  }

  static String text(Exclusion exclusion, java.util.Locale locale) {
    return Messages.text(locale, exclusion.key(), exclusion.args().toArray());
  }
}
