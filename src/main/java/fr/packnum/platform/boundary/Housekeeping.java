package fr.packnum.platform.boundary;

import fr.packnum.platform.control.JobClaims;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Hourly clean-up of idempotency keys older than a day: a replay is guaranteed for that long. Every
 * instance of a cluster wakes up; the one that claims the hour ({@link JobClaims}) deletes.
 */
@Singleton
public class Housekeeping {

  static final Duration IDEMPOTENCY_KEYS_KEPT = Duration.ofDays(1);

  /** The job's row in {@code job_runs}. */
  public static final String JOB = "idempotency-purge";

  @Inject IdempotencyStore idempotencyKeys;
  @Inject JobClaims jobs;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "17", persistent = false)
  void purgeIdempotencyKeys() {
    Instant now = clock.instant();
    if (jobs.claimHour(JOB, now)) {
      idempotencyKeys.purgeBefore(now.minus(IDEMPOTENCY_KEYS_KEPT));
    }
  }
}
