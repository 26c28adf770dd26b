package fr.packnum.households.control;

import fr.packnum.households.entity.EligibilityOutcome;
import fr.packnum.households.entity.Situation;
import fr.packnum.platform.control.ProblemException.FieldKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a household can receive a pack, by a versioned rule set. The default: any current proof
 * of a minimum social benefit (RSA, AAH, ASS, ASPA, CSS, ADA, CEJ), or a quotient familial or a
 * "reste à vivre" (what is left per person per day once fixed costs are paid) under its threshold.
 * A proof older than the accepted age, or dated in the future, does not count. Close calls (within
 * the review margin above a threshold) and situations the rules do not decide (student grant,
 * other) go to a coordinator: NEEDS_REVIEW. Every decision carries its reasons, as message keys,
 * and the version of the rules that made it.
 */
public final class EligibilityRules {

  /** One version of the rules, as a coordinator edits them. */
  public record RuleSet(
      int version,
      Set<Situation> qualifyingSituations,
      Period maxProofAge,
      BigDecimal quotientFamilialThreshold,
      BigDecimal resteAVivreThreshold,
      BigDecimal reviewMarginPercent) {

    public RuleSet {
      Objects.requireNonNull(maxProofAge);
      qualifyingSituations =
          qualifyingSituations.isEmpty()
              ? EnumSet.noneOf(Situation.class)
              : EnumSet.copyOf(qualifyingSituations);
      if (version < 1 || maxProofAge.isNegative() || reviewMarginPercent.signum() < 0) {
        throw new IllegalArgumentException("Invalid rule set");
      }
    }

    /**
     * The French default: minimum benefits, proofs under 12 months, QF < 800 €, reste à vivre < 12
     * €/day.
     */
    public static RuleSet defaults() {
      return new RuleSet(
          1,
          EnumSet.of(
              Situation.RSA,
              Situation.AAH,
              Situation.ASS,
              Situation.ASPA,
              Situation.CSS,
              Situation.ADA,
              Situation.CEJ),
          Period.ofMonths(12),
          new BigDecimal("800"),
          new BigDecimal("12"),
          new BigDecimal("10"));
    }
  }

  /** A situation and the date of the document proving it. */
  public record Proof(Situation situation, String proofType, LocalDate proofDate) {}

  /**
   * What the rules look at: proofs, and the optional quotient familial and reste à vivre (with
   * their proof dates).
   */
  public record Facts(
      List<Proof> proofs,
      BigDecimal quotientFamilial,
      LocalDate quotientFamilialDate,
      BigDecimal resteAVivre,
      LocalDate resteAVivreDate) {

    public Facts {
      proofs = List.copyOf(proofs);
    }
  }

  public record Decision(EligibilityOutcome outcome, List<FieldKey> reasons, int ruleSetVersion) {}

  /** Dates in reasons, as French paperwork writes them. */
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private EligibilityRules() {}

  public static Decision decide(RuleSet rules, Facts facts, LocalDate today) {
    List<FieldKey> eligible = new ArrayList<>();
    List<FieldKey> review = new ArrayList<>();
    List<FieldKey> refused = new ArrayList<>();
    LocalDate oldestAccepted = today.minus(rules.maxProofAge());
    for (Proof proof : facts.proofs()) {
      String situation = proof.situation().name();
      if (proof.proofDate() == null) {
        review.add(new FieldKey("situations", "eligibility.proof.undated", situation));
      } else if (proof.proofDate().isAfter(today)) {
        refused.add(
            new FieldKey(
                "situations",
                "eligibility.proof.future",
                situation,
                DATE.format(proof.proofDate())));
      } else if (proof.proofDate().isBefore(oldestAccepted)) {
        refused.add(
            new FieldKey(
                "situations",
                "eligibility.proof.stale",
                situation,
                DATE.format(proof.proofDate()),
                rules.maxProofAge().toTotalMonths()));
      } else if (rules.qualifyingSituations().contains(proof.situation())) {
        eligible.add(
            new FieldKey(
                "situations",
                "eligibility.proof.current",
                situation,
                DATE.format(proof.proofDate())));
      } else {
        review.add(new FieldKey("situations", "eligibility.situation.review", situation));
      }
    }
    threshold(
        "quotientFamilial",
        facts.quotientFamilial(),
        facts.quotientFamilialDate(),
        rules.quotientFamilialThreshold(),
        rules,
        today,
        eligible,
        review,
        refused);
    threshold(
        "resteAVivre",
        facts.resteAVivre(),
        facts.resteAVivreDate(),
        rules.resteAVivreThreshold(),
        rules,
        today,
        eligible,
        review,
        refused);
    if (!eligible.isEmpty()) {
      return new Decision(EligibilityOutcome.ELIGIBLE, eligible, rules.version());
    }
    if (!review.isEmpty()) {
      return new Decision(
          EligibilityOutcome.NEEDS_REVIEW, concat(review, refused), rules.version());
    }
    if (refused.isEmpty()) {
      refused.add(new FieldKey("situations", "eligibility.nothing"));
    }
    return new Decision(EligibilityOutcome.NOT_ELIGIBLE, refused, rules.version());
  }

  private static void threshold(
      String field,
      BigDecimal amount,
      LocalDate date,
      BigDecimal limit,
      RuleSet rules,
      LocalDate today,
      List<FieldKey> eligible,
      List<FieldKey> review,
      List<FieldKey> refused) {
    if (amount == null || limit == null) {
      return;
    }
    if (date == null || date.isAfter(today) || date.isBefore(today.minus(rules.maxProofAge()))) {
      refused.add(
          new FieldKey(
              field,
              "eligibility." + field + ".unproven",
              amount,
              rules.maxProofAge().toTotalMonths()));
      return;
    }
    BigDecimal margin =
        limit.multiply(BigDecimal.ONE.add(rules.reviewMarginPercent().movePointLeft(2)));
    if (amount.compareTo(limit) < 0) {
      eligible.add(new FieldKey(field, "eligibility." + field + ".under", amount, limit));
    } else if (amount.compareTo(margin) < 0) {
      review.add(new FieldKey(field, "eligibility." + field + ".borderline", amount, limit));
    } else {
      refused.add(new FieldKey(field, "eligibility." + field + ".over", amount, limit));
    }
  }

  private static List<FieldKey> concat(List<FieldKey> first, List<FieldKey> second) {
    List<FieldKey> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
