package fr.packnum.households.boundary;

import fr.packnum.accounts.boundary.AuditLog;
import fr.packnum.accounts.boundary.CurrentUser;
import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.households.control.RuleSetOutdated;
import fr.packnum.households.control.RuleSetStore;
import fr.packnum.households.entity.EligibilityRuleSet;
import fr.packnum.households.entity.Situation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * The eligibility rules: everyone who refers or decides reads them; a coordinator changes them,
 * which makes a new version (decisions keep the version they were made with).
 */
@Path("eligibility-rules")
@ApplicationScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EligibilityRulesResource {

  @Inject RuleSetStore ruleSets;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public record RuleSetView(
      int version,
      Set<Situation> qualifyingSituations,
      int maxProofAgeMonths,
      BigDecimal quotientFamilialThreshold,
      BigDecimal resteAVivreThreshold,
      BigDecimal reviewMarginPercent,
      int repeatPeriodMonths,
      Instant createdAt,
      String createdBy) {
    static RuleSetView of(EligibilityRuleSet r) {
      return new RuleSetView(
          r.version(),
          r.qualifyingSituations(),
          r.maxProofAgeMonths(),
          r.quotientFamilialThreshold().orElse(null),
          r.resteAVivreThreshold().orElse(null),
          r.reviewMarginPercent(),
          r.repeatPeriodMonths(),
          r.createdAt(),
          r.createdBy());
    }
  }

  public record RuleSetCommand(
      @NotNull Integer basedOnVersion,
      @NotNull Set<@NotNull Situation> qualifyingSituations,
      @NotNull @Min(1) @Max(60) Integer maxProofAgeMonths,
      @DecimalMin("0") @DecimalMax("99999") @Digits(integer = 6, fraction = 2)
          BigDecimal quotientFamilialThreshold,
      @DecimalMin("0") @DecimalMax("99999") @Digits(integer = 6, fraction = 2)
          BigDecimal resteAVivreThreshold,
      @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
          BigDecimal reviewMarginPercent,
      @NotNull @Min(0) @Max(120) Integer repeatPeriodMonths) {}

  @GET
  @RolesAllowed({"SOCIAL_WORKER", "COORDINATOR"})
  public RuleSetView current() {
    return RuleSetView.of(ruleSets.current());
  }

  @GET
  @Path("{version}")
  @RolesAllowed({"SOCIAL_WORKER", "COORDINATOR"})
  public RuleSetView get(@PathParam("version") int version) {
    return RuleSetView.of(ruleSets.get(version));
  }

  @POST
  @RolesAllowed("COORDINATOR")
  public Response create(@NotNull @Valid RuleSetCommand command, @Context UriInfo uri) {
    EligibilityRuleSet current = ruleSets.current();
    if (current.version() != command.basedOnVersion()) {
      throw new RuleSetOutdated();
    }
    EligibilityRuleSet next =
        new EligibilityRuleSet(
            current.version() + 1,
            command.qualifyingSituations(),
            command.maxProofAgeMonths(),
            command.quotientFamilialThreshold(),
            command.resteAVivreThreshold(),
            command.reviewMarginPercent(),
            command.repeatPeriodMonths(),
            currentUser.require().username(),
            clock.instant());
    ruleSets.add(next); // saved at the same moment by another coordinator: 409 (duplicate key)
    audit.record(AuditAction.CREATE, "eligibility-rules", next.version());
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(next.version())).build())
        .entity(RuleSetView.of(next))
        .build();
  }
}
