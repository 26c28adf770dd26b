package fr.packnum.reporting.control;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/** A period's day that is no day (2026-02-30), or a period ending before it starts (400). */
public class ImpactPeriodInvalid extends ProblemException {

  public ImpactPeriodInvalid(String field) {
    super(400, "impact-period-invalid", List.of(new FieldKey(field, "impact.period." + field)));
  }
}
