package fr.packnum.matching.boundary;

import fr.packnum.accounts.boundary.AuditLog;
import fr.packnum.accounts.boundary.CurrentUser;
import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.matching.control.ReservationStore;
import fr.packnum.matching.control.Reservations;
import fr.packnum.matching.entity.Reservation;
import fr.packnum.matching.entity.ReservationStatus;
import fr.packnum.platform.boundary.Idempotent;
import fr.packnum.platform.boundary.Paging;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.entity.Notes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;

/**
 * Confirmed pairs of a proposal: each POST reserves one device for one request, in one transaction,
 * so that a pair refused (the device taken meanwhile, the request cancelled) leaves the others of
 * the proposal to confirm. Coordination only.
 */
@Path("reservations")
@ApplicationScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReservationsResource {

  @Inject Reservations use;
  @Inject ReservationStore reservations;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** One pair of a proposal, as the coordinator confirms it. */
  public record Confirmation(@NotNull Long requestId, @NotNull Long deviceId) {}

  public record Release(@NotBlank @Size(max = Notes.MAX_LENGTH) String reason) {}

  @GET
  @RolesAllowed("COORDINATOR")
  public Page<ReservationView> list(
      @Valid @BeanParam Paging paging,
      @QueryParam("status") ReservationStatus status,
      @QueryParam("structureId") Long structureId,
      @QueryParam("deviceId") Long deviceId) {
    return reservations
        .list(
            new ReservationStore.Filter(status, structureId, deviceId),
            paging.offset(),
            paging.size())
        .map(ReservationView::of);
  }

  @GET
  @Path("{id}")
  @RolesAllowed("COORDINATOR")
  public ReservationView get(@PathParam("id") long id) {
    return ReservationView.of(reservations.get(id));
  }

  @POST
  @Idempotent
  @RolesAllowed("COORDINATOR")
  public Response confirm(@NotNull @Valid Confirmation pair, @Context UriInfo uri) {
    Reservation reservation =
        use.confirm(pair.requestId(), pair.deviceId(), currentUser.signature(), clock.instant());
    audit.record(AuditAction.CREATE, "reservation", reservation.id());
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(reservation.id())).build())
        .entity(ReservationView.of(reservation))
        .build();
  }

  @POST
  @Path("{id}/release")
  @RolesAllowed("COORDINATOR")
  public ReservationView release(@PathParam("id") long id, @NotNull @Valid Release release) {
    Reservation reservation =
        use.release(id, release.reason(), currentUser.signature(), clock.instant());
    audit.record(AuditAction.CANCEL, "reservation", id);
    return ReservationView.of(reservation);
  }
}
