package fr.packnum.matching.control;

import fr.packnum.accounts.entity.Role;
import fr.packnum.accounts.entity.User;
import fr.packnum.matching.entity.Handover;
import fr.packnum.matching.entity.HandoverStatus;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.PagedQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Hand-over appointments in the database, seen through the caller's {@link Scope}. */
@ApplicationScoped
public class HandoverStore {

  @PersistenceContext EntityManager em;

  /**
   * Which hand-overs a caller reaches: the coordination all; a support person those assigned to
   * anyone of their structure (themselves included: colleagues stand in for each other); a social
   * worker those of their own structure's requests.
   */
  public record Scope(Long supportStructureId, Long requestStructureId) {

    public static final Scope ALL = new Scope(null, null);

    public static Scope supportTeam(long structureId) {
      return new Scope(structureId, null);
    }

    public static Scope referringStructure(long structureId) {
      return new Scope(null, structureId);
    }

    boolean reaches(Handover handover) {
      return (supportStructureId == null
              || handover.supportPerson().structure().id().equals(supportStructureId))
          && (requestStructureId == null
              || handover.reservation().request().structure().id().equals(requestStructureId));
    }
  }

  public void add(Handover handover) {
    em.persist(handover);
    em.flush();
  }

  public Handover get(long id, Scope scope) {
    Handover handover = em.find(Handover.class, id);
    if (handover == null || !scope.reaches(handover)) {
      throw new HandoverNotFound();
    }
    return handover;
  }

  /** The hand-over with its row locked, read afresh: two completions at once complete once. */
  public Handover locked(long id, Scope scope) {
    Handover handover = em.find(Handover.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (handover == null || !scope.reaches(handover)) {
      throw new HandoverNotFound();
    }
    return handover;
  }

  /** Who may hand a device over: the active support people, by structure then name. */
  public List<User> supportPeople() {
    return em.createQuery(
            "select u from User u where u.role = :support order by u.structure.name, u.displayName",
            User.class)
        .setParameter("support", Role.SUPPORT)
        .getResultStream()
        .filter(User::maySignIn)
        .toList();
  }

  /** The booked hand-over of a reservation, if any. */
  public Optional<Handover> openFor(long reservationId) {
    return em.createQuery(
            "select h from Handover h where h.reservation.id = :id and h.status = :booked",
            Handover.class)
        .setParameter("id", reservationId)
        .setParameter("booked", HandoverStatus.BOOKED)
        .getResultStream()
        .findFirst();
  }

  public record Filter(Instant from, Instant until, HandoverStatus status, Long requestId) {}

  /** In the order of the appointments: the day's list. */
  public Page<Handover> list(Scope scope, Filter filter, int offset, int size) {
    return PagedQuery.of(Handover.class, "h")
        .where("h.supportPerson.structure.id = :team", "team", scope.supportStructureId())
        .where(
            "h.reservation.request.structure.id = :referrer",
            "referrer",
            scope.requestStructureId())
        .where("h.appointmentAt >= :from", "from", filter.from())
        .where("h.appointmentAt < :until", "until", filter.until())
        .where("h.status = :status", "status", filter.status())
        .where("h.reservation.request.id = :request", "request", filter.requestId())
        .page(em, "h.appointmentAt, h.id", offset, size);
  }
}
