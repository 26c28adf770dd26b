package fr.packnum.matching.entity;

/** What follows a return for the household's request. */
public enum ReturnOutcome {
  /** A replacement, reserved for the same request in the same step, handed over next. */
  SWAP,
  /** No replacement on the shelf now: the request waits in the queue again, its place kept. */
  REQUEUE,
  /** The household needs no device any more: the request is closed. */
  CLOSE;

  /** Whether the household still needs a device. */
  public boolean wantsAnother() {
    return this != CLOSE;
  }
}
