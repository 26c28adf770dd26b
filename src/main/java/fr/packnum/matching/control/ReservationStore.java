package fr.packnum.matching.control;

import fr.packnum.matching.entity.Reservation;
import fr.packnum.matching.entity.ReservationStatus;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.PagedQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reservations in the database. */
@ApplicationScoped
public class ReservationStore {

  @PersistenceContext EntityManager em;

  /** Persists and flushes, so that a unique constraint refuses a second holder here, not later. */
  public void add(Reservation reservation) {
    em.persist(reservation);
    em.flush();
  }

  public Reservation get(long id) {
    return Optional.ofNullable(em.find(Reservation.class, id))
        .orElseThrow(ReservationNotFound::new);
  }

  /** The reservation with its row locked, read afresh: ending it twice at once ends it once. */
  public Reservation locked(long id) {
    return Optional.ofNullable(em.find(Reservation.class, id, LockModeType.PESSIMISTIC_WRITE))
        .orElseThrow(ReservationNotFound::new);
  }

  /** The active reservation holding the request, if any. */
  public Optional<Reservation> activeForRequest(long requestId) {
    return em.createQuery(
            "select r from Reservation r where r.request.id = :id and r.status = :active",
            Reservation.class)
        .setParameter("id", requestId)
        .setParameter("active", ReservationStatus.ACTIVE)
        .getResultStream()
        .findFirst();
  }

  /** The active reservation holding the device, if any. */
  public Optional<Reservation> activeForDevice(long deviceId) {
    return em.createQuery(
            "select r from Reservation r where r.device.id = :id and r.status = :active",
            Reservation.class)
        .setParameter("id", deviceId)
        .setParameter("active", ReservationStatus.ACTIVE)
        .getResultStream()
        .findFirst();
  }

  /** Ids of active reservations whose last day is before {@code today}, oldest first. */
  public List<Long> expiringBefore(LocalDate today, int max) {
    return em.createQuery(
            "select r.id from Reservation r where r.status = :active and r.expiresOn < :today"
                + " order by r.expiresOn, r.id",
            Long.class)
        .setParameter("active", ReservationStatus.ACTIVE)
        .setParameter("today", today)
        .setMaxResults(max)
        .getResultList();
  }

  public record Filter(ReservationStatus status, Long structureId, Long deviceId) {}

  /** Newest first. */
  public Page<Reservation> list(Filter filter, int offset, int size) {
    return PagedQuery.of(Reservation.class, "r")
        .where("r.status = :status", "status", filter.status())
        .where("r.request.structure.id = :structure", "structure", filter.structureId())
        .where("r.device.id = :device", "device", filter.deviceId())
        .page(em, "r.reservedAt desc, r.id desc", offset, size);
  }

  /**
   * Active reservations without a booked hand-over whose last day is {@code today} or before: the
   * coming night's expiry ends them unless a hand-over is booked first.
   */
  public long expiringBy(LocalDate today) {
    return em.createQuery(
            "select count(r) from Reservation r where r.status = :active"
                + " and r.handoverBookedAt is null and r.expiresOn <= :today",
            Long.class)
        .setParameter("active", ReservationStatus.ACTIVE)
        .setParameter("today", today)
        .getSingleResult();
  }
}
