package fr.packnum.connectivity.boundary;

import fr.packnum.accounts.boundary.AuditLog;
import fr.packnum.accounts.boundary.CurrentUser;
import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.accounts.entity.Role;
import fr.packnum.connectivity.control.OfferRanking;
import fr.packnum.connectivity.control.OfferStore;
import fr.packnum.connectivity.entity.Offer;
import fr.packnum.connectivity.entity.OfferKind;
import fr.packnum.connectivity.entity.OfferTerms;
import fr.packnum.households.boundary.HouseholdFiles;
import fr.packnum.households.entity.Household;
import fr.packnum.households.entity.Situation;
import fr.packnum.platform.boundary.Idempotent;
import fr.packnum.platform.boundary.Paging;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.ProblemException;
import fr.packnum.platform.control.StaleVersion;
import fr.packnum.territory.boundary.Territory;
import fr.packnum.territory.entity.Commune;
import fr.packnum.territory.entity.InseeCode;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The internet offer catalogue: coordinators create, edit, deactivate and reactivate offers; social
 * workers, support people and coordinators read them; and for one household the offers it may take,
 * cheapest first over a year, with the reasons for the others.
 */
@Path("offers")
@ApplicationScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OffersResource {

  static final String TARGET = "offer";

  /** A département code: 93, 2A, 974. */
  static final String DEPARTEMENT = "^(?:\\d{2}|2[AB]|97\\d)$";

  /** A monthly budget in euros as people type it: 20, 19.99, 19,99. */
  static final String BUDGET = "^\\d{1,5}(?:[.,]\\d{1,2})?$";

  static final int MAX_CENTS = 1_000_000;

  @Inject OfferStore offers;
  @Inject HouseholdFiles householdFiles;
  @Inject Territory territory;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** An offer as a coordinator enters it; months and the set-up fee default to 0. */
  public record OfferCommand(
      @NotBlank @Size(max = OfferTerms.OPERATOR_LENGTH) String operator,
      @NotBlank @Size(max = OfferTerms.NAME_LENGTH) String name,
      @NotNull OfferKind kind,
      @NotNull @Min(0) @Max(MAX_CENTS) Integer monthlyPriceCents,
      @Min(0) @Max(MAX_CENTS) Integer priceAfterPromotionCents,
      @Min(0) @Max(60) Integer promotionalMonths,
      @Min(0) @Max(60) Integer commitmentMonths,
      @Min(0) @Max(MAX_CENTS) Integer setupFeeCents,
      @Size(max = 20) Set<@NotNull Situation> eligibleSituations,
      @DecimalMin(value = "0", inclusive = false)
          @DecimalMax("99999")
          @Digits(integer = 5, fraction = 2)
          BigDecimal maxQuotientFamilial,
      @Size(max = 110)
          Set<@NotNull @Pattern(regexp = DEPARTEMENT, message = "offers.departement") String>
              departements,
      @Size(max = 300) List<@NotNull String> communes,
      @NotBlank @Size(max = OfferTerms.HOW_TO_LENGTH) String howToSubscribe,
      @NotNull LocalDate validFrom,
      LocalDate validTo,
      Long version) {}

  /** The closed lists of the offer form, labelled by the browser in its language. */
  public record Vocabulary(
      List<OfferKind> kinds, List<Situation> situations, List<OfferRanking.Reason> reasons) {}

  @GET
  @RolesAllowed({"COORDINATOR", "SOCIAL_WORKER", "SUPPORT"})
  public Page<OfferView> list(
      @Valid @BeanParam Paging paging,
      @QueryParam("q") @Size(max = 100) String text,
      @QueryParam("kind") OfferKind kind,
      @QueryParam("active") Boolean active) {
    Role role = role();
    return offers
        .list(text, kind, active, paging.offset(), paging.size())
        .map(o -> OfferView.of(o, role));
  }

  @GET
  @Path("vocabulary")
  @RolesAllowed({"COORDINATOR", "SOCIAL_WORKER", "SUPPORT"})
  public Vocabulary vocabulary() {
    return new Vocabulary(
        List.of(OfferKind.values()),
        List.of(Situation.values()),
        List.of(OfferRanking.Reason.values()));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"COORDINATOR", "SOCIAL_WORKER", "SUPPORT"})
  public OfferView get(@PathParam("id") long id) {
    return OfferView.of(offers.get(id), role());
  }

  @POST
  @Idempotent
  @RolesAllowed("COORDINATOR")
  public Response create(@NotNull @Valid OfferCommand command, @Context UriInfo uri) {
    Offer offer = new Offer(terms(command), clock.instant());
    offers.add(offer);
    audit.record(AuditAction.CREATE, TARGET, offer.id());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(offer.id())).build())
        .entity(OfferView.of(offer, role()))
        .build();
  }

  /** New terms, made from the version read; a change made meanwhile gives 409. */
  @PUT
  @Path("{id}")
  @RolesAllowed("COORDINATOR")
  public OfferView update(@PathParam("id") long id, @NotNull @Valid OfferCommand command) {
    if (command.version() == null) {
      throw new VersionMissing();
    }
    Offer offer = offers.get(id);
    StaleVersion.check(offer.version(), command.version());
    offer.describe(terms(command));
    offers.flush();
    audit.record(AuditAction.UPDATE, TARGET, id);
    return OfferView.of(offer, role());
  }

  /** No longer proposed to households. */
  @POST
  @Path("{id}/deactivation")
  @RolesAllowed("COORDINATOR")
  public OfferView deactivate(@PathParam("id") long id) {
    Offer offer = offers.get(id);
    offer.deactivate();
    offers.flush();
    audit.record(AuditAction.DEACTIVATE, TARGET, id);
    return OfferView.of(offer, role());
  }

  @POST
  @Path("{id}/activation")
  @RolesAllowed("COORDINATOR")
  public OfferView activate(@PathParam("id") long id) {
    Offer offer = offers.get(id);
    offer.activate();
    offers.flush();
    audit.record(AuditAction.ACTIVATE, TARGET, id);
    return OfferView.of(offer, role());
  }

  /**
   * The active offers for a household the caller reaches (a social worker: their structure's;
   * another's is 404), ranked by what it would pay over a year, and the others with their reasons;
   * {@code budget} is the most it can pay in a month, in euros. Audited as a read of the household.
   * Support people are left out: they reach a household only through a hand-over at their counter.
   */
  @GET
  @Path("for-household/{householdId}")
  @RolesAllowed({"SOCIAL_WORKER", "COORDINATOR"})
  public HouseholdOffersView forHousehold(
      @PathParam("householdId") long householdId,
      @QueryParam("budget") @Pattern(regexp = BUDGET, message = "offers.budget") String budget) {
    Household household = householdFiles.read(householdId);
    Household.Profile profile = household.profile();
    InseeCode code = profile.commune();
    String departement =
        territory.find(code).map(Commune::departement).orElseGet(() -> departementOf(code));
    String communeName = Territory.communeName(code);
    Integer budgetCents = budget == null ? null : cents(budget);
    LocalDate today = FrenchCalendar.today(clock);
    List<Offer> active = offers.active();
    OfferRanking.Ranking ranking =
        OfferRanking.rank(
            active.stream().map(o -> new OfferRanking.Candidate(o.id(), o.terms())).toList(),
            new OfferRanking.Household(
                profile.situations().stream()
                    .map(Household.Proof::situation)
                    .collect(Collectors.toSet()),
                profile.quotientFamilial() == null ? null : profile.quotientFamilial().value(),
                code.value(),
                communeName,
                departement),
            budgetCents,
            today);
    return HouseholdOffersView.of(
        new HouseholdOffersView.Subject(
            household.id(),
            household.reference(),
            code.value(),
            communeName,
            departement,
            budgetCents,
            today,
            OfferTerms.HORIZON_MONTHS),
        ranking,
        active.stream().collect(Collectors.toMap(Offer::id, Function.identity())),
        role());
  }

  private OfferTerms terms(OfferCommand command) {
    Set<String> communes = new LinkedHashSet<>();
    if (command.communes() != null) {
      for (String code : command.communes()) {
        communes.add(territory.commune("communes", code.strip()).value());
      }
    }
    return new OfferTerms(
        command.operator(),
        command.name(),
        command.kind(),
        command.monthlyPriceCents(),
        command.priceAfterPromotionCents(),
        orZero(command.promotionalMonths()),
        orZero(command.commitmentMonths()),
        orZero(command.setupFeeCents()),
        command.eligibleSituations(),
        command.maxQuotientFamilial(),
        command.departements(),
        communes,
        command.howToSubscribe(),
        command.validFrom(),
        command.validTo());
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  /** "19,99" → 1999. */
  static int cents(String euros) {
    return new BigDecimal(euros.replace(',', '.')).movePointRight(2).intValueExact();
  }

  /** The département of a code the commune list no longer knows: 93 for 93048, 974 for 97411. */
  static String departementOf(InseeCode code) {
    String value = code.value();
    return value.startsWith("97") ? value.substring(0, 3) : value.substring(0, 2);
  }

  private Role role() {
    return currentUser.require().role();
  }

  /** An update must say which version it was made from. */
  static class VersionMissing extends ProblemException {
    VersionMissing() {
      super(400, "validation", List.of(new FieldKey("version", "constraint.NotNull")), 1);
    }
  }
}
