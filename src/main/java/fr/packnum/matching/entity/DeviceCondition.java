package fr.packnum.matching.entity;

/** The state a returned device came back in, as seen at the counter. */
public enum DeviceCondition {
  /** As it was handed over. */
  GOOD,
  /** Marks of use: scratches, worn keys. */
  WORN,
  /** Broken parts: a cracked screen, a missing key, liquid. */
  DAMAGED
}
