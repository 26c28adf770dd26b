package fr.packnum.households.control;

import fr.packnum.households.entity.Connectivity;
import fr.packnum.households.entity.Household;
import fr.packnum.households.entity.Need;
import fr.packnum.households.entity.RequestStatus;
import fr.packnum.households.entity.Situation;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.PagedQuery;
import fr.packnum.platform.entity.EnumSets;
import fr.packnum.territory.boundary.Territory;
import fr.packnum.territory.entity.Area;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Households in the database, always seen through the caller's {@link Scope}. */
@ApplicationScoped
public class HouseholdStore {

  @Inject Territory territory;
  @PersistenceContext EntityManager em;

  /** The household, if the scope reaches it; another structure's is "not found". */
  public Household get(long id, Scope scope) {
    Household household = em.find(Household.class, id);
    if (household == null || !scope.reaches(household.structure().id())) {
      throw new HouseholdNotFound();
    }
    return household;
  }

  /** Adds a household under a fresh reference. */
  public void add(Household household) {
    em.persist(household);
    em.flush();
  }

  /** A reference no household has yet. */
  public String newReference() {
    return References.household(
        reference ->
            em.createQuery("select count(h) from Household h where h.reference = :r", Long.class)
                    .setParameter("r", reference)
                    .getSingleResult()
                > 0);
  }

  public void flush() {
    em.flush();
  }

  /**
   * Households of the scope, most recently in contact first; {@code text} matches reference or
   * name.
   */
  public Page<Household> list(Scope scope, String text, int offset, int size) {
    String pattern =
        text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    return PagedQuery.of(Household.class, "h")
        .where("h.structure.id = :structure", "structure", scope.structureId())
        .where(
            "(lower(h.contactName) like :text or lower(h.reference) like :text)", "text", pattern)
        .page(em, "h.lastContactAt desc, h.id desc", offset, size);
  }

  /**
   * Households not in contact since {@code cutoff} and not yet anonymised, oldest first; at most
   * {@code max} at a time.
   */
  public List<Household> inactiveSince(Instant cutoff, int max) {
    return em.createQuery(
            "select h from Household h where h.lastContactAt < :cutoff and h.anonymisedAt is null"
                + " order by h.lastContactAt, h.id",
            Household.class)
        .setParameter("cutoff", cutoff)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * What the programme reports on households and requests: counts only, the same before and after
   * anonymisation.
   */
  public record Statistics(
      long households,
      long inQpv,
      long adults,
      long children,
      long schoolChildren,
      Map<String, Long> byCommune,
      List<Territory.AreaCount> byDepartement,
      List<Territory.AreaCount> byEpci,
      Map<Situation, Long> bySituation,
      Map<Need, Long> byNeed,
      Map<Connectivity, Long> byConnectivity,
      Map<RequestStatus, Long> requestsByStatus) {}

  public Statistics statistics(Scope scope) {
    String where = scope.structureId() == null ? "" : " where h.structure.id = :structure";
    var totals =
        em.createQuery(
            "select count(h), sum(h.adults), sum(h.children), sum(h.schoolChildren)"
                + " from Household h"
                + where,
            Object[].class);
    var qpv =
        em.createQuery(
            "select count(h) from Household h where h.inQpv = :yes"
                + (where.isEmpty() ? "" : " and h.structure.id = :structure"),
            Long.class);
    var communes =
        em.createQuery(
            "select h.inseeCode, count(h) from Household h" + where + " group by h.inseeCode",
            Object[].class);
    var connectivity =
        em.createQuery(
            "select h.connectivity, count(h) from Household h" + where + " group by h.connectivity",
            Object[].class);
    var needs = em.createQuery("select h.needs from Household h" + where, String.class);
    var situations =
        em.createQuery(
            "select s.situation, count(s) from SituationProof s"
                + (where.isEmpty() ? "" : " where s.household.structure.id = :structure")
                + " group by s.situation",
            Object[].class);
    var requests =
        em.createQuery(
            "select r.status, count(r) from PackRequest r"
                + (where.isEmpty() ? "" : " where r.structure.id = :structure")
                + " group by r.status",
            Object[].class);
    if (scope.structureId() != null) {
      for (var query : List.of(totals, qpv, communes, connectivity, needs, situations, requests)) {
        query.setParameter("structure", scope.structureId());
      }
    }
    qpv.setParameter("yes", Boolean.TRUE);
    Object[] sums = totals.getSingleResult();
    Map<String, Long> byCommune = new TreeMap<>();
    communes.getResultList().forEach(row -> byCommune.put((String) row[0], (Long) row[1]));
    Map<Connectivity, Long> byConnectivity = new EnumMap<>(Connectivity.class);
    connectivity
        .getResultList()
        .forEach(row -> byConnectivity.put((Connectivity) row[0], (Long) row[1]));
    Map<Need, Long> byNeed = new EnumMap<>(Need.class);
    for (String stored : needs.getResultList()) {
      for (Need need : EnumSets.parse(stored, Need.class)) {
        byNeed.merge(need, 1L, Long::sum);
      }
    }
    Map<Situation, Long> bySituation = new EnumMap<>(Situation.class);
    situations.getResultList().forEach(row -> bySituation.put((Situation) row[0], (Long) row[1]));
    Map<RequestStatus, Long> byStatus = new EnumMap<>(RequestStatus.class);
    requests.getResultList().forEach(row -> byStatus.put((RequestStatus) row[0], (Long) row[1]));
    return new Statistics(
        (Long) sums[0],
        qpv.getSingleResult(),
        number(sums[1]),
        number(sums[2]),
        number(sums[3]),
        byCommune,
        territory.rollUp(byCommune, Area.Level.DEPARTEMENT),
        territory.rollUp(byCommune, Area.Level.EPCI),
        bySituation,
        byNeed,
        byConnectivity,
        byStatus);
  }

  private static long number(Object sum) {
    return sum == null ? 0 : ((Number) sum).longValue();
  }
}
