package fr.packnum.reporting.boundary;

import fr.packnum.accounts.boundary.AuditLog;
import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.platform.control.StaleVersion;
import fr.packnum.reporting.control.ImpactFactorStore;
import fr.packnum.reporting.entity.ImpactFactor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;

/**
 * The factors the impact report computes with, one per device type, with their source and year:
 * partners read them (a funder checks where a figure comes from); the coordination edits them.
 */
@Path("impact-factors")
@ApplicationScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImpactFactorsResource {

  static final String TARGET = "impact-factor";

  @Inject ImpactFactorStore factors;
  @Inject AuditLog audit;

  /** The new figures of a factor, based on the {@code version} read. */
  public record ImpactFactorForm(
      BigDecimal manufacturingKgCo2e,
      BigDecimal typicalWeightKg,
      BigDecimal avoidedShare,
      String source,
      Integer sourceYear,
      Long version) {}

  @GET
  @RolesAllowed({"COORDINATOR", "PARTNER"})
  public List<ImpactFactorView> list() {
    return factors.list().stream().map(ImpactFactorView::of).toList();
  }

  @PUT
  @Path("{deviceType}")
  @RolesAllowed("COORDINATOR")
  public ImpactFactorView change(
      @PathParam("deviceType") String deviceType, @NotNull ImpactFactorForm form) {
    ImpactFactor factor = factors.get(deviceType);
    if (form.version() == null) {
      throw new jakarta.ws.rs.BadRequestException("version");
    }
    StaleVersion.check(factor.version(), form.version());
    factor.change(
        new ImpactFactor.Terms(
            form.manufacturingKgCo2e(),
            form.typicalWeightKg(),
            form.avoidedShare(),
            form.source(),
            form.sourceYear() == null ? 0 : form.sourceYear()));
    factors.flush();
    audit.record(AuditAction.UPDATE, TARGET, factor.deviceType().name());
    return ImpactFactorView.of(factor);
  }
}
