package fr.packnum.matching.boundary;

import fr.packnum.accounts.boundary.AuditLog;
import fr.packnum.accounts.boundary.CurrentUser;
import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.accounts.entity.AuthenticatedUser;
import fr.packnum.accounts.entity.Role;
import fr.packnum.accounts.entity.Structure;
import fr.packnum.matching.control.HandoverDocuments;
import fr.packnum.matching.control.HandoverStore;
import fr.packnum.matching.control.Handovers;
import fr.packnum.matching.control.NoReturnYet;
import fr.packnum.matching.control.Returns;
import fr.packnum.matching.entity.DeviceCondition;
import fr.packnum.matching.entity.DeviceReturn;
import fr.packnum.matching.entity.Handover;
import fr.packnum.matching.entity.HandoverStatus;
import fr.packnum.matching.entity.ReturnOutcome;
import fr.packnum.matching.entity.ReturnReason;
import fr.packnum.platform.boundary.Idempotent;
import fr.packnum.platform.boundary.Paging;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.control.Messages;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.entity.Notes;
import fr.packnum.workshop.entity.Device;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hand-over appointments. The coordination books and reschedules them; the support person (or a
 * colleague of the same structure) runs them — the day's list, the device checked by its tag, the
 * recipient's signature — and records a refusal or a no-show; the referring social worker sees the
 * appointment and its outcome to tell the household. Reading a recipient's name is reading the
 * household's file, and is audited as such.
 */
@Path("handovers")
@ApplicationScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HandoversResource {

  static final String HOUSEHOLD = "household";

  @PersistenceContext EntityManager em;
  @Inject Handovers use;
  @Inject Returns returns;
  @Inject HandoverStore handovers;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Context HttpHeaders headers;

  @Inject
  @ConfigProperty(name = "packnum.programme.name", defaultValue = "Pack numérique solidaire")
  String programmeName;

  /** When (Paris time, as people say it), where (a structure or an address) and with whom. */
  public record Booking(
      @NotNull Long reservationId,
      @NotNull LocalDateTime appointmentAt,
      Long placeStructureId,
      @Size(max = 300) String placeAddress,
      @NotNull Long supportUserId) {}

  public record Rescheduling(
      @NotNull LocalDateTime appointmentAt,
      Long placeStructureId,
      @Size(max = 300) String placeAddress,
      @NotNull Long supportUserId,
      @NotNull Long version) {}

  /**
   * The counter: the tag scanned on the device, the recipient's name, and either the signature
   * drawn on screen (a PNG as a data URL or base64) or the reference of the paper they signed.
   */
  public record Completion(
      @NotBlank @Size(max = 20) String scannedTag,
      @NotBlank @Size(max = 100) String recipientName,
      @Size(max = 300_000) String signaturePng,
      @Size(max = 50) String paperReference) {}

  public record Refusal(@NotBlank @Size(max = Notes.MAX_LENGTH) String reason) {}

  /**
   * The device brought back, scanned at the counter: why, its state, what came back with it, who
   * brought it, and what follows — a swap names the replacement's tag, scanned from the stock.
   */
  public record ReturnForm(
      @NotBlank @Size(max = 20) String scannedTag,
      @NotNull ReturnReason reason,
      @NotNull DeviceCondition condition,
      boolean chargerBack,
      @Size(max = 300) String accessories,
      @NotBlank @Size(max = 100) String returnedByName,
      @Size(max = Notes.MAX_LENGTH) String notes,
      @NotNull ReturnOutcome outcome,
      @Size(max = 20) String replacementTag) {}

  /** The hand-over with its return, and a swap's replacement hand-over, booked now. */
  public record ReturnResult(HandoverView handover, HandoverView replacement) {}

  @GET
  @RolesAllowed({"COORDINATOR", "SUPPORT", "SOCIAL_WORKER"})
  public Page<HandoverView> list(
      @Valid @BeanParam Paging paging,
      @QueryParam("day") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "matching.day")
          String dayParam,
      @QueryParam("status") HandoverStatus status,
      @QueryParam("requestId") Long requestId) {
    LocalDate day = day(dayParam);
    Instant from = day == null ? null : day.atStartOfDay(FrenchCalendar.ZONE).toInstant();
    Instant until =
        day == null ? null : day.plusDays(1).atStartOfDay(FrenchCalendar.ZONE).toInstant();
    Role role = caller().role();
    Page<Handover> page =
        handovers.list(
            scope(),
            new HandoverStore.Filter(from, until, status, requestId),
            paging.offset(),
            paging.size());
    page.items().forEach(h -> auditRead(h, role));
    Map<Long, DeviceReturn> returned = returns.of(page.items().stream().map(Handover::id).toList());
    return page.map(h -> HandoverView.of(h, role, Optional.ofNullable(returned.get(h.id()))));
  }

  /** Someone who may hand a device over, as the booking form offers them. */
  public record SupportPerson(long id, String name, long structureId, String structureName) {}

  /** The active support people a hand-over can be booked with. */
  @GET
  @Path("support-people")
  @RolesAllowed("COORDINATOR")
  public java.util.List<SupportPerson> supportPeople() {
    return handovers.supportPeople().stream()
        .map(
            u ->
                new SupportPerson(
                    u.id(), u.displayName(), u.structure().id(), u.structure().name()))
        .toList();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"COORDINATOR", "SUPPORT", "SOCIAL_WORKER"})
  public HandoverView get(@PathParam("id") long id) {
    Handover handover = handovers.get(id, scope());
    auditRead(handover, caller().role());
    return view(handover);
  }

  @POST
  @Idempotent
  @RolesAllowed("COORDINATOR")
  public Response book(@NotNull @Valid Booking booking, @Context UriInfo uri) {
    Handover handover =
        use.book(
            booking.reservationId(),
            instant(booking.appointmentAt()),
            place(booking.placeStructureId(), booking.placeAddress()),
            booking.supportUserId(),
            currentUser.signature(),
            clock.instant());
    audit.record(AuditAction.CREATE, "handover", handover.id());
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(handover.id())).build())
        .entity(HandoverView.of(handover, Role.COORDINATOR, Optional.empty()))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed("COORDINATOR")
  public HandoverView reschedule(@PathParam("id") long id, @NotNull @Valid Rescheduling change) {
    Handover handover =
        use.reschedule(
            id,
            scope(),
            instant(change.appointmentAt()),
            place(change.placeStructureId(), change.placeAddress()),
            change.supportUserId(),
            change.version());
    em.flush();
    audit.record(AuditAction.UPDATE, "handover", id);
    return HandoverView.of(handover, Role.COORDINATOR, Optional.empty());
  }

  @POST
  @Path("{id}/completion")
  @RolesAllowed({"SUPPORT", "COORDINATOR"})
  public HandoverView complete(@PathParam("id") long id, @NotNull @Valid Completion done) {
    Handover handover =
        use.complete(
            id,
            scope(),
            done.scannedTag(),
            new Handover.Signature(
                done.recipientName(), png(done.signaturePng()), done.paperReference()),
            currentUser.signature(),
            clock.instant());
    audit.record(AuditAction.UPDATE, "handover", id);
    return view(handover);
  }

  @POST
  @Path("{id}/refusal")
  @RolesAllowed({"SUPPORT", "COORDINATOR"})
  public HandoverView refuse(@PathParam("id") long id, @NotNull @Valid Refusal refusal) {
    Handover handover =
        use.refuse(id, scope(), refusal.reason(), currentUser.signature(), clock.instant());
    audit.record(AuditAction.UPDATE, "handover", id);
    return view(handover);
  }

  @POST
  @Path("{id}/no-show")
  @RolesAllowed({"SUPPORT", "COORDINATOR"})
  public HandoverView noShow(@PathParam("id") long id) {
    Handover handover = use.noShow(id, scope(), currentUser.signature(), clock.instant());
    audit.record(AuditAction.UPDATE, "handover", id);
    return view(handover);
  }

  /**
   * The household brought the device back: RETURNED for the workshop, the request waiting again or
   * closed — or, for a swap, the replacement reserved and its hand-over booked now, here.
   */
  @POST
  @Path("{id}/return")
  @RolesAllowed({"SUPPORT", "COORDINATOR"})
  public Response recordReturn(@PathParam("id") long id, @NotNull @Valid ReturnForm form) {
    AuthenticatedUser caller = caller();
    Returns.Recorded recorded =
        returns.record(
            id,
            scope(),
            form.scannedTag(),
            new DeviceReturn.Details(
                form.reason(),
                form.condition(),
                form.chargerBack(),
                form.accessories(),
                form.returnedByName(),
                form.notes()),
            form.outcome(),
            form.replacementTag(),
            caller.role() == Role.SUPPORT ? caller.id() : null,
            currentUser.signature(),
            clock.instant());
    audit.record(AuditAction.CREATE, "device-return", recorded.deviceReturn().id());
    recorded
        .replacementHandover()
        .ifPresent(next -> audit.record(AuditAction.CREATE, "handover", next.id()));
    ReturnResult result =
        new ReturnResult(
            view(recorded.deviceReturn().handover()),
            recorded.replacementHandover().map(this::view).orElse(null));
    return Response.status(Response.Status.CREATED).entity(result).build();
  }

  /** The return receipt: the device taken back, and the promise of its erasure before reuse. */
  @GET
  @Path("{id}/return-receipt.pdf")
  @Produces("application/pdf")
  @RolesAllowed({"COORDINATOR", "SUPPORT", "SOCIAL_WORKER"})
  public Response returnReceipt(@PathParam("id") long id, @QueryParam("lang") String lang) {
    Handover handover = handovers.get(id, scope());
    DeviceReturn returned = returns.of(id).orElseThrow(NoReturnYet::new);
    Device device = handover.reservation().device();
    byte[] pdf =
        HandoverDocuments.returnReceipt(
            new HandoverDocuments.ReturnReceipt(
                programmeName,
                handover.reservation().request().reference(),
                device.assetTag().value(),
                device.serial(),
                description(device),
                returned.reason().name(),
                returned.condition().name(),
                returned.chargerBack(),
                returned.accessories().orElse(null),
                returned.returnedByName(),
                returned.recordedBy().name(),
                returned.returnedAt().atZone(FrenchCalendar.ZONE),
                returned.outcome().name(),
                returned.replacement().map(r -> r.device().assetTag().value()).orElse(null)),
            locale(lang));
    audit.record(AuditAction.READ, HOUSEHOLD, handover.reservation().request().household().id());
    audit.record(AuditAction.EXPORT, "device-return", returned.id());
    return pdf(pdf, "retour-" + device.assetTag().value());
  }

  /** The letter the household is given: when, where, with whom, what to bring. */
  @GET
  @Path("{id}/letter.pdf")
  @Produces("application/pdf")
  @RolesAllowed({"COORDINATOR", "SUPPORT", "SOCIAL_WORKER"})
  public Response letter(@PathParam("id") long id, @QueryParam("lang") String lang) {
    Handover handover = handovers.get(id, scope());
    if (!handover.status().isOpen()) {
      throw new fr.packnum.matching.entity.HandoverClosed(handover.status());
    }
    byte[] pdf =
        HandoverDocuments.letter(
            new HandoverDocuments.Letter(
                programmeName,
                handover.reservation().request().reference(),
                handover.appointmentAt().atZone(FrenchCalendar.ZONE),
                placeText(handover),
                handover.supportPerson().displayName(),
                description(handover.reservation().device()),
                handover.reservation().request().needsInternet()),
            locale(lang));
    audit.record(AuditAction.EXPORT, "handover", id);
    return pdf(pdf, "rendez-vous-" + handover.reservation().request().reference());
  }

  /** The hand-over receipt ("bon de remise"), once the device is in the household's hands. */
  @GET
  @Path("{id}/receipt.pdf")
  @Produces("application/pdf")
  @RolesAllowed({"COORDINATOR", "SUPPORT", "SOCIAL_WORKER"})
  public Response receipt(@PathParam("id") long id, @QueryParam("lang") String lang) {
    Handover handover = handovers.get(id, scope());
    if (handover.status() != HandoverStatus.DONE) {
      throw new fr.packnum.matching.control.NoReceiptYet(handover.status());
    }
    Device device = handover.reservation().device();
    byte[] pdf =
        HandoverDocuments.receipt(
            new HandoverDocuments.Receipt(
                programmeName,
                handover.reservation().request().reference(),
                device.assetTag().value(),
                device.serial(),
                description(device),
                device.grade().map(Enum::name).orElse(null),
                device.lastCertificateCode().orElse(null),
                handover.reservation().request().needsInternet(),
                handover.recipientName().orElseThrow(),
                handover.signaturePng().orElse(null),
                handover.paperReference().orElse(null),
                placeText(handover),
                handover.doneAt().orElseThrow().atZone(FrenchCalendar.ZONE),
                handover.supportPerson().displayName()),
            locale(lang));
    audit.record(AuditAction.READ, HOUSEHOLD, handover.reservation().request().household().id());
    audit.record(AuditAction.EXPORT, "handover", id);
    return pdf(pdf, "bon-de-remise-" + device.assetTag().value());
  }

  private HandoverView view(Handover handover) {
    return HandoverView.of(handover, caller().role(), returns.of(handover.id()));
  }

  private static Response pdf(byte[] pdf, String name) {
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + name + ".pdf\"")
        .build();
  }

  private static String placeText(Handover handover) {
    Handover.Place place = handover.place();
    return place.structure() != null ? place.structure().name() : place.address();
  }

  private static String description(Device device) {
    Device.Specs specs = device.specs();
    return String.join(
            " ",
            device.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
            specs.brand() == null ? "" : specs.brand(),
            specs.model() == null ? "" : specs.model())
        .strip();
  }

  private java.util.Locale locale(String lang) {
    return Messages.localeFor(
        lang != null ? lang : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }

  private AuthenticatedUser caller() {
    return currentUser.require();
  }

  private HandoverStore.Scope scope() {
    AuthenticatedUser caller = caller();
    return switch (caller.role()) {
      case SUPPORT -> HandoverStore.Scope.supportTeam(caller.structureId());
      case SOCIAL_WORKER -> HandoverStore.Scope.referringStructure(caller.structureId());
      default -> HandoverStore.Scope.ALL;
    };
  }

  /** A read that shows the recipient's name is a read of the household's file. */
  private void auditRead(Handover handover, Role role) {
    if (role == Role.SUPPORT || role == Role.COORDINATOR) {
      audit.record(AuditAction.READ, HOUSEHOLD, handover.reservation().request().household().id());
    }
  }

  /** The day of {@code ?day=2026-12-03}; an impossible date is bad input, not a failure. */
  private static LocalDate day(String text) {
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException impossible) {
      throw new jakarta.ws.rs.BadRequestException("day");
    }
  }

  private static Instant instant(LocalDateTime paris) {
    return paris.atZone(FrenchCalendar.ZONE).toInstant();
  }

  private Handover.Place place(Long structureId, String address) {
    Structure structure =
        structureId == null
            ? null
            : Optional.ofNullable(em.find(Structure.class, structureId))
                .orElseThrow(fr.packnum.accounts.control.StructureNotFound::new);
    return new Handover.Place(structure, address); // a structure or an address: PlaceRequired
  }

  /** The signature as drawn: a data URL ({@code data:image/png;base64,…}) or bare base64. */
  private static byte[] png(String drawn) {
    if (drawn == null || drawn.isBlank()) {
      return null;
    }
    String base64 = drawn.startsWith("data:") ? drawn.substring(drawn.indexOf(',') + 1) : drawn;
    try {
      return Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException notBase64) {
      throw new fr.packnum.matching.entity.SignatureMissing();
    }
  }
}
