package fr.packnum.households.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityRuleSetTest {

  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  private static EligibilityRuleSet rules(int version, int proofAge, int repeat) {
    return new EligibilityRuleSet(
        version,
        EnumSet.of(Situation.values()[0], Situation.values()[1]),
        proofAge,
        new BigDecimal("900"),
        null,
        new BigDecimal("10.00"),
        repeat,
        "coordinatrice",
        NOW);
  }

  @Test
  void keeps_every_rule_it_was_given() {
    EligibilityRuleSet rules = rules(3, 6, 24);

    assertThat(rules.version()).isEqualTo(3);
    assertThat(rules.qualifyingSituations())
        .isEqualTo(Set.of(Situation.values()[0], Situation.values()[1]));
    assertThat(rules.maxProofAgeMonths()).isEqualTo(6);
    assertThat(rules.quotientFamilialThreshold()).contains(new BigDecimal("900"));
    assertThat(rules.resteAVivreThreshold()).isEmpty();
    assertThat(rules.reviewMarginPercent()).isEqualByComparingTo("10");
    assertThat(rules.repeatPeriodMonths()).isEqualTo(24);
    assertThat(rules.repeatPeriod()).isEqualTo(Period.ofMonths(24));
    assertThat(rules.createdBy()).isEqualTo("coordinatrice");
    assertThat(rules.createdAt()).isEqualTo(NOW);
  }

  @Test
  void the_smallest_valid_rule_set_is_version_one_proofs_of_one_month_and_no_repeat_period() {
    EligibilityRuleSet rules = rules(1, 1, 0);

    assertThat(rules.version()).isEqualTo(1);
    assertThat(rules.maxProofAgeMonths()).isEqualTo(1);
    assertThat(rules.repeatPeriod()).isEqualTo(Period.ZERO);
  }

  @Test
  void refuses_a_version_below_one_proofs_younger_than_a_month_or_a_negative_period() {
    assertThatThrownBy(() -> rules(0, 6, 24))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid rule set");
    assertThatThrownBy(() -> rules(1, 0, 24))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid rule set");
    assertThatThrownBy(() -> rules(1, 6, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid rule set");
  }

  @Test
  void refuses_a_missing_margin_author_or_instant() {
    Set<Situation> none = EnumSet.noneOf(Situation.class);
    assertThatThrownBy(() -> new EligibilityRuleSet(1, none, 6, null, null, null, 24, "c", NOW))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () -> new EligibilityRuleSet(1, none, 6, null, null, BigDecimal.TEN, 24, null, NOW))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () -> new EligibilityRuleSet(1, none, 6, null, null, BigDecimal.TEN, 24, "c", null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void no_qualifying_situation_reads_back_as_an_empty_set() {
    EligibilityRuleSet rules =
        new EligibilityRuleSet(
            2,
            EnumSet.noneOf(Situation.class),
            6,
            null,
            BigDecimal.ONE,
            BigDecimal.TEN,
            12,
            "c",
            NOW);

    assertThat(rules.qualifyingSituations()).isEmpty();
    assertThat(rules.quotientFamilialThreshold()).isEmpty();
    assertThat(rules.resteAVivreThreshold()).contains(BigDecimal.ONE);
  }
}
