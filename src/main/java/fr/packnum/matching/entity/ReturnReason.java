package fr.packnum.matching.entity;

/** Why a household brought its device back, and how the histories (in French) say it. */
public enum ReturnReason {
  /** It broke down or does not work as it should. */
  FAULTY("en panne"),
  /** It does not suit the household (too heavy, screen too small, wrong kind of device). */
  UNSUITABLE("ne convient pas"),
  /** The household no longer needs it (moved, equipped otherwise). */
  NO_LONGER_NEEDED("plus utile au foyer"),
  OTHER("autre raison");

  private final String historyWording;

  ReturnReason(String historyWording) {
    this.historyWording = historyWording;
  }

  public String historyWording() {
    return historyWording;
  }
}
