package fr.packnum.support.entity;

/**
 * How a follow-up ended, the figure funders ask for: "still connected and using it" at the last
 * milestone (M+6 by default), using it without a connection, not using it, never reached at the
 * last milestone, or the device brought back.
 */
public enum PlanOutcome {
  STILL_CONNECTED_AND_USING,
  USING_WITHOUT_CONNECTION,
  NOT_USING,
  UNREACHABLE,
  DEVICE_RETURNED;

  /** The outcome a reached last call tells. */
  static PlanOutcome of(CallReport report) {
    if (!report.usingIt()) {
      return NOT_USING;
    }
    return report.stillConnected() ? STILL_CONNECTED_AND_USING : USING_WITHOUT_CONNECTION;
  }
}
