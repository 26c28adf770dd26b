package fr.packnum.reporting.boundary;

import fr.packnum.accounts.boundary.AuditLog;
import fr.packnum.accounts.boundary.CurrentUser;
import fr.packnum.accounts.control.StructureNotFound;
import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.accounts.entity.AuthenticatedUser;
import fr.packnum.accounts.entity.Role;
import fr.packnum.accounts.entity.Structure;
import fr.packnum.platform.boundary.Paging;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.StaleVersion;
import fr.packnum.reporting.control.ConventionStore;
import fr.packnum.reporting.entity.Convention;
import fr.packnum.reporting.entity.FundedItem;
import fr.packnum.reporting.entity.TerritoryKind;
import fr.packnum.reporting.entity.VatMode;
import fr.packnum.territory.boundary.Territory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Funding agreements: the coordination records and edits them; a partner's users read theirs (and
 * only theirs: another partner's is "not found").
 */
@Path("conventions")
@ApplicationScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConventionsResource {

  static final String TARGET = "convention";

  @Inject ConventionStore conventions;
  @PersistenceContext EntityManager em;
  @Inject Territory territory;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** A territory: a commune's INSEE code, or a département ("93", "2A", "971"). */
  public record TerritoryForm(@NotNull TerritoryKind kind, @NotNull @Size(max = 5) String code) {}

  public record ConventionForm(
      @NotNull Long partnerStructureId,
      @NotNull @Size(max = Convention.NAME_LENGTH) String name,
      @NotNull LocalDate startsOn,
      @NotNull LocalDate endsOn,
      Set<Long> structureIds,
      List<@Valid TerritoryForm> territories,
      boolean qpvOnly,
      @NotNull VatMode vatMode,
      @NotNull Map<FundedItem, Long> unitPricesCents,
      Long budgetCapCents,
      Long version) {}

  @GET
  @RolesAllowed({"COORDINATOR", "PARTNER"})
  public Page<ConventionView> list(@Valid @BeanParam Paging paging) {
    return conventions.list(scope(), paging.offset(), paging.size()).map(ConventionView::of);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"COORDINATOR", "PARTNER"})
  public ConventionView get(@PathParam("id") long id) {
    return ConventionView.of(conventions.get(id, scope()));
  }

  @POST
  @RolesAllowed("COORDINATOR")
  public Response create(@NotNull @Valid ConventionForm form, @Context UriInfo uri) {
    Convention convention =
        new Convention(structure(form.partnerStructureId()), terms(form), clock.instant());
    conventions.add(convention);
    audit.record(AuditAction.CREATE, TARGET, convention.id());
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(convention.id())).build())
        .entity(ConventionView.of(convention))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed("COORDINATOR")
  public ConventionView change(@PathParam("id") long id, @NotNull @Valid ConventionForm form) {
    Convention convention = conventions.get(id, ConventionStore.Scope.ALL);
    if (form.version() == null) {
      throw new jakarta.ws.rs.BadRequestException("version");
    }
    StaleVersion.check(convention.version(), form.version());
    if (!convention.belongsTo(form.partnerStructureId())) {
      throw new fr.packnum.reporting.entity.ConventionInvalid("partnerStructureId");
    }
    convention.change(terms(form));
    conventions.saved(convention);
    audit.record(AuditAction.UPDATE, TARGET, id);
    return ConventionView.of(convention);
  }

  private Convention.Terms terms(ConventionForm form) {
    Set<Long> structureIds =
        form.structureIds() == null
            ? Set.of()
            : form.structureIds().stream()
                .map(id -> structure(id).id())
                .collect(Collectors.toSet());
    Set<Convention.Territory> territories =
        form.territories() == null
            ? Set.of()
            : form.territories().stream().map(this::territory).collect(Collectors.toSet());
    return new Convention.Terms(
        form.name(),
        form.startsOn(),
        form.endsOn(),
        structureIds,
        territories,
        form.qpvOnly(),
        form.vatMode(),
        form.unitPricesCents(),
        form.budgetCapCents());
  }

  private static final java.util.regex.Pattern DEPARTEMENT =
      java.util.regex.Pattern.compile("\\d{2}|2[AB]|97\\d");

  private Convention.Territory territory(TerritoryForm form) {
    String code = form.code().strip().toUpperCase(java.util.Locale.ROOT);
    if (form.kind() == TerritoryKind.COMMUNE) {
      return new Convention.Territory(
          TerritoryKind.COMMUNE, territory.commune("territories", code).value());
    }
    if (!DEPARTEMENT.matcher(code).matches()) {
      throw new fr.packnum.reporting.entity.ConventionInvalid("territories");
    }
    return new Convention.Territory(TerritoryKind.DEPARTEMENT, code);
  }

  private Structure structure(long id) {
    return java.util.Optional.ofNullable(em.find(Structure.class, id))
        .orElseThrow(StructureNotFound::new);
  }

  private ConventionStore.Scope scope() {
    AuthenticatedUser caller = currentUser.require();
    return caller.role() == Role.PARTNER
        ? new ConventionStore.Scope(caller.structureId())
        : ConventionStore.Scope.ALL;
  }
}
