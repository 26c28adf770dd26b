package fr.packnum.households.entity;

/**
 * A household's social situation, each proven by a document with a date. The first seven are the
 * minimum social benefits that open the pack by default.
 */
public enum Situation {
  /** Revenu de solidarité active. */
  RSA(true),
  /** Allocation aux adultes handicapés. */
  AAH(true),
  /** Allocation de solidarité spécifique (long-term unemployed). */
  ASS(true),
  /** Allocation de solidarité aux personnes âgées (minimum vieillesse). */
  ASPA(true),
  /** Complémentaire santé solidaire. */
  CSS(true),
  /** Allocation pour demandeur d'asile. */
  ADA(true),
  /** Contrat d'engagement jeune. */
  CEJ(true),
  /** Bourse sur critères sociaux (student grant). */
  STUDENT_GRANT(false),
  OTHER(false);

  private final boolean minimumBenefit;

  Situation(boolean minimumBenefit) {
    this.minimumBenefit = minimumBenefit;
  }

  /** Whether the default rules count a current proof of this situation as eligibility. */
  public boolean minimumBenefit() {
    return minimumBenefit;
  }
}
