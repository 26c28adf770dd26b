package fr.packnum.reporting.entity;

/** A convention's territory: a commune (INSEE code) or a whole département. */
public enum TerritoryKind {
  COMMUNE,
  DEPARTEMENT
}
