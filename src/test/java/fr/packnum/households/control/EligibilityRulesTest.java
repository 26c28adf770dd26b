package fr.packnum.households.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.households.control.EligibilityRules.Decision;
import fr.packnum.households.control.EligibilityRules.Facts;
import fr.packnum.households.control.EligibilityRules.Proof;
import fr.packnum.households.control.EligibilityRules.RuleSet;
import fr.packnum.households.entity.EligibilityOutcome;
import fr.packnum.households.entity.Situation;
import fr.packnum.platform.control.Messages;
import fr.packnum.platform.control.ProblemException.FieldKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EligibilityRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final RuleSet DEFAULTS = RuleSet.defaults();

  private static Facts proofs(Proof... proofs) {
    return new Facts(List.of(proofs), null, null, null, null);
  }

  private static Facts quotient(String amount, LocalDate proven) {
    return new Facts(List.of(), new BigDecimal(amount), proven, null, null);
  }

  private static Facts resteAVivre(String amount, LocalDate proven) {
    return new Facts(List.of(), null, null, new BigDecimal(amount), proven);
  }

  private static List<String> keys(Decision decision) {
    return decision.reasons().stream().map(FieldKey::key).toList();
  }

  @ParameterizedTest
  @EnumSource(
      value = Situation.class,
      names = {"RSA", "AAH", "ASS", "ASPA", "CSS", "ADA", "CEJ"})
  void aCurrentProofOfAMinimumBenefitMakesTheHouseholdEligible(Situation situation) {
    Decision decision =
        EligibilityRules.decide(
            DEFAULTS, proofs(new Proof(situation, "attestation CAF", TODAY.minusMonths(2))), TODAY);
    assertThat(decision.outcome()).isEqualTo(EligibilityOutcome.ELIGIBLE);
    assertThat(keys(decision)).containsExactly("eligibility.proof.current");
    assertThat(decision.ruleSetVersion()).isEqualTo(1);
  }

  @Test
  void aProofOlderThanTwelveMonthsDoesNotCount() {
    Decision decision =
        EligibilityRules.decide(
            DEFAULTS,
            proofs(new Proof(Situation.RSA, "attestation CAF", TODAY.minusMonths(12).minusDays(1))),
            TODAY);
    assertThat(decision.outcome()).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
    assertThat(keys(decision)).containsExactly("eligibility.proof.stale");
  }

  @Test
  void aProofOfExactlyTwelveMonthsStillCounts() {
    assertThat(
            EligibilityRules.decide(
                    DEFAULTS,
                    proofs(new Proof(Situation.AAH, "notification MDPH", TODAY.minusMonths(12))),
                    TODAY)
                .outcome())
        .isEqualTo(EligibilityOutcome.ELIGIBLE);
  }

  @Test
  void aProofDatedInTheFutureDoesNotCount() {
    Decision decision =
        EligibilityRules.decide(
            DEFAULTS, proofs(new Proof(Situation.CSS, "attestation", TODAY.plusDays(1))), TODAY);
    assertThat(decision.outcome()).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
    assertThat(keys(decision)).containsExactly("eligibility.proof.future");
  }

  @Test
  void oneCurrentProofIsEnoughBesideAStaleOne() {
    Decision decision =
        EligibilityRules.decide(
            DEFAULTS,
            proofs(
                new Proof(Situation.RSA, "attestation CAF", TODAY.minusYears(3)),
                new Proof(Situation.CEJ, "contrat", TODAY.minusMonths(1))),
            TODAY);
    assertThat(decision.outcome()).isEqualTo(EligibilityOutcome.ELIGIBLE);
  }

  @Test
  void aQuotientFamilialUnderTheThresholdIsEligible() {
    Decision decision =
        EligibilityRules.decide(DEFAULTS, quotient("799", TODAY.minusMonths(3)), TODAY);
    assertThat(decision.outcome()).isEqualTo(EligibilityOutcome.ELIGIBLE);
    assertThat(keys(decision)).containsExactly("eligibility.quotientFamilial.under");
  }

  @Test
  void aQuotientFamilialJustAboveTheThresholdNeedsReview() {
    assertThat(
            EligibilityRules.decide(DEFAULTS, quotient("800", TODAY.minusMonths(3)), TODAY)
                .outcome())
        .isEqualTo(EligibilityOutcome.NEEDS_REVIEW);
    assertThat(
            EligibilityRules.decide(DEFAULTS, quotient("879.99", TODAY.minusMonths(3)), TODAY)
                .outcome())
        .isEqualTo(EligibilityOutcome.NEEDS_REVIEW);
  }

  @Test
  void aQuotientFamilialWellAboveTheThresholdIsNotEligible() {
    Decision decision =
        EligibilityRules.decide(DEFAULTS, quotient("880", TODAY.minusMonths(3)), TODAY);
    assertThat(decision.outcome()).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
    assertThat(keys(decision)).containsExactly("eligibility.quotientFamilial.over");
  }

  @Test
  void aQuotientFamilialWithoutACurrentProofDoesNotCount() {
    assertThat(keys(EligibilityRules.decide(DEFAULTS, quotient("400", null), TODAY)))
        .containsExactly("eligibility.quotientFamilial.unproven");
    assertThat(
            EligibilityRules.decide(DEFAULTS, quotient("400", TODAY.minusMonths(13)), TODAY)
                .outcome())
        .isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
  }

  @Test
  void theResteAVivreFollowsTheSameRules() {
    assertThat(EligibilityRules.decide(DEFAULTS, resteAVivre("8.50", TODAY), TODAY).outcome())
        .isEqualTo(EligibilityOutcome.ELIGIBLE);
    assertThat(EligibilityRules.decide(DEFAULTS, resteAVivre("12.50", TODAY), TODAY).outcome())
        .isEqualTo(EligibilityOutcome.NEEDS_REVIEW);
    assertThat(EligibilityRules.decide(DEFAULTS, resteAVivre("20", TODAY), TODAY).outcome())
        .isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
  }

  @Test
  void situationsTheRulesDoNotDecideGoToACoordinator() {
    Decision decision =
        EligibilityRules.decide(
            DEFAULTS,
            proofs(new Proof(Situation.STUDENT_GRANT, "notification CROUS", TODAY.minusMonths(1))),
            TODAY);
    assertThat(decision.outcome()).isEqualTo(EligibilityOutcome.NEEDS_REVIEW);
    assertThat(keys(decision)).containsExactly("eligibility.situation.review");
  }

  @Test
  void anUndatedProofGoesToACoordinator() {
    assertThat(
            EligibilityRules.decide(
                    DEFAULTS, proofs(new Proof(Situation.RSA, "attestation", null)), TODAY)
                .outcome())
        .isEqualTo(EligibilityOutcome.NEEDS_REVIEW);
  }

  @Test
  void nothingAtAllIsNotEligibleAndSaysWhy() {
    Decision decision = EligibilityRules.decide(DEFAULTS, proofs(), TODAY);
    assertThat(decision.outcome()).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
    assertThat(keys(decision)).containsExactly("eligibility.nothing");
  }

  @Test
  void aStricterRuleSetChangesTheDecisionAndIsRemembered() {
    RuleSet stricter =
        new RuleSet(
            2,
            EnumSet.of(Situation.RSA),
            Period.ofMonths(6),
            new BigDecimal("600"),
            null,
            BigDecimal.ZERO);
    Facts facts = proofs(new Proof(Situation.RSA, "attestation CAF", TODAY.minusMonths(8)));
    assertThat(EligibilityRules.decide(DEFAULTS, facts, TODAY).outcome())
        .isEqualTo(EligibilityOutcome.ELIGIBLE);
    Decision decision = EligibilityRules.decide(stricter, facts, TODAY);
    assertThat(decision.outcome()).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
    assertThat(decision.ruleSetVersion()).isEqualTo(2);
    assertThat(
            EligibilityRules.decide(stricter, proofs(new Proof(Situation.AAH, "x", TODAY)), TODAY)
                .outcome())
        .isEqualTo(EligibilityOutcome.NEEDS_REVIEW);
  }

  @Test
  void reasonsReadInPlainFrenchAndEnglish() {
    Decision decision =
        EligibilityRules.decide(
            DEFAULTS,
            proofs(new Proof(Situation.RSA, "attestation CAF", LocalDate.of(2025, 10, 1))),
            TODAY);
    FieldKey reason = decision.reasons().get(0);
    assertThat(Messages.text(Messages.FRENCH, reason.key(), reason.args().toArray()))
        .isEqualTo("Le justificatif RSA du 01/10/2025 a plus de 12 mois : il ne compte pas.");
    assertThat(Messages.text(Messages.ENGLISH, reason.key(), reason.args().toArray()))
        .isEqualTo("The RSA proof dated 01/10/2025 is more than 12 months old: it does not count.");
    FieldKey quotient =
        EligibilityRules.decide(DEFAULTS, quotient("750", TODAY), TODAY).reasons().get(0);
    assertThat(Messages.text(Messages.FRENCH, quotient.key(), quotient.args().toArray()))
        .isEqualTo("Quotient familial de 750 €, sous le seuil de 800 €.");
  }
}
