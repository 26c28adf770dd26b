package fr.packnum.reporting.boundary;

import fr.packnum.accounts.boundary.CurrentUser;
import fr.packnum.accounts.entity.AuthenticatedUser;
import fr.packnum.accounts.entity.Role;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.control.Messages;
import fr.packnum.reporting.control.ConventionStore;
import fr.packnum.reporting.control.ImpactCalculator;
import fr.packnum.reporting.control.ImpactConventionRequired;
import fr.packnum.reporting.control.ImpactPeriodInvalid;
import fr.packnum.reporting.control.Impacts;
import fr.packnum.reporting.entity.Convention;
import fr.packnum.territory.boundary.Territory;
import fr.packnum.workshop.entity.DeviceType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The impact report of a period: devices reused, kg kept out of waste and CO2e avoided, in total,
 * per département and per device type, with the factors used and the method in words. The
 * coordination reads every pack, or a convention's; a partner only one of its conventions', and
 * then only the packs that convention covers.
 */
@Path("impact")
@ApplicationScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class ImpactResource {

  private static final String DAY = "\\d{4}-\\d{2}-\\d{2}";

  @Inject Impacts impacts;
  @Inject ConventionStore conventions;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;
  @Context HttpHeaders headers;

  public record Figures(long reused, BigDecimal kgKeptOutOfWaste, BigDecimal kgCo2eAvoided) {
    static Figures of(ImpactCalculator.Figures f) {
      return new Figures(f.reused(), f.kgKeptOutOfWaste(), f.kgCo2eAvoided());
    }
  }

  public record DepartementView(String code, String name, Figures figures) {}

  public record DeviceTypeView(
      DeviceType deviceType, Figures figures, Long scrapped, BigDecimal scrappedKg) {}

  /** The report; {@code scrapped…} absent for a convention (a scrapped device is in no pack). */
  public record ImpactView(
      LocalDate from,
      LocalDate to,
      Long conventionId,
      String conventionName,
      Figures total,
      Long scrapped,
      BigDecimal scrappedKg,
      List<DepartementView> byDepartement,
      List<DeviceTypeView> byDeviceType,
      List<ImpactFactorView> factors,
      String method) {}

  @GET
  @RolesAllowed({"COORDINATOR", "PARTNER"})
  public ImpactView impact(
      @QueryParam("from") @Pattern(regexp = DAY, message = "impact.day") String from,
      @QueryParam("to") @Pattern(regexp = DAY, message = "impact.day") String to,
      @QueryParam("conventionId") Long conventionId) {
    AuthenticatedUser caller = currentUser.require();
    boolean partner = caller.role() == Role.PARTNER;
    if (partner && conventionId == null) {
      throw new ImpactConventionRequired();
    }
    Convention convention =
        conventionId == null
            ? null
            : conventions.get(
                conventionId,
                partner
                    ? new ConventionStore.Scope(caller.structureId())
                    : ConventionStore.Scope.ALL);
    LocalDate today = FrenchCalendar.today(clock);
    LocalDate start = from == null ? today.withDayOfYear(1) : day("from", from);
    LocalDate end = to == null ? today : day("to", to);
    if (end.isBefore(start)) {
      throw new ImpactPeriodInvalid("to");
    }
    Impacts.Report report = impacts.report(convention, start, end);
    ImpactCalculator.Impact impact = report.impact();
    String method =
        report.method(Messages.localeFor(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    return new ImpactView(
        report.from(),
        report.to(),
        convention == null ? null : convention.id(),
        convention == null ? null : convention.name(),
        Figures.of(impact.total()),
        impact.scrapped(),
        impact.scrappedKg(),
        impact.byDepartement().stream()
            .map(
                d ->
                    new DepartementView(
                        d.departement(),
                        Territory.departementName(d.departement()),
                        Figures.of(d.figures())))
            .toList(),
        impact.byDeviceType().stream()
            .map(
                t ->
                    new DeviceTypeView(
                        t.deviceType(), Figures.of(t.figures()), t.scrapped(), t.scrappedKg()))
            .toList(),
        report.factors().stream().map(ImpactFactorView::of).toList(),
        method);
  }

  private static LocalDate day(String field, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException impossible) {
      throw new ImpactPeriodInvalid(field);
    }
  }
}
