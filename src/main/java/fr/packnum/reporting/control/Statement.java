package fr.packnum.reporting.control;

import java.util.List;
import java.util.Objects;

/**
 * Everything of a partner statement but its pack rows, which are streamed: small enough to hold in
 * memory whatever the number of packs.
 */
public record Statement(
    StatementHeader header,
    StatementFigures figures,
    List<DeviceLine> devices,
    SupportFigures support,
    List<BillingLine> billing,
    StatementImpact impact) {

  public Statement {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(support, "support");
    Objects.requireNonNull(impact, "impact");
    devices = List.copyOf(devices);
    billing = List.copyOf(billing);
  }
}
