package fr.packnum.workshop.boundary;

import fr.packnum.platform.boundary.Idempotent;
import fr.packnum.platform.boundary.Paging;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.StaleVersion;
import fr.packnum.workshop.control.DonorStore;
import fr.packnum.workshop.entity.Donor;
import fr.packnum.workshop.entity.DonorKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
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
import java.time.LocalDate;

/** Donors of devices and the data-destruction agreement they signed. */
@Path("donors")
@ApplicationScoped
@Transactional
@RolesAllowed({"TECHNICIAN", "COORDINATOR"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DonorsResource {

  @Inject DonorStore donors;
  @Inject Clock clock;

  public record DonorCommand(
      @NotBlank @Size(max = 150) String name,
      @NotNull DonorKind kind,
      @Size(max = 100) String contactName,
      @Email @Size(max = 254) String contactEmail,
      @Size(max = 30) String contactPhone,
      @PastOrPresent LocalDate agreementSignedOn,
      @Size(max = 100) String agreementReference,
      @Size(max = 1000) String notes,
      Long version) {
    Donor.Details details() {
      return new Donor.Details(
          name,
          kind,
          contactName,
          contactEmail,
          contactPhone,
          agreementSignedOn,
          agreementReference,
          notes);
    }
  }

  public record DonorView(long id, Donor.Details details, boolean agreementSigned, long version) {
    static DonorView of(Donor donor) {
      return new DonorView(donor.id(), donor.details(), donor.hasAgreement(), donor.version());
    }
  }

  @GET
  public Page<DonorView> list(
      @Valid @BeanParam Paging paging,
      @QueryParam("q") String text,
      @QueryParam("kind") DonorKind kind) {
    return donors.donors(text, kind, paging.offset(), paging.size()).map(DonorView::of);
  }

  @GET
  @Path("{id}")
  public DonorView get(@PathParam("id") long id) {
    return DonorView.of(donors.donor(id));
  }

  @POST
  @Idempotent
  public Response create(@NotNull @Valid DonorCommand command, @Context UriInfo uri) {
    Donor donor = new Donor(command.details(), clock.instant());
    donors.add(donor);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(donor.id())).build())
        .entity(DonorView.of(donor))
        .build();
  }

  @PUT
  @Path("{id}")
  public DonorView update(@PathParam("id") long id, @NotNull @Valid DonorCommand command) {
    Donor donor = donors.donor(id);
    StaleVersion.check(donor.version(), command.version() == null ? -1 : command.version());
    donor.describe(command.details());
    donors.flush();
    return DonorView.of(donor);
  }
}
