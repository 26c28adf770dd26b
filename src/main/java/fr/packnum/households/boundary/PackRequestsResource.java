package fr.packnum.households.boundary;

import fr.packnum.accounts.boundary.AuditLog;
import fr.packnum.accounts.boundary.CurrentUser;
import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.accounts.entity.Structure;
import fr.packnum.households.control.Eligibility;
import fr.packnum.households.control.HouseholdStore;
import fr.packnum.households.control.PackRequestStore;
import fr.packnum.households.control.PackRequests;
import fr.packnum.households.control.ReferralSlips;
import fr.packnum.households.control.Scope;
import fr.packnum.households.entity.Household;
import fr.packnum.households.entity.PackRequest;
import fr.packnum.households.entity.PreferredDevice;
import fr.packnum.households.entity.RequestStatus;
import fr.packnum.households.entity.RequestTransitionRefused;
import fr.packnum.households.entity.RequiredFeature;
import fr.packnum.households.entity.Urgency;
import fr.packnum.platform.boundary.Idempotent;
import fr.packnum.platform.boundary.Paging;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.control.Messages;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.StaleVersion;
import fr.packnum.platform.entity.Notes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pack requests: a social worker drafts and submits them for households of their structure; the
 * coordination decides on eligibility. Every step is an event with who and when; reading one is
 * reading the household's file, and is audited as such.
 */
@Path("pack-requests")
@ApplicationScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PackRequestsResource {

  @Inject PackRequestStore requests;
  @Inject PackRequests packRequests;
  @Inject HouseholdStore households;
  @Inject Eligibility eligibility;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Context HttpHeaders headers;

  @Inject
  @ConfigProperty(name = "packnum.programme.name", defaultValue = "Pack numérique solidaire")
  String programmeName;

  @Inject
  @ConfigProperty(name = "packnum.programme.phone")
  Optional<String> programmePhone;

  @Inject
  @ConfigProperty(name = "packnum.programme.email")
  Optional<String> programmeEmail;

  public record RequestCommand(
      @NotNull Long householdId,
      @NotNull PreferredDevice preferredDevice,
      Set<@NotNull RequiredFeature> features,
      @NotNull Urgency urgency,
      @Size(max = 300) String urgencyReason,
      boolean needsInternet,
      @Size(max = 150) String supportPlace) {}

  public record RequestUpdate(
      @NotNull PreferredDevice preferredDevice,
      Set<@NotNull RequiredFeature> features,
      @NotNull Urgency urgency,
      @Size(max = 300) String urgencyReason,
      boolean needsInternet,
      @Size(max = 150) String supportPlace,
      @NotNull Long version) {}

  public record DecisionCommand(
      @NotNull @Pattern(regexp = "ELIGIBLE|REJECTED", message = "decision.outcome") String outcome,
      @Size(max = Notes.MAX_LENGTH) String justification,
      @NotNull Long version) {}

  public record Cancellation(@Size(max = Notes.MAX_LENGTH) String reason) {}

  @GET
  @RolesAllowed({"SOCIAL_WORKER", "COORDINATOR"})
  public Page<PackRequestView.Summary> list(
      @Valid @BeanParam Paging paging,
      @QueryParam("status") RequestStatus status,
      @QueryParam("q") @Size(max = 100) String text,
      @QueryParam("householdId") Long householdId) {
    Page<PackRequest> page =
        requests.list(
            scope(),
            new PackRequestStore.Filter(status, text, householdId),
            paging.offset(),
            paging.size());
    auditReads(page.items());
    return page.map(PackRequestView::summary);
  }

  @GET
  @Path("summary")
  @RolesAllowed({"SOCIAL_WORKER", "COORDINATOR"})
  public Map<RequestStatus, Long> summary() {
    return requests.summary(scope());
  }

  /** Submitted requests awaiting a decision: those the rules left to review first, then oldest. */
  @GET
  @Path("queue")
  @RolesAllowed("COORDINATOR")
  public Page<PackRequestView.Summary> queue(@Valid @BeanParam Paging paging) {
    Page<PackRequest> page = requests.queue(paging.offset(), paging.size());
    auditReads(page.items());
    return page.map(PackRequestView::summary);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"SOCIAL_WORKER", "COORDINATOR"})
  public PackRequestView get(@PathParam("id") long id) {
    PackRequest request = requests.get(id, scope());
    auditReads(List.of(request));
    return view(request);
  }

  @POST
  @Idempotent
  @RolesAllowed("SOCIAL_WORKER")
  public Response create(@NotNull @Valid RequestCommand command, @Context UriInfo uri) {
    Household household = households.get(command.householdId(), scope());
    PackRequest request =
        packRequests.open(
            household,
            wish(
                command.preferredDevice(),
                command.features(),
                command.urgency(),
                command.urgencyReason(),
                command.needsInternet(),
                command.supportPlace()),
            currentUser.signature(),
            clock.instant());
    audit.record(AuditAction.CREATE, "pack-request", request.id());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(request.id())).build())
        .entity(view(request))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed("SOCIAL_WORKER")
  public PackRequestView update(@PathParam("id") long id, @NotNull @Valid RequestUpdate update) {
    PackRequest request = requests.get(id, scope());
    StaleVersion.check(request.version(), update.version());
    request.edit(
        wish(
            update.preferredDevice(),
            update.features(),
            update.urgency(),
            update.urgencyReason(),
            update.needsInternet(),
            update.supportPlace()),
        currentUser.signature(),
        clock.instant());
    requests.flush();
    audit.record(AuditAction.UPDATE, "pack-request", id);
    return view(request);
  }

  @POST
  @Path("{id}/submission")
  @RolesAllowed("SOCIAL_WORKER")
  public PackRequestView submit(@PathParam("id") long id) {
    PackRequest request = requests.get(id, scope());
    request.submit(eligibility.assess(request, today()), currentUser.signature(), clock.instant());
    requests.flush();
    audit.record(AuditAction.SUBMIT, "pack-request", id);
    return view(request);
  }

  /**
   * The coordinator's decision; a decision against the rules is an override, justified in writing
   * and audited as such. A granted pack is remembered by identity hash for the repeat period.
   */
  @POST
  @Path("{id}/decision")
  @RolesAllowed("COORDINATOR")
  public PackRequestView decide(@PathParam("id") long id, @NotNull @Valid DecisionCommand command) {
    PackRequest request = requests.get(id, Scope.ALL);
    StaleVersion.check(request.version(), command.version());
    packRequests.decide(
        request,
        RequestStatus.valueOf(command.outcome()),
        command.justification(),
        currentUser.signature(),
        clock.instant());
    requests.flush();
    boolean override = request.decision().orElseThrow().override();
    audit.record(override ? AuditAction.OVERRIDE : AuditAction.DECIDE, "pack-request", id);
    return view(request);
  }

  @POST
  @Path("{id}/cancellation")
  @RolesAllowed({"SOCIAL_WORKER", "COORDINATOR"})
  public PackRequestView cancel(@PathParam("id") long id, @Valid Cancellation cancellation) {
    PackRequest request = requests.get(id, scope());
    packRequests.cancel(
        request,
        cancellation == null ? null : cancellation.reason(),
        currentUser.signature(),
        clock.instant());
    requests.flush();
    audit.record(AuditAction.CANCEL, "pack-request", id);
    return view(request);
  }

  /**
   * The referral slip ("bon d'orientation"): the reference and what happens next, nothing personal.
   */
  @GET
  @Path("{id}/referral-slip")
  @Produces("application/pdf")
  @RolesAllowed({"SOCIAL_WORKER", "COORDINATOR"})
  public Response referralSlip(@PathParam("id") long id) {
    PackRequest request = requests.get(id, scope());
    if (!request.actionsFor(currentUser.require().role()).contains(PackRequest.Action.SLIP)) {
      throw new RequestTransitionRefused(request.status());
    }
    Structure structure = request.household().structure();
    byte[] pdf =
        ReferralSlips.render(
            new ReferralSlips.Slip(
                request.reference(),
                LocalDate.ofInstant(
                    request.submittedAt().orElse(request.createdAt()), FrenchCalendar.ZONE),
                structure.name(),
                structure.contactEmail().orElse(null),
                request.supportPlace().orElse(null),
                programmeName,
                programmePhone.orElse(null),
                programmeEmail.orElse(null)),
            locale());
    audit.record(AuditAction.EXPORT, "pack-request", id);
    return Response.ok(pdf, "application/pdf")
        .header(
            "Content-Disposition",
            "inline; filename=\"bon-orientation-" + request.reference() + ".pdf\"")
        .build();
  }

  private PackRequestView view(PackRequest request) {
    return PackRequestView.of(request, locale(), request.actionsFor(currentUser.require().role()));
  }

  private void auditReads(List<PackRequest> read) {
    audit.recordAll(
        AuditAction.READ,
        HouseholdsResource.TARGET,
        read.stream().map(r -> r.household().id()).toList());
  }

  private static PackRequest.Wish wish(
      PreferredDevice device,
      Set<RequiredFeature> features,
      Urgency urgency,
      String urgencyReason,
      boolean needsInternet,
      String supportPlace) {
    return new PackRequest.Wish(
        device,
        features == null ? Set.of() : features,
        urgency,
        urgencyReason,
        needsInternet,
        supportPlace);
  }

  private Scope scope() {
    return Scope.of(currentUser.require());
  }

  private LocalDate today() {
    return FrenchCalendar.today(clock);
  }

  private Locale locale() {
    return Messages.localeFor(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }
}
