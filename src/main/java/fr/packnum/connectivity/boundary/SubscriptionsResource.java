package fr.packnum.connectivity.boundary;

import fr.packnum.accounts.boundary.AuditLog;
import fr.packnum.accounts.boundary.CurrentUser;
import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.connectivity.control.OfferStore;
import fr.packnum.connectivity.control.SubscriptionNotFound;
import fr.packnum.connectivity.control.SubscriptionStore;
import fr.packnum.connectivity.control.Worklist;
import fr.packnum.connectivity.entity.Subscription;
import fr.packnum.households.boundary.HouseholdFiles;
import fr.packnum.households.entity.PackRequest;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.control.StaleVersion;
import fr.packnum.platform.entity.Notes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The internet line each pack request's household takes: the referring social worker or a
 * coordinator records the offer chosen, then the operator's answer (the line's start date or its
 * refusal), its end, and unpaid bills; support people and coordinators read the worklist of lines
 * to call about. Support people record nothing here: they reach a household only through a
 * hand-over at their counter, which does not scope a line.
 */
@Path("subscriptions")
@ApplicationScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubscriptionsResource {

  static final String TARGET = "subscription";

  @Inject SubscriptionStore subscriptions;
  @Inject OfferStore offers;
  @Inject HouseholdFiles householdFiles;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public record Creation(@NotNull Long requestId, @NotNull Long offerId) {}

  public record Activation(@NotNull LocalDate activeFrom, @NotNull Long version) {}

  public record Refusal(
      @NotBlank @Size(max = Notes.MAX_LENGTH) String reason, @NotNull Long version) {}

  /** {@code endedOn} defaults to today. */
  public record Ending(LocalDate endedOn, @NotNull Long version) {}

  public record Change(@NotNull Long version) {}

  /** A line to call about: which request, which offer, from which day and why. */
  public record WorklistEntry(
      long subscriptionId,
      long requestId,
      String requestReference,
      String operator,
      String offerName,
      LocalDate on,
      List<Subscription.Attention> reasons) {}

  @GET
  @RolesAllowed({"SOCIAL_WORKER", "COORDINATOR"})
  public List<SubscriptionView> ofRequest(@QueryParam("requestId") @NotNull Long requestId) {
    PackRequest request = householdFiles.request(requestId);
    return subscriptions.ofRequest(request.id()).stream().map(SubscriptionView::of).toList();
  }

  @POST
  @RolesAllowed({"SOCIAL_WORKER", "COORDINATOR"})
  public Response create(@NotNull @Valid Creation creation, @Context UriInfo uri) {
    PackRequest request = householdFiles.request(creation.requestId());
    Subscription subscription =
        new Subscription(
            request,
            offers.get(creation.offerId()),
            currentUser.signature(),
            FrenchCalendar.today(clock));
    subscriptions.add(subscription);
    audit.record(AuditAction.CREATE, TARGET, subscription.id());
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(subscription.id())).build())
        .entity(SubscriptionView.of(subscription))
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"SOCIAL_WORKER", "COORDINATOR"})
  public SubscriptionView get(@PathParam("id") long id) {
    return SubscriptionView.of(reached(id));
  }

  @POST
  @Path("{id}/activation")
  @RolesAllowed({"SOCIAL_WORKER", "COORDINATOR"})
  public SubscriptionView activate(@PathParam("id") long id, @NotNull @Valid Activation a) {
    return change(id, a.version(), AuditAction.ACTIVATE, s -> s.activate(a.activeFrom()));
  }

  @POST
  @Path("{id}/refusal")
  @RolesAllowed({"SOCIAL_WORKER", "COORDINATOR"})
  public SubscriptionView refuse(@PathParam("id") long id, @NotNull @Valid Refusal r) {
    return change(id, r.version(), AuditAction.UPDATE, s -> s.refuse(r.reason(), today()));
  }

  @POST
  @Path("{id}/end")
  @RolesAllowed({"SOCIAL_WORKER", "COORDINATOR"})
  public SubscriptionView end(@PathParam("id") long id, @NotNull @Valid Ending e) {
    return change(
        id,
        e.version(),
        AuditAction.DEACTIVATE,
        s -> s.end(e.endedOn() == null ? today() : e.endedOn()));
  }

  @POST
  @Path("{id}/unpaid")
  @RolesAllowed({"SOCIAL_WORKER", "COORDINATOR"})
  public SubscriptionView reportUnpaid(@PathParam("id") long id, @NotNull @Valid Change c) {
    return change(id, c.version(), AuditAction.UPDATE, s -> s.reportUnpaid(today()));
  }

  @POST
  @Path("{id}/paid")
  @RolesAllowed({"SOCIAL_WORKER", "COORDINATOR"})
  public SubscriptionView paidAgain(@PathParam("id") long id, @NotNull @Valid Change c) {
    return change(id, c.version(), AuditAction.UPDATE, Subscription::paidAgain);
  }

  /**
   * ACTIVE lines whose promotional price ends within {@code days} days (Paris today) or reported
   * unpaid, soonest first. No personal data: the request's reference leads to the household.
   */
  @GET
  @Path("worklist")
  @RolesAllowed({"SUPPORT", "COORDINATOR"})
  public List<WorklistEntry> worklist(
      @QueryParam("days") @DefaultValue("30") @Min(0) @Max(366) int days) {
    LocalDate today = today();
    return Worklist.select(subscriptions.atRisk(today.plusDays(days)), today, days).stream()
        .map(
            e ->
                new WorklistEntry(
                    e.subscription().id(),
                    e.subscription().request().id(),
                    e.subscription().requestReference(),
                    e.subscription().offer().terms().operator(),
                    e.subscription().offer().terms().name(),
                    e.on(),
                    e.reasons()))
        .toList();
  }

  private SubscriptionView change(
      long id, long version, AuditAction action, Consumer<Subscription> step) {
    Subscription subscription = reached(id);
    StaleVersion.check(subscription.version(), version);
    step.accept(subscription);
    subscriptions.flush();
    audit.record(action, TARGET, id);
    return SubscriptionView.of(subscription);
  }

  /** The line, if the caller reaches its request's household; another structure's is 404. */
  private Subscription reached(long id) {
    Subscription subscription = subscriptions.get(id);
    if (!householdFiles.reaches(subscription.request())) {
      throw new SubscriptionNotFound();
    }
    return subscription;
  }

  private LocalDate today() {
    return FrenchCalendar.today(clock);
  }
}
