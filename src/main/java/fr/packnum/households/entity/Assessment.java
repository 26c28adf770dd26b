package fr.packnum.households.entity;

import fr.packnum.platform.control.ProblemException.FieldKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the rules said when a request was submitted: the outcome, why, with which version of the
 * rules, and whether the same household was already granted a pack (the date only).
 */
public record Assessment(
    EligibilityOutcome outcome,
    List<FieldKey> reasons,
    int ruleSetVersion,
    LocalDate previousPackOn) {

  public Assessment {
    Objects.requireNonNull(outcome);
    reasons = List.copyOf(reasons);
  }
}
