package fr.packnum.support.entity;

import fr.packnum.platform.entity.Notes;

/**
 * What a follow-up call told: whether the household answered and, if it did, whether the device
 * works, the line is still connected, the household uses the device, and needs help (then a session
 * is booked). The answers mean nothing when the household was not reached.
 */
public record CallReport(
    boolean reached,
    boolean deviceWorks,
    boolean stillConnected,
    boolean usingIt,
    boolean needsHelp,
    String notes) {

  public CallReport {
    notes = Notes.normalise(notes);
  }

  public static CallReport notReached(String notes) {
    return new CallReport(false, false, false, false, false, notes);
  }
}
