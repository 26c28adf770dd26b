package fr.packnum.reporting.control;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/**
 * A dashboard period with a day that is no day (2026-02-30), ending before it starts, or longer
 * than {@link DashboardData#MAX_MONTHS} months (400).
 */
public class DashboardPeriodInvalid extends ProblemException {

  public DashboardPeriodInvalid(String field, String reason) {
    super(
        400,
        "dashboard-period-invalid",
        List.of(new FieldKey(field, "dashboard.period." + reason, DashboardData.MAX_MONTHS)),
        DashboardData.MAX_MONTHS);
  }
}
