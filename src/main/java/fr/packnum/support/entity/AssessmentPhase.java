package fr.packnum.support.entity;

/** The self-assessment at the start (the hand-over session) and at the end (the last call). */
public enum AssessmentPhase {
  START,
  END
}
