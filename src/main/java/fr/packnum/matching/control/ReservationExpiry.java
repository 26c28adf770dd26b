package fr.packnum.matching.control;

import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.control.JobClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The nightly end of reservations that no hand-over followed in time. One instance of a cluster
 * claims the night; each reservation ends in a transaction of its own, so that one that fails (a
 * device being handed over at that very moment) stops nothing else.
 */
@ApplicationScoped
public class ReservationExpiry {

  static final String JOB = "reservation-expiry";
  public static final int BATCH = 100;

  @Inject JobClaims jobs;
  @Inject ReservationStore reservations;
  @Inject Reservations use;

  /** Claims the night of {@code today} for this instance: true for exactly one of several. */
  public boolean claim(LocalDate today) {
    return jobs.claim(JOB, today);
  }

  /** The active reservations past their last day at {@code now}, a batch at a time. */
  @Transactional
  public List<Long> due(Instant now) {
    return reservations.expiringBefore(FrenchCalendar.dayOf(now), BATCH);
  }

  /** Ends one reservation if it is still due; answers whether it did. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean expire(long reservationId, Instant now) {
    return use.expire(reservationId, now);
  }
}
