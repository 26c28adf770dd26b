package fr.packnum.households.boundary;

import fr.packnum.households.control.Retention;
import fr.packnum.platform.control.FrenchCalendar;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Runs the households' retention limit every night. Every instance of a cluster wakes up; the one
 * that claims the day does the work, the others go back to sleep.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionSchedule {

  private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

  @Inject Retention retention;
  @Inject Clock clock;

  @Schedule(hour = "3", minute = "40", timezone = "Europe/Paris", persistent = false)
  void nightly() {
    Instant now = clock.instant();
    if (retention.claim(FrenchCalendar.dayOf(now))) {
      int anonymised = anonymiseAll(now);
      LOG.info(() -> "Retention: " + anonymised + " household(s) anonymised");
    }
  }

  /** Anonymises every household past the limit at {@code now}, batch after batch. */
  public int anonymiseAll(Instant now) {
    int total = 0;
    int done;
    do {
      done = retention.anonymiseBatch(now);
      total += done;
    } while (done == Retention.BATCH);
    return total;
  }
}
