package fr.packnum.households.entity;

/** What happened to a pack request. */
public enum RequestEventKind {
  CREATED,
  EDITED,
  SUBMITTED,
  DECIDED,
  OVERRIDDEN,
  CANCELLED,
  ANONYMISED
}
