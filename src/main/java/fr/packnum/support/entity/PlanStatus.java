package fr.packnum.support.entity;

/** A support plan is OPEN from the hand-over until its last follow-up, then CLOSED. */
public enum PlanStatus {
  OPEN,
  CLOSED
}
