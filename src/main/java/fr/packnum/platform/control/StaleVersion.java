package fr.packnum.platform.control;

/** The record changed since the caller read it: reload and try again (optimistic locking). */
public class StaleVersion extends ProblemException {

  public StaleVersion() {
    super(409, "stale-version");
  }

  /** Refuses an update made from a version other than the current one. */
  public static void check(long current, long presented) {
    if (current != presented) {
      throw new StaleVersion();
    }
  }
}
