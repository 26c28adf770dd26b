package fr.packnum.matching.boundary;

import fr.packnum.accounts.boundary.AuditLog;
import fr.packnum.accounts.boundary.CurrentUser;
import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.households.entity.PackRequest;
import fr.packnum.households.entity.PreferredDevice;
import fr.packnum.matching.control.MatchingEngine;
import fr.packnum.matching.control.MatchingStore;
import fr.packnum.matching.control.PriorityWeights;
import fr.packnum.matching.control.Proposal;
import fr.packnum.matching.control.WeightsOutdated;
import fr.packnum.matching.entity.WeightSet;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.workshop.entity.Device;
import fr.packnum.workshop.entity.DeviceType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The coordination's matching: what is on the shelf and in the queue, the engine's proposal for all
 * of them (or a territory, a structure, a device type), and the priority weights. A proposal is
 * computed, not stored: the coordinator confirms its pairs one by one as reservations.
 */
@Path("matching")
@ApplicationScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MatchingResource {

  @Inject MatchingStore store;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** READY devices by type and ELIGIBLE requests by the type they ask for. */
  public record Overview(
      Map<DeviceType, Long> readyDevices, Map<PreferredDevice, Long> waitingRequests) {}

  public record WeightsView(
      int version,
      int perSchoolChild,
      int jobSearch,
      int urgentWithReason,
      int perDayWaiting,
      int perHouseholdMember,
      int noConnectivity,
      int mobileOnly,
      int qpv,
      Instant createdAt,
      String createdBy) {
    static WeightsView of(WeightSet set) {
      WeightSet.Points p = set.points();
      return new WeightsView(
          set.version(),
          p.perSchoolChild(),
          p.jobSearch(),
          p.urgentWithReason(),
          p.perDayWaiting(),
          p.perHouseholdMember(),
          p.noConnectivity(),
          p.mobileOnly(),
          p.qpv(),
          set.createdAt(),
          set.createdBy().name());
    }
  }

  /** New weights, each 0 to {@value PriorityWeights#MAX_POINTS} points. */
  public record WeightsCommand(
      @NotNull Integer basedOnVersion,
      @NotNull @Min(0) @Max(PriorityWeights.MAX_POINTS) Integer perSchoolChild,
      @NotNull @Min(0) @Max(PriorityWeights.MAX_POINTS) Integer jobSearch,
      @NotNull @Min(0) @Max(PriorityWeights.MAX_POINTS) Integer urgentWithReason,
      @NotNull @Min(0) @Max(PriorityWeights.MAX_POINTS) Integer perDayWaiting,
      @NotNull @Min(0) @Max(PriorityWeights.MAX_POINTS) Integer perHouseholdMember,
      @NotNull @Min(0) @Max(PriorityWeights.MAX_POINTS) Integer noConnectivity,
      @NotNull @Min(0) @Max(PriorityWeights.MAX_POINTS) Integer mobileOnly,
      @NotNull @Min(0) @Max(PriorityWeights.MAX_POINTS) Integer qpv) {
    WeightSet.Points points() {
      return new WeightSet.Points(
          perSchoolChild,
          jobSearch,
          urgentWithReason,
          perDayWaiting,
          perHouseholdMember,
          noConnectivity,
          mobileOnly,
          qpv);
    }
  }

  @GET
  @Path("overview")
  @RolesAllowed("COORDINATOR")
  public Overview overview() {
    MatchingStore.Scope all = new MatchingStore.Scope(null, null, null);
    Map<DeviceType, Long> devices = new EnumMap<>(DeviceType.class);
    store.shelf(all).forEach(d -> devices.merge(d.type(), 1L, Long::sum));
    Map<PreferredDevice, Long> requests = new EnumMap<>(PreferredDevice.class);
    store.queue(all).forEach(r -> requests.merge(r.preferredDevice(), 1L, Long::sum));
    return new Overview(devices, requests);
  }

  /**
   * The engine's optimal proposal for the READY shelf and the ELIGIBLE queue, or the part of them a
   * filter keeps: a device type, a structure, a département (its code, e.g. 93 or 2A).
   */
  @GET
  @Path("proposal")
  @RolesAllowed("COORDINATOR")
  public ProposalView proposal(
      @QueryParam("deviceType") DeviceType deviceType,
      @QueryParam("structureId") Long structureId,
      @QueryParam("departement")
          @Pattern(regexp = "\\d{2}|2[AB]|97\\d", message = "matching.departement")
          String departement) {
    MatchingStore.Scope scope = new MatchingStore.Scope(deviceType, structureId, departement);
    List<Device> shelf = store.shelf(scope);
    List<PackRequest> queue = store.queue(scope);
    WeightSet weights = store.currentWeights();
    LocalDate today = FrenchCalendar.today(clock);
    Proposal proposal =
        new MatchingEngine(MatchingStore.weights(weights))
            .propose(
                shelf.stream().map(MatchingStore::shelfDevice).toList(),
                queue.stream().map(request -> MatchingStore.queued(request, today)).toList());
    return ProposalView.of(
        proposal,
        weights.version(),
        queue.stream().collect(Collectors.toMap(PackRequest::id, Function.identity())),
        shelf.stream().collect(Collectors.toMap(Device::id, Function.identity())));
  }

  @GET
  @Path("weights")
  @RolesAllowed("COORDINATOR")
  public WeightsView weights() {
    return WeightsView.of(store.currentWeights());
  }

  /** A new version of the weights; based on an outdated version, refused with 409. */
  @POST
  @Path("weights")
  @RolesAllowed("COORDINATOR")
  public Response changeWeights(@NotNull @Valid WeightsCommand command, @Context UriInfo uri) {
    WeightSet current = store.currentWeights();
    if (current.version() != command.basedOnVersion()) {
      throw new WeightsOutdated(current.version());
    }
    WeightSet next =
        new WeightSet(
            current.version() + 1, command.points(), currentUser.signature(), clock.instant());
    MatchingStore.weights(next); // the engine's rules on weights, before anything is written
    store.addWeights(next); // saved at the same moment by another coordinator: 409 (duplicate key)
    audit.record(AuditAction.CREATE, "matching-weights", next.version());
    return Response.created(uri.getAbsolutePathBuilder().build())
        .entity(WeightsView.of(next))
        .build();
  }
}
