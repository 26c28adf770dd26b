package fr.packnum.households.control;

import fr.packnum.households.control.EligibilityRules.Decision;
import fr.packnum.households.control.EligibilityRules.Facts;
import fr.packnum.households.control.EligibilityRules.Proof;
import fr.packnum.households.control.EligibilityRules.RuleSet;
import fr.packnum.households.entity.Assessment;
import fr.packnum.households.entity.EligibilityOutcome;
import fr.packnum.households.entity.EligibilityRuleSet;
import fr.packnum.households.entity.Household;
import fr.packnum.households.entity.PackRequest;
import fr.packnum.platform.control.ProblemException.FieldKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies the rules in force to a household, and adds what the rules alone cannot know: whether the
 * same household (by identity hash, whichever structure referred it) was granted a pack within the
 * repeat period. Such a request goes to review, saying when — never where nor by whom.
 */
@ApplicationScoped
public class Eligibility {

  @Inject RuleSetStore ruleSets;
  @Inject PackRequestStore requests;

  public Decision preview(Household household, LocalDate today) {
    return EligibilityRules.decide(rules(ruleSets.current()), facts(household), today);
  }

  public Assessment assess(PackRequest request, LocalDate today) {
    EligibilityRuleSet stored = ruleSets.current();
    Household household = request.household();
    Decision decision = EligibilityRules.decide(rules(stored), facts(household), today);
    Optional<LocalDate> previous =
        household
            .identityHash()
            .flatMap(
                hash -> requests.grantedSince(hash, today.minus(stored.repeatPeriod()), request));
    if (previous.isEmpty()) {
      return new Assessment(
          decision.outcome(), decision.reasons(), decision.ruleSetVersion(), null);
    }
    List<FieldKey> reasons = new ArrayList<>();
    reasons.add(
        new FieldKey(
            null,
            "eligibility.already-equipped",
            EligibilityRules.DATE.format(previous.get()),
            stored.repeatPeriodMonths()));
    reasons.addAll(decision.reasons());
    EligibilityOutcome outcome =
        decision.outcome() == EligibilityOutcome.ELIGIBLE
            ? EligibilityOutcome.NEEDS_REVIEW
            : decision.outcome();
    return new Assessment(outcome, reasons, decision.ruleSetVersion(), previous.get());
  }

  public static RuleSet rules(EligibilityRuleSet stored) {
    return new RuleSet(
        stored.version(),
        stored.qualifyingSituations(),
        Period.ofMonths(stored.maxProofAgeMonths()),
        stored.quotientFamilialThreshold().orElse(null),
        stored.resteAVivreThreshold().orElse(null),
        stored.reviewMarginPercent());
  }

  static Facts facts(Household household) {
    Household.Profile profile = household.profile();
    return new Facts(
        profile.situations().stream()
            .map(s -> new Proof(s.situation(), s.proofType(), s.proofDate()))
            .toList(),
        profile.quotientFamilial() == null ? null : profile.quotientFamilial().value(),
        profile.quotientFamilial() == null ? null : profile.quotientFamilial().provenOn(),
        profile.resteAVivre() == null ? null : profile.resteAVivre().value(),
        profile.resteAVivre() == null ? null : profile.resteAVivre().provenOn());
  }
}
