package fr.packnum.households.entity;

/** How the household reaches the internet today. */
public enum Connectivity {
  NONE,
  MOBILE_ONLY,
  /** Through a neighbour, relative or public place. */
  SHARED,
  HOME_INTERNET;

  /** Whether a low-cost internet offer should be proposed with the pack. */
  public boolean needsAnOffer() {
    return this != HOME_INTERNET;
  }
}
