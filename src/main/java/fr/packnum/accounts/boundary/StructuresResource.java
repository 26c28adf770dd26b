package fr.packnum.accounts.boundary;

import fr.packnum.accounts.control.StructureStore;
import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.accounts.entity.Structure;
import fr.packnum.accounts.entity.StructureKind;
import fr.packnum.platform.boundary.Idempotent;
import fr.packnum.platform.boundary.Paging;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.StaleVersion;
import fr.packnum.territory.boundary.Territory;
import fr.packnum.territory.entity.InseeCode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;

/** Partner structures: administrators create, edit and deactivate them; coordinators read them. */
@Path("structures")
@ApplicationScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StructuresResource {

  @Inject Territory territory;
  @Inject StructureStore structures;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public record StructureCommand(
      @NotBlank @Size(max = 150) String name,
      @NotNull StructureKind kind,
      @Pattern(regexp = InseeCode.PATTERN, message = "insee.format") String inseeCode,
      @Email @Size(max = 254) String contactEmail,
      @Min(0) @Max(10_000) Integer maxOpenRequests) {}

  public record StructureUpdate(
      @NotBlank @Size(max = 150) String name,
      @NotNull StructureKind kind,
      @Pattern(regexp = InseeCode.PATTERN, message = "insee.format") String inseeCode,
      @Email @Size(max = 254) String contactEmail,
      @Min(0) @Max(10_000) Integer maxOpenRequests,
      @NotNull Long version) {}

  public record StructureView(
      long id,
      String name,
      StructureKind kind,
      String inseeCode,
      String communeName,
      String contactEmail,
      Integer maxOpenRequests,
      boolean active,
      long version) {
    static StructureView of(Structure s) {
      return new StructureView(
          s.id(),
          s.name(),
          s.kind(),
          s.commune().map(InseeCode::value).orElse(null),
          s.commune().map(Territory::communeName).orElse(null),
          s.contactEmail().orElse(null),
          s.maxOpenRequests().orElse(null),
          s.isActive(),
          s.version());
    }
  }

  @GET
  @RolesAllowed({"ADMIN", "COORDINATOR"})
  public Page<StructureView> list(
      @Valid @BeanParam Paging paging,
      @QueryParam("q") String text,
      @QueryParam("kind") StructureKind kind,
      @QueryParam("active") Boolean active) {
    return structures
        .list(new StructureStore.Filter(text, kind, active), paging.offset(), paging.size())
        .map(StructureView::of);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"ADMIN", "COORDINATOR"})
  public StructureView get(@PathParam("id") long id) {
    return StructureView.of(structures.get(id));
  }

  @POST
  @Idempotent
  @RolesAllowed("ADMIN")
  public Response create(@NotNull @Valid StructureCommand command, @Context UriInfo uri) {
    Structure structure =
        new Structure(
            command.name(),
            command.kind(),
            commune(command.inseeCode()),
            command.contactEmail(),
            clock.instant());
    structure.capOpenRequests(command.maxOpenRequests());
    structures.add(structure);
    audit.record(AuditAction.CREATE, "structure", structure.id());
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(structure.id())).build())
        .entity(StructureView.of(structure))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed("ADMIN")
  public StructureView update(@PathParam("id") long id, @NotNull @Valid StructureUpdate update) {
    Structure structure = structures.get(id);
    StaleVersion.check(structure.version(), update.version());
    structure.describe(
        update.name(), update.kind(), commune(update.inseeCode()), update.contactEmail());
    structure.capOpenRequests(update.maxOpenRequests());
    structures.flush();
    audit.record(AuditAction.UPDATE, "structure", id);
    return StructureView.of(structure);
  }

  @POST
  @Path("{id}/deactivation")
  @RolesAllowed("ADMIN")
  public StructureView deactivate(@PathParam("id") long id) {
    Structure structure = structures.get(id);
    structure.deactivate();
    structures.flush();
    audit.record(AuditAction.DEACTIVATE, "structure", id);
    return StructureView.of(structure);
  }

  @POST
  @Path("{id}/activation")
  @RolesAllowed("ADMIN")
  public StructureView activate(@PathParam("id") long id) {
    Structure structure = structures.get(id);
    structure.activate();
    structures.flush();
    audit.record(AuditAction.ACTIVATE, "structure", id);
    return StructureView.of(structure);
  }

  private InseeCode commune(String code) {
    return code == null || code.isBlank() ? null : territory.commune("inseeCode", code);
  }
}
