package fr.packnum.reporting.boundary;

import fr.packnum.accounts.boundary.CurrentUser;
import fr.packnum.accounts.entity.AuthenticatedUser;
import fr.packnum.accounts.entity.Role;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.reporting.control.BudgetUse;
import fr.packnum.reporting.control.ConventionStore;
import fr.packnum.reporting.control.CoordinationFigures;
import fr.packnum.reporting.control.DashboardData;
import fr.packnum.reporting.control.StatementData;
import fr.packnum.reporting.control.Statements;
import fr.packnum.reporting.entity.Convention;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The figures the dashboards draw: the coordination's view of the whole programme, and a
 * convention's figures and budget used so far for its partner (its own conventions only: another
 * partner's is "not found") and the coordination. Counts only: nothing personal.
 */
@Path("dashboards")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class DashboardsResource {

  @Inject DashboardData dashboards;
  @Inject ConventionStore conventions;
  @Inject Statements statements;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  @GET
  @Path("coordination")
  @RolesAllowed("COORDINATOR")
  public CoordinationFigures coordination() {
    return dashboards.coordination(clock.instant());
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
