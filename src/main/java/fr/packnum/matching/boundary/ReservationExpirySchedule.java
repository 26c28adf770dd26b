package fr.packnum.matching.boundary;

import fr.packnum.matching.control.ReservationExpiry;
import fr.packnum.platform.control.FrenchCalendar;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every night, reservations that no hand-over followed within {@code
 * PACKNUM_MATCHING_RESERVATION_DAYS} give their device back to the READY shelf and their request
 * back to the queue. Every instance wakes up; the one that claims the night does the work.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReservationExpirySchedule {

  private static final Logger LOG = Logger.getLogger(ReservationExpirySchedule.class.getName());

  @Inject ReservationExpiry expiry;
  @Inject Clock clock;

  @Schedule(hour = "3", minute = "50", timezone = "Europe/Paris", persistent = false)
  void nightly() {
    Instant now = clock.instant();
    if (expiry.claim(FrenchCalendar.dayOf(now))) {
      int expired = expireAll(now);
      LOG.log(Level.INFO, "Reservations expired tonight: {0}", expired);
    }
  }

  /** Expires every reservation due at {@code now}; answers how many. */
  public int expireAll(Instant now) {
    int total = 0;
    List<Long> due;
    do {
      due = expiry.due(now);
      int before = total;
      for (long id : due) {
        try {
          total += expiry.expire(id, now) ? 1 : 0;
        } catch (RuntimeException failure) {
          // e.g. a hand-over recorded at this very moment: the next night looks again
          LOG.log(
              Level.WARNING,
              "Reservation {0} not expired: {1}",
              new Object[] {id, failure.getClass().getSimpleName()});
        }
      }
      if (total == before) {
        break;
      }
    } while (due.size() == ReservationExpiry.BATCH);
    return total;
  }
}
