package fr.packnum.workshop.entity;

/** Where a part fitted during repair comes from. */
public enum PartSource {
  NEW,
  HARVESTED
}
