package fr.packnum.households.boundary;

import fr.packnum.accounts.boundary.AuditLog;
import fr.packnum.accounts.boundary.CurrentUser;
import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.accounts.entity.AuditEvent;
import fr.packnum.accounts.entity.Role;
import fr.packnum.households.control.Anonymisation;
import fr.packnum.households.control.Eligibility;
import fr.packnum.households.control.EligibilityRules;
import fr.packnum.households.control.HouseholdStore;
import fr.packnum.households.control.IdentityKeys;
import fr.packnum.households.control.PackRequestStore;
import fr.packnum.households.control.Scope;
import fr.packnum.households.entity.Connectivity;
import fr.packnum.households.entity.Household;
import fr.packnum.households.entity.Need;
import fr.packnum.households.entity.PackRequest;
import fr.packnum.households.entity.PreferredDevice;
import fr.packnum.households.entity.RequestStatus;
import fr.packnum.households.entity.RequiredFeature;
import fr.packnum.households.entity.Situation;
import fr.packnum.households.entity.Urgency;
import fr.packnum.platform.boundary.Idempotent;
import fr.packnum.platform.boundary.Paging;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.control.Messages;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.Problem;
import fr.packnum.platform.control.ProblemException;
import fr.packnum.platform.control.Problems;
import fr.packnum.platform.control.StaleVersion;
import fr.packnum.territory.boundary.Territory;
import fr.packnum.territory.entity.InseeCode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Household files: a social worker creates and updates those of their own structure; the
 * coordination reads them all. Every read and change is in the audit log; a household can be
 * exported (right of access) and anonymised (right to erasure).
 */
@Path("households")
@ApplicationScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HouseholdsResource {

  static final String TARGET = "household";

  @Inject Territory territory;
  @Inject HouseholdStore households;
  @Inject PackRequestStore requests;
  @Inject IdentityKeys identityKeys;
  @Inject Eligibility eligibility;
  @Inject Anonymisation anonymisation;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Context HttpHeaders headers;

  public record SituationInput(
      @NotNull Situation situation,
      @NotBlank @Size(max = 80) String proofType,
      @NotNull @PastOrPresent LocalDate proofDate) {}

  public record ConsentInput(
      @NotNull Integer noticeVersion, @NotNull @PastOrPresent LocalDate givenOn) {}

  /** What a social worker enters; {@code consent} may come with the creation or later. */
  public record HouseholdCommand(
      @NotBlank @Size(max = 100) String contactName,
      @NotBlank @Pattern(regexp = PHONE, message = "phone.format") String contactPhone,
      @Email @Size(max = 254) String contactEmail,
      @NotNull @Pattern(regexp = InseeCode.PATTERN, message = "insee.format") String inseeCode,
      boolean inQpv,
      @NotNull @Min(1) @Max(20) Integer adults,
      @NotNull @Min(0) @Max(20) Integer children,
      @NotNull @Min(0) @Max(20) Integer schoolChildren,
      @Size(max = 12) List<@NotNull @Valid SituationInput> situations,
      @DecimalMin("0") @DecimalMax("99999") @Digits(integer = 6, fraction = 2)
          BigDecimal quotientFamilial,
      @PastOrPresent LocalDate quotientFamilialDate,
      @DecimalMin("0") @DecimalMax("99999") @Digits(integer = 6, fraction = 2)
          BigDecimal resteAVivre,
      @PastOrPresent LocalDate resteAVivreDate,
      Set<@NotNull Need> needs,
      @NotNull Connectivity connectivity,
      @Size(max = 500) String accessibilityNeeds,
      @Valid ConsentInput consent,
      Long version) {}

  /** A French or international phone number as people write it. */
  static final String PHONE = "^\\+?[0-9][0-9 .()-]{5,28}$";

  public record EligibilityView(
      String outcome, List<Problem.FieldError> reasons, int ruleSetVersion) {}

  @GET
  @RolesAllowed({"SOCIAL_WORKER", "COORDINATOR"})
  public Page<HouseholdView.Summary> list(
      @Valid @BeanParam Paging paging, @QueryParam("q") @Size(max = 100) String text) {
    Page<Household> page = households.list(scope(), text, paging.offset(), paging.size());
    Map<Long, PackRequest> open = requests.openFor(page.items());
    audit.recordAll(AuditAction.READ, TARGET, page.items().stream().map(Household::id).toList());
    return page.map(h -> HouseholdView.summary(h, open.get(h.id())));
  }

  /**
   * The households' and requests' enumerations, in their order; the browser labels them in its
   * language, keyed by value.
   */
  public record Vocabulary(
      List<Situation> situations,
      List<Need> needs,
      List<Connectivity> connectivities,
      List<PreferredDevice> devices,
      List<RequiredFeature> features,
      List<Urgency> urgencies,
      List<RequestStatus> requestStatuses) {}

  @GET
  @Path("vocabulary")
  @RolesAllowed({"SOCIAL_WORKER", "COORDINATOR"})
  public Vocabulary vocabulary() {
    return new Vocabulary(
        List.of(Situation.values()),
        List.of(Need.values()),
        List.of(Connectivity.values()),
        List.of(PreferredDevice.values()),
        List.of(RequiredFeature.values()),
        List.of(Urgency.values()),
        List.of(RequestStatus.values()));
  }

  @GET
  @Path("statistics")
  @RolesAllowed({"SOCIAL_WORKER", "COORDINATOR"})
  public HouseholdStore.Statistics statistics() {
    return households.statistics(scope());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"SOCIAL_WORKER", "COORDINATOR"})
  public HouseholdView get(@PathParam("id") long id) {
    Household household = households.get(id, scope());
    audit.record(AuditAction.READ, TARGET, id);
    return HouseholdView.of(household, role());
  }

  @POST
  @Idempotent
  @RolesAllowed("SOCIAL_WORKER")
  public Response create(@NotNull @Valid HouseholdCommand command, @Context UriInfo uri) {
    var caller = currentUser.require();
    var now = clock.instant();
    Household.Contact contact = contact(command);
    Household household =
        new Household(
            households.newReference(),
            currentUser.activeStructure(),
            contact,
            identityKeys.hash().of(contact.name(), contact.phone()),
            profile(command),
            now);
    if (command.consent() != null) {
      household.recordConsent(
          command.consent().givenOn(), command.consent().noticeVersion(), caller.username(), now);
    }
    households.add(household);
    audit.record(AuditAction.CREATE, TARGET, household.id());
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(household.id())).build())
        .entity(HouseholdView.of(household, role()))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed("SOCIAL_WORKER")
  public HouseholdView update(@PathParam("id") long id, @NotNull @Valid HouseholdCommand command) {
    if (command.version() == null) {
      throw new VersionMissing();
    }
    Household household = households.get(id, scope());
    StaleVersion.check(household.version(), command.version());
    Household.Contact contact = contact(command);
    household.update(
        contact,
        identityKeys.hash().of(contact.name(), contact.phone()),
        profile(command),
        clock.instant());
    households.flush();
    audit.record(AuditAction.UPDATE, TARGET, id);
    return HouseholdView.of(household, role());
  }

  @POST
  @Path("{id}/consent")
  @RolesAllowed("SOCIAL_WORKER")
  public HouseholdView recordConsent(
      @PathParam("id") long id, @NotNull @Valid ConsentInput consent) {
    Household household = households.get(id, scope());
    household.recordConsent(
        consent.givenOn(),
        consent.noticeVersion(),
        currentUser.require().username(),
        clock.instant());
    households.flush();
    audit.record(AuditAction.UPDATE, TARGET, id);
    return HouseholdView.of(household, role());
  }

  @GET
  @Path("{id}/eligibility")
  @RolesAllowed({"SOCIAL_WORKER", "COORDINATOR"})
  public EligibilityView eligibility(@PathParam("id") long id) {
    Household household = households.get(id, scope());
    audit.record(AuditAction.READ, TARGET, id);
    EligibilityRules.Decision decision =
        eligibility.preview(household, FrenchCalendar.today(clock));
    return new EligibilityView(
        decision.outcome().name(),
        Problems.fieldErrors(locale(), decision.reasons()),
        decision.ruleSetVersion());
  }

  /** Everything PackNum holds on the household, for the person who asks (GDPR article 15). */
  @GET
  @Path("{id}/export")
  @RolesAllowed({"SOCIAL_WORKER", "COORDINATOR", "ADMIN"})
  public Response export(@PathParam("id") long id) {
    Household household = households.get(id, scope());
    List<PackRequestView> packRequests = new ArrayList<>();
    for (PackRequest request : requests.of(household)) {
      packRequests.add(PackRequestView.of(request, locale(), Set.of()));
    }
    var history =
        audit
            .list(new AuditLog.Filter(TARGET, String.valueOf(id), null, null), 0, Integer.MAX_VALUE)
            .items()
            .stream()
            .map(HouseholdExport.Access::of)
            .toList();
    audit.record(AuditAction.EXPORT, TARGET, id);
    return Response.ok(
            new HouseholdExport(
                clock.instant(), HouseholdView.of(household, role()), packRequests, history))
        .header(
            "Content-Disposition",
            "attachment; filename=\"packnum-" + household.reference() + ".json\"")
        .build();
  }

  /** Erases the household's personal data and keeps the statistics (GDPR article 17). */
  @POST
  @Path("{id}/anonymisation")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  public HouseholdView anonymise(@PathParam("id") long id) {
    Household household = households.get(id, Scope.ALL);
    AuditEvent.Actor actor = currentUser.actor();
    anonymisation.anonymise(household, actor, clock.instant());
    households.flush();
    return HouseholdView.of(household, role());
  }

  /**
   * A social worker's own structure; the coordination and the administrator (GDPR requests): all.
   */
  private Scope scope() {
    return Scope.of(currentUser.require());
  }

  private Role role() {
    return currentUser.require().role();
  }

  private Locale locale() {
    return Messages.localeFor(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }

  private static Household.Contact contact(HouseholdCommand command) {
    return new Household.Contact(
        command.contactName(), command.contactPhone(), command.contactEmail());
  }

  private Household.Profile profile(HouseholdCommand command) {
    List<Household.Amount> amounts =
        Household.Amount.of(
            List.of(
                new Household.Amount.Entered(
                    command.quotientFamilial(),
                    command.quotientFamilialDate(),
                    "quotientFamilialDate"),
                new Household.Amount.Entered(
                    command.resteAVivre(), command.resteAVivreDate(), "resteAVivreDate")));
    return new Household.Profile(
        territory.commune("inseeCode", command.inseeCode()),
        command.inQpv(),
        new Household.Composition(command.adults(), command.children(), command.schoolChildren()),
        command.situations() == null
            ? List.of()
            : command.situations().stream()
                .map(s -> new Household.Proof(s.situation(), s.proofType().strip(), s.proofDate()))
                .toList(),
        amounts.get(0),
        amounts.get(1),
        command.needs() == null ? Set.of() : command.needs(),
        command.connectivity(),
        command.accessibilityNeeds());
  }

  /** An update must say which version it was made from. */
  static class VersionMissing extends ProblemException {
    VersionMissing() {
      super(400, "validation", List.of(new FieldKey("version", "constraint.NotNull")), 1);
    }
  }
}
