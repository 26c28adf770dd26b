package fr.packnum.matching.control;

/**
 * The hard constraints on raw records, as the independent solvers of the tests read them (the
 * engine itself works on profiles; the tests check both agree).
 */
public final class Compatible {

  private Compatible() {}

  public static boolean pair(QueuedRequest request, ShelfDevice device) {
    return device.available() && Requirement.allSatisfied(request, device);
  }
}
