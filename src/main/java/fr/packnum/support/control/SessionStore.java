package fr.packnum.support.control;

import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.PagedQuery;
import fr.packnum.support.entity.Booking;
import fr.packnum.support.entity.BookingStatus;
import fr.packnum.support.entity.SupportSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Support sessions and their bookings in the database, seen through a scope. */
@ApplicationScoped
public class SessionStore {

  @PersistenceContext EntityManager em;

  public void add(SupportSession session) {
    em.persist(session);
    em.flush();
  }

  public void add(Booking booking) {
    em.persist(booking);
    em.flush(); // the unique constraint: one seat per household and session
  }

  public void flush() {
    em.flush();
  }

  public SupportSession get(long id, PlanScope scope) {
    return reached(em.find(SupportSession.class, id), scope);
  }

  /**
   * The session with its row locked: two seats booked at once are counted in turn, so the last seat
   * goes to one household only, whatever the instance.
   */
  public SupportSession locked(long id, PlanScope scope) {
    return reached(em.find(SupportSession.class, id, LockModeType.PESSIMISTIC_WRITE), scope);
  }

  private static SupportSession reached(SupportSession session, PlanScope scope) {
    if (session == null || !scope.reaches(session.structure().id())) {
      throw new SessionNotFound();
    }
    return session;
  }

  public record Filter(Instant from, Instant until, Long supportUserId) {}

  /** In the order they start. */
  public Page<SupportSession> list(PlanScope scope, Filter filter, int offset, int size) {
    return PagedQuery.of(SupportSession.class, "s")
        .where("s.structure.id = :team", "team", scope.structureId())
        .where("s.startsAt >= :from", "from", filter.from())
        .where("s.startsAt < :until", "until", filter.until())
        .where("s.supportPerson.id = :person", "person", filter.supportUserId())
        .page(em, "s.startsAt, s.id", offset, size);
  }

  /** The seats taken (booked, attended or absent) in a session. */
  public long seatsTaken(long sessionId) {
    return em.createQuery(
            "select count(b) from Booking b where b.session.id = :id and b.status <> :cancelled",
            Long.class)
        .setParameter("id", sessionId)
        .setParameter("cancelled", BookingStatus.CANCELLED)
        .getSingleResult();
  }

  /** The attendance sheet: a session's bookings, in the order they were made. */
  public List<Booking> bookings(long sessionId) {
    return em.createQuery(
            "select b from Booking b where b.session.id = :id order by b.bookedAt, b.id",
            Booking.class)
        .setParameter("id", sessionId)
        .getResultList();
  }

  /** A household's sessions, the latest first. */
  public List<Booking> bookingsOf(long planId) {
    return em.createQuery(
            "select b from Booking b where b.plan.id = :id order by b.session.startsAt desc",
            Booking.class)
        .setParameter("id", planId)
        .getResultList();
  }

  public Optional<Booking> booking(long sessionId, long planId) {
    return em.createQuery(
            "select b from Booking b where b.session.id = :session and b.plan.id = :plan",
            Booking.class)
        .setParameter("session", sessionId)
        .setParameter("plan", planId)
        .getResultStream()
        .findFirst();
  }
}
