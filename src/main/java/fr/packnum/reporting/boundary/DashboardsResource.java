package fr.packnum.reporting.boundary;

import fr.packnum.accounts.boundary.CurrentUser;
import fr.packnum.accounts.entity.AuthenticatedUser;
import fr.packnum.accounts.entity.Role;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.reporting.control.BudgetUse;
import fr.packnum.reporting.control.ConventionStore;
import fr.packnum.reporting.control.CoordinationFigures;
import fr.packnum.reporting.control.DashboardData;
import fr.packnum.reporting.control.DashboardPeriodInvalid;
import fr.packnum.reporting.control.StatementData;
import fr.packnum.reporting.control.Statements;
import fr.packnum.reporting.entity.Convention;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The figures the dashboards draw: the coordination's view of the whole programme, and a
 * convention's figures and budget used so far for its partner (its own conventions only: another
 * partner's is "not found") and the coordination. Counts only: nothing personal.
 */
@Path("dashboards")
@ApplicationScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class DashboardsResource {

  private static final String DAY = "\\d{4}-\\d{2}-\\d{2}";

  @Inject DashboardData dashboards;
  @Inject ConventionStore conventions;
  @Inject Statements statements;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  /**
   * The coordination's figures; those of a period from {@code from} to {@code to} ({@code
   * yyyy-MM-dd}, both included), by default the last 12 months up to today.
   */
  @GET
  @Path("coordination")
  @RolesAllowed("COORDINATOR")
  public CoordinationFigures coordination(
      @QueryParam("from") @Pattern(regexp = DAY, message = "reporting.day") String from,
      @QueryParam("to") @Pattern(regexp = DAY, message = "reporting.day") String to) {
    Instant now = clock.instant();
    LocalDate end = to == null ? FrenchCalendar.dayOf(now) : day("to", to);
    LocalDate start = from == null ? DashboardData.defaultFrom(end) : day("from", from);
    if (end.isBefore(start)) {
      throw new DashboardPeriodInvalid("to", "backwards");
    }
    if (ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(end))
        >= DashboardData.MAX_MONTHS) {
      throw new DashboardPeriodInvalid("to", "tooLong");
    }
    return dashboards.coordination(now, start, end);
  }

  private static LocalDate day(String field, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException impossible) {
      throw new DashboardPeriodInvalid(field, "impossible");
    }
  }

  /** The convention's period so far: from its start to today, or to its end once over. */
  @GET
  @Path("partner")
  @RolesAllowed({"COORDINATOR", "PARTNER"})
  public PartnerDashboard partner(@QueryParam("conventionId") @NotNull Long conventionId) {
    Convention convention = conventions.get(conventionId, scope());
    LocalDate today = FrenchCalendar.today(clock);
    if (today.isBefore(convention.startsOn())) {
      return PartnerDashboard.notStarted(convention);
    }
    LocalDate to = today.isAfter(convention.endsOn()) ? convention.endsOn() : today;
    StatementData.Totals totals = statements.totals(convention, convention.startsOn(), to);
    BudgetUse budget =
        BudgetUse.of(
            convention.unitPricesCents(),
            totals.quantities(),
            convention.vatMode(),
            convention.budgetCapCents().orElse(null));
    return PartnerDashboard.of(convention, to, totals, budget);
  }

  private ConventionStore.Scope scope() {
    AuthenticatedUser caller = currentUser.require();
    return caller.role() == Role.PARTNER
        ? new ConventionStore.Scope(caller.structureId())
        : ConventionStore.Scope.ALL;
  }
}
