package fr.packnum.support.entity;

/**
 * A follow-up call attempt: DUE until logged, then REACHED or NOT_REACHED; CANCELLED if the plan
 * closed before it (the device brought back).
 */
public enum CallStatus {
  DUE,
  REACHED,
  NOT_REACHED,
  CANCELLED
}
