package fr.packnum.matching.control;

import fr.packnum.households.control.RequestNotFound;
import fr.packnum.households.entity.Household;
import fr.packnum.households.entity.PackRequest;
import fr.packnum.households.entity.RequestStatus;
import fr.packnum.matching.entity.Reservation;
import fr.packnum.matching.entity.WeightSet;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.workshop.entity.Device;
import fr.packnum.workshop.entity.DeviceStatus;
import fr.packnum.workshop.entity.DeviceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What matching reads of the other components: the READY shelf and the queue of ELIGIBLE requests,
 * turned into what the engine sees; and the priority weights in force. Reading another component's
 * entities is allowed; changing them goes through their boundaries.
 */
@ApplicationScoped
public class MatchingStore {

  @PersistenceContext EntityManager em;

  /** What a run covers: every filter is optional. */
  public record Scope(DeviceType deviceType, Long structureId, String departement) {}

  /** READY devices that are not parts donors, of the type asked for if any. */
  public List<Device> shelf(Scope scope) {
    String type = scope.deviceType() == null ? "" : " and d.type = :type";
    var query =
        em.createQuery(
            "select d from Device d where d.status = :ready and d.partsDonor = false"
                + type
                + " order by d.id",
            Device.class);
    query.setParameter("ready", DeviceStatus.READY);
    if (scope.deviceType() != null) {
      query.setParameter("type", scope.deviceType());
    }
    return query.getResultList();
  }

  /**
   * ELIGIBLE requests, of one structure and one département (the first digits of the household's
   * commune code) if asked.
   */
  public List<PackRequest> queue(Scope scope) {
    StringBuilder where = new StringBuilder(" where r.status = :eligible");
    if (scope.structureId() != null) {
      where.append(" and r.structure.id = :structure");
    }
    if (scope.departement() != null) {
      where.append(" and r.household.inseeCode like :departement");
    }
    var query =
        em.createQuery("select r from PackRequest r" + where + " order by r.id", PackRequest.class);
    query.setParameter("eligible", RequestStatus.ELIGIBLE);
    if (scope.structureId() != null) {
      query.setParameter("structure", scope.structureId());
    }
    if (scope.departement() != null) {
      query.setParameter("departement", scope.departement() + "%");
    }
    return query.getResultList();
  }

  public PackRequest request(long id) {
    return Optional.ofNullable(em.find(PackRequest.class, id)).orElseThrow(RequestNotFound::new);
  }

  /** The weights in force: the highest version. */
  public WeightSet currentWeights() {
    return em.createQuery("select w from WeightSet w order by w.version desc", WeightSet.class)
        .setMaxResults(1)
        .getSingleResult();
  }

  public void addWeights(WeightSet weights) {
    em.persist(weights);
    em.flush();
  }

  public static PriorityWeights weights(WeightSet set) {
    WeightSet.Points p = set.points();
    return new PriorityWeights(
        p.perSchoolChild(),
        p.jobSearch(),
        p.urgentWithReason(),
        p.perDayWaiting(),
        p.perHouseholdMember(),
        p.noConnectivity(),
        p.mobileOnly(),
        p.qpv());
  }

  /** A device as the engine sees it. */
  public static ShelfDevice shelfDevice(Device device) {
    Device.Specs specs = device.specs();
    return new ShelfDevice(
        device.id(),
        device.assetTag().value(),
        device.type(),
        device.status(),
        device.isPartsDonor(),
        device.grade().orElse(null),
        specs.ramGb(),
        specs.screenInches(),
        specs.batteryHealth(),
        specs.webcam(),
        specs.keyboardLayout(),
        specs.weightGrams());
  }

  /** A request as the engine sees it on {@code today}: days waiting count from the decision. */
  public static QueuedRequest queued(PackRequest request, LocalDate today) {
    Household.Profile profile = request.household().profile();
    Household.Composition composition = profile.composition();
    long waiting =
        request
            .waitingSince()
            .map(since -> ChronoUnit.DAYS.between(FrenchCalendar.dayOf(since), today))
            .map(days -> Math.max(0, days))
            .orElse(0L);
    return new QueuedRequest(
        request.id(),
        request.reference(),
        request.preferredDevice(),
        request.features(),
        profile.needs(),
        composition.schoolChildren(),
        Math.min(composition.adults() + composition.children(), QueuedRequest.MAX_HOUSEHOLD_SIZE),
        request.urgency(),
        request.urgencyReason().isPresent(),
        waiting,
        profile.connectivity(),
        profile.inQpv());
  }

  /** The pair's priority and fit under the weights in force, as a reservation keeps them. */
  public Reservation.Score score(PackRequest request, Device device, LocalDate today) {
    WeightSet set = currentWeights();
    QueuedRequest queued = queued(request, today);
    return new Reservation.Score(
        weights(set).pointsFor(queued), Fit.of(queued, shelfDevice(device)), set.version());
  }
}
