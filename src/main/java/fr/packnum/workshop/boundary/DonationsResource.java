package fr.packnum.workshop.boundary;

import fr.packnum.platform.boundary.Idempotent;
import fr.packnum.platform.boundary.Paging;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.StaleVersion;
import fr.packnum.workshop.control.DeviceStore;
import fr.packnum.workshop.control.DonorStore;
import fr.packnum.workshop.control.InventoryTemplate;
import fr.packnum.workshop.control.LabelLayout;
import fr.packnum.workshop.entity.DeviceStatus;
import fr.packnum.workshop.entity.Donation;
import fr.packnum.workshop.entity.DonationMode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/** Donations (batches of devices from one donor) and how far their devices have come. */
@Path("donations")
@ApplicationScoped
@Transactional
@RolesAllowed({"TECHNICIAN", "COORDINATOR"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DonationsResource {

  @Inject DonorStore donors;
  @Inject DeviceStore devices;
  @Inject Documents documents;
  @Inject DeviceImport deviceImport;
  @Inject Clock clock;

  public record DonationCommand(
      @NotNull Long donorId,
      @NotNull @PastOrPresent LocalDate receivedOn,
      @NotNull DonationMode mode,
      @Min(0) @Max(100_000) Integer expectedCount,
      @Size(max = 1000) String notes) {}

  public record DonationUpdate(
      @NotNull @PastOrPresent LocalDate receivedOn,
      @NotNull DonationMode mode,
      @Min(0) @Max(100_000) Integer expectedCount,
      @Size(max = 1000) String notes,
      @NotNull Long version) {}

  public record DonationView(
      long id,
      String reference,
      long donorId,
      String donorName,
      LocalDate receivedOn,
      DonationMode mode,
      Integer expectedCount,
      String notes,
      long deviceCount,
      Map<DeviceStatus, Long> progress,
      long version) {
    static DonationView of(Donation d, Map<DeviceStatus, Long> progress) {
      return new DonationView(
          d.id(),
          d.reference(),
          d.donor().id(),
          d.donor().name(),
          d.receivedOn(),
          d.mode(),
          d.expectedCount().orElse(null),
          d.notes().orElse(null),
          progress.values().stream().mapToLong(Long::longValue).sum(),
          progress,
          d.version());
    }
  }

  @GET
  public Page<DonationView> list(
      @Valid @BeanParam Paging paging, @QueryParam("donorId") Long donorId) {
    return donors
        .donations(donorId, paging.offset(), paging.size())
        .map(d -> DonationView.of(d, donors.progress(d.id())));
  }

  @GET
  @Path("{id}")
  public DonationView get(@PathParam("id") long id) {
    return DonationView.of(donors.donation(id), donors.progress(id));
  }

  @POST
  @Idempotent
  public Response create(@NotNull @Valid DonationCommand command, @Context UriInfo uri) {
    Donation donation =
        new Donation(
            donors.donor(command.donorId()),
            command.receivedOn(),
            command.mode(),
            command.expectedCount(),
            command.notes(),
            clock.instant());
    donors.add(donation);
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(donation.id())).build())
        .entity(DonationView.of(donation, Map.of()))
        .build();
  }

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /**
   * Imports a donor's inventory (.xlsx or .csv, sent as the body) into the donation, all or
   * nothing: a file with any bad line imports nothing and answers every bad line (422).
   */
  @POST
  @Path("{id}/devices/import")
  @Consumes({XLSX, "text/csv", "application/vnd.ms-excel", "application/octet-stream"})
  public DeviceImport.Imported importDevices(@PathParam("id") long id, InputStream file) {
    return deviceImport.into(id, file);
  }

  /**
   * Reads a donor's inventory as the import would and answers what PackNum understood: the header
   * line taken, the columns read and ignored, the first lines, the errors. Imports nothing.
   */
  @POST
  @Path("{id}/devices/import/preview")
  @Consumes({XLSX, "text/csv", "application/vnd.ms-excel", "application/octet-stream"})
  public DeviceImport.Preview previewImport(@PathParam("id") long id, InputStream file) {
    return deviceImport.preview(id, file);
  }

  /** The blank inventory template donors fill in, as a spreadsheet. */
  @GET
  @Path("import-template.xlsx")
  @Produces(XLSX)
  public Response templateXlsx() {
    return Response.ok(InventoryTemplate.xlsx())
        .header("Content-Disposition", "attachment; filename=\"inventaire-packnum.xlsx\"")
        .build();
  }

  /** The same template as CSV (UTF-8, semicolons, as French spreadsheets write it). */
  @GET
  @Path("import-template.csv")
  @Produces("text/csv")
  public Response templateCsv() {
    return Response.ok(InventoryTemplate.csv())
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"inventaire-packnum.csv\"")
        .build();
  }

  /** One label per device of the donation (scrapped ones left out), on an A4 sheet. */
  @GET
  @Path("{id}/labels.pdf")
  @Produces("application/pdf")
  public Response labels(
      @PathParam("id") long id,
      @QueryParam("layout") LabelLayout layout,
      @QueryParam("skip") @DefaultValue("0") @Min(0) @Max(23) int skip) {
    Donation donation = donors.donation(id);
    return documents.labels(
        devices.ofDonation(id), layout, skip, "etiquettes-" + donation.reference() + ".pdf");
  }

  /** The donation's data-erasure certificate: every erased drive of every device (PDF). */
  @POST
  @Path("{id}/erasure-certificate")
  @Produces("application/pdf")
  public Response certificate(@PathParam("id") long id, @Context UriInfo uri) {
    Donation donation = donors.donation(id);
    return documents.certificate(
        donation,
        null,
        devices.ofDonation(id),
        uri.getBaseUriBuilder().path("erasure-certificates/").build());
  }

  @PUT
  @Path("{id}")
  public DonationView update(@PathParam("id") long id, @NotNull @Valid DonationUpdate update) {
    Donation donation = donors.donation(id);
    StaleVersion.check(donation.version(), update.version());
    donation.describe(update.receivedOn(), update.mode(), update.expectedCount(), update.notes());
    donors.flush();
    return DonationView.of(donation, donors.progress(id));
  }
}
