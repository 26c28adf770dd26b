package fr.packnum.households.entity;

/** What the eligibility rules answer for a household. */
public enum EligibilityOutcome {
  ELIGIBLE,
  /** A coordinator must look: a close call, an undated proof, a situation the rules leave open. */
  NEEDS_REVIEW,
  NOT_ELIGIBLE
}
