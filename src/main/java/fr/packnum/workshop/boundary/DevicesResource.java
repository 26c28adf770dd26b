package fr.packnum.workshop.boundary;

import fr.packnum.platform.boundary.Idempotent;
import fr.packnum.platform.boundary.Paging;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.StaleVersion;
import fr.packnum.platform.entity.Notes;
import fr.packnum.workshop.control.Board;
import fr.packnum.workshop.control.DeviceStore;
import fr.packnum.workshop.control.DonorStore;
import fr.packnum.workshop.control.LabelLayout;
import fr.packnum.workshop.control.SerialAlreadyRegistered;
import fr.packnum.workshop.control.TagMistyped;
import fr.packnum.workshop.entity.AssetTag;
import fr.packnum.workshop.entity.Device;
import fr.packnum.workshop.entity.DeviceEvent;
import fr.packnum.workshop.entity.DeviceEventKind;
import fr.packnum.workshop.entity.DeviceStatus;
import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.ErasureMethod;
import fr.packnum.workshop.entity.ErasureRecord;
import fr.packnum.workshop.entity.ErasureResult;
import fr.packnum.workshop.entity.ErasureStandard;
import fr.packnum.workshop.entity.Grade;
import fr.packnum.workshop.entity.KeyboardLayout;
import fr.packnum.workshop.entity.ScrapChannel;
import fr.packnum.workshop.entity.StorageKind;
import fr.packnum.workshop.entity.TransitionRefused;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Devices in the workshop: intake, the scan box, the board, each step on the bench and the
 * lifecycle. Technicians and coordinators only; nothing here is for partners or social workers.
 */
@Path("devices")
@ApplicationScoped
@Transactional
@RolesAllowed({"TECHNICIAN", "COORDINATOR"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DevicesResource {

  @Inject DeviceStore devices;
  @Inject DonorStore donors;
  @Inject Bench bench;
  @Inject Clock clock;
  @Inject Documents documents;

  public record SpecsCommand(
      @NotNull DeviceType type,
      @Size(max = 100) String brand,
      @Size(max = 200) String model,
      @Size(max = 200) String cpu,
      @Min(0) @Max(1024) Integer ramGb,
      @DecimalMin("5.0") @DecimalMax("100.0") BigDecimal screenInches,
      @Min(0) @Max(100) Integer batteryHealth,
      Boolean webcam,
      KeyboardLayout keyboardLayout,
      @Min(Device.Specs.MIN_WEIGHT_GRAMS) @Max(Device.Specs.MAX_WEIGHT_GRAMS) Integer weightGrams,
      @Size(max = 80) String location) {
    Device.Specs specs() {
      return new Device.Specs(
          type,
          brand,
          model,
          cpu,
          ramGb,
          screenInches,
          batteryHealth,
          webcam,
          keyboardLayout,
          weightGrams,
          location);
    }
  }

  /** Intake of one device: typed or scanned serial, its type, and what is known. */
  public record Intake(
      @NotNull Long donationId,
      @NotBlank @Size(max = 100) String serial,
      @NotNull @Valid SpecsCommand specs) {}

  public record SpecsUpdate(@NotNull @Valid SpecsCommand specs, @NotNull Long version) {}

  public record NewDrive(
      @NotBlank @Size(max = 100) String serial,
      @NotNull StorageKind kind,
      @Min(0) @Max(100_000) Integer sizeGb) {}

  public record Erasure(
      @NotBlank @Size(max = 100) String driveSerial,
      @NotNull ErasureMethod method,
      @NotNull ErasureStandard standard,
      @NotBlank @Size(max = 100) String tool,
      @NotNull @Min(1) @Max(99) Integer passes,
      @NotNull Boolean verified,
      @NotNull ErasureResult result,
      @NotNull @PastOrPresent LocalDate performedOn) {}

  public record NoStorage(@NotBlank @Size(max = 300) String reason) {}

  public record TestRun(
      @NotEmpty Map<@NotBlank @Size(max = 40) String, @NotNull Boolean> items,
      @Size(max = Notes.MAX_LENGTH) String notes) {}

  public record OperatingSystem(
      @NotBlank @Size(max = 80) String name,
      @Size(max = 80) String version,
      @Size(max = 120) String licence) {}

  public record Grading(@NotNull Grade grade) {}

  public record Part(
      @NotBlank @Size(max = 200) String description, @Size(max = 20) String harvestedFromTag) {}

  public record StatusChange(
      @NotNull DeviceStatus status, @Size(max = Notes.MAX_LENGTH) String notes) {}

  public record Scrapping(
      @NotNull ScrapChannel channel,
      @NotNull @DecimalMin(value = "0.01") @DecimalMax("999") BigDecimal weightKg,
      @Size(max = 100) String receipt,
      @Size(max = Notes.MAX_LENGTH) String notes) {}

  public record EventView(
      long id,
      Instant occurredAt,
      String actor,
      DeviceEventKind kind,
      DeviceStatus fromStatus,
      DeviceStatus toStatus,
      String notes) {
    static EventView of(DeviceEvent e) {
      return new EventView(
          e.id(),
          e.occurredAt(),
          e.actor().name(),
          e.kind(),
          e.fromStatus().orElse(null),
          e.toStatus().orElse(null),
          e.notes().orElse(null));
    }
  }

  @GET
  public Page<DeviceView.Summary> list(
      @Valid @BeanParam Paging paging,
      @QueryParam("status") DeviceStatus status,
      @QueryParam("type") DeviceType type,
      @QueryParam("donationId") Long donationId,
      @QueryParam("q") String text) {
    Instant now = clock.instant();
    return devices
        .list(
            new DeviceStore.Filter(status, type, donationId, text), paging.offset(), paging.size())
        .map(d -> DeviceView.Summary.of(d, now));
  }

  @GET
  @Path("board")
  public Board board(
      @QueryParam("type") DeviceType type, @QueryParam("donationId") Long donationId) {
    return Board.of(devices.board(type, donationId), clock.instant());
  }

  @GET
  @Path("{id}")
  public DeviceView get(@PathParam("id") long id) {
    return view(devices.get(id));
  }

  /** The scan box: a typed or scanned asset tag opens its device; a mistyped one is refused. */
  @GET
  @Path("by-tag/{tag}")
  public DeviceView byTag(@PathParam("tag") String tag) {
    return view(devices.byTag(AssetTag.parse(tag).orElseThrow(TagMistyped::new)));
  }

  @POST
  @Idempotent
  public Response intake(@NotNull @Valid Intake intake, @Context UriInfo uri) {
    if (devices.bySerial(intake.serial()).isPresent()) {
      throw new SerialAlreadyRegistered();
    }
    Device device =
        new Device(
            donors.donation(intake.donationId()),
            intake.serial(),
            intake.specs().specs(),
            bench.technician(),
            clock.instant());
    devices.add(device);
    devices.flush();
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(device.id())).build())
        .entity(view(device))
        .build();
  }

  @PUT
  @Path("{id}")
  public DeviceView update(@PathParam("id") long id, @NotNull @Valid SpecsUpdate update) {
    Device device = devices.forUpdate(id);
    StaleVersion.check(device.version(), update.version());
    device.describe(update.specs().specs(), bench.technician(), clock.instant());
    return saved(device);
  }

  @POST
  @Path("{id}/drives")
  public DeviceView addDrive(@PathParam("id") long id, @NotNull @Valid NewDrive drive) {
    Device device = devices.forUpdate(id);
    device.addDrive(
        drive.serial(), drive.kind(), drive.sizeGb(), bench.technician(), clock.instant());
    return saved(device);
  }

  @POST
  @Path("{id}/erasures")
  public DeviceView recordErasure(@PathParam("id") long id, @NotNull @Valid Erasure erasure) {
    Device device = devices.forUpdate(id);
    device.recordErasure(
        erasure.driveSerial(),
        new ErasureRecord.Details(
            erasure.method(),
            erasure.standard(),
            erasure.tool(),
            erasure.passes(),
            erasure.verified(),
            erasure.result(),
            erasure.performedOn()),
        bench.technician(),
        clock.instant());
    return saved(device);
  }

  @POST
  @Path("{id}/no-storage")
  public DeviceView recordNoStorage(@PathParam("id") long id, @NotNull @Valid NoStorage noStorage) {
    Device device = devices.forUpdate(id);
    device.recordNoStorage(noStorage.reason(), bench.technician(), clock.instant());
    return saved(device);
  }

  @POST
  @Path("{id}/functional-tests")
  public DeviceView recordTest(@PathParam("id") long id, @NotNull @Valid TestRun run) {
    Device device = devices.forUpdate(id);
    device.recordFunctionalTest(run.items(), run.notes(), bench.technician(), clock.instant());
    return saved(device);
  }

  @PUT
  @Path("{id}/operating-system")
  public DeviceView installOperatingSystem(
      @PathParam("id") long id, @NotNull @Valid OperatingSystem os) {
    Device device = devices.forUpdate(id);
    device.installOperatingSystem(
        os.name(), os.version(), os.licence(), bench.technician(), clock.instant());
    return saved(device);
  }

  @PUT
  @Path("{id}/grade")
  public DeviceView grade(@PathParam("id") long id, @NotNull @Valid Grading grading) {
    Device device = devices.forUpdate(id);
    device.grade(grading.grade(), bench.technician(), clock.instant());
    return saved(device);
  }

  @POST
  @Path("{id}/parts")
  public DeviceView usePart(@PathParam("id") long id, @NotNull @Valid Part part) {
    Device device = devices.forUpdate(id);
    Device donor =
        part.harvestedFromTag() == null || part.harvestedFromTag().isBlank()
            ? null
            : devices.forUpdate(
                AssetTag.parse(part.harvestedFromTag()).orElseThrow(TagMistyped::new).deviceId());
    device.usePart(part.description(), donor, bench.technician(), clock.instant());
    return saved(device);
  }

  /**
   * Moves the device on: IN_DIAGNOSIS, IN_REFURBISHMENT or READY (which checks its requirements).
   */
  @POST
  @Path("{id}/status")
  public DeviceView changeStatus(@PathParam("id") long id, @NotNull @Valid StatusChange change) {
    Device device = devices.forUpdate(id);
    Instant now = clock.instant();
    switch (change.status()) {
      case IN_DIAGNOSIS -> device.startDiagnosis(bench.technician(), now, change.notes());
      case IN_REFURBISHMENT -> device.startRefurbishment(bench.technician(), now, change.notes());
      case READY ->
          device.markReady(bench.checklist(device), bench.technician(), now, change.notes());
      default -> throw new TransitionRefused(device.status(), change.status());
    }
    return saved(device);
  }

  @POST
  @Path("{id}/scrapping")
  public DeviceView scrap(@PathParam("id") long id, @NotNull @Valid Scrapping scrapping) {
    Device device = devices.forUpdate(id);
    device.scrap(
        scrapping.channel(),
        scrapping.weightKg(),
        scrapping.receipt(),
        bench.technician(),
        clock.instant(),
        scrapping.notes());
    return saved(device);
  }

  @GET
  @Path("{id}/events")
  public List<EventView> history(@PathParam("id") long id) {
    return devices.get(id).events().stream().map(EventView::of).toList();
  }

  /** The device's label alone, to reprint it (same layout as the donation's sheet). */
  @GET
  @Path("{id}/label.pdf")
  @Produces("application/pdf")
  public Response label(
      @PathParam("id") long id,
      @QueryParam("layout") LabelLayout layout,
      @QueryParam("skip") @DefaultValue("0") @Min(0) @Max(23) int skip) {
    Device device = devices.get(id);
    return documents.labels(
        List.of(device), layout, skip, "etiquette-" + device.assetTag().value() + ".pdf");
  }

  /**
   * Issues the data-erasure certificate of this device (PDF); Location is where it can be verified.
   */
  @POST
  @Path("{id}/erasure-certificate")
  @Produces("application/pdf")
  public Response certificate(@PathParam("id") long id, @Context UriInfo uri) {
    Device device = devices.get(id);
    return documents.certificate(
        device.donation(),
        device,
        List.of(device),
        uri.getBaseUriBuilder().path("erasure-certificates/").build());
  }

  private DeviceView saved(Device device) {
    devices.flush();
    return view(device);
  }

  private DeviceView view(Device device) {
    return DeviceView.of(device, bench, clock.instant());
  }
}
