package fr.packnum.platform.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/**
 * Hourly clean-up of idempotency keys older than a day: a replay is guaranteed for that long. A
 * plain delete, harmless when several instances run it at once.
 */
@Singleton
public class Housekeeping {

  static final Duration IDEMPOTENCY_KEYS_KEPT = Duration.ofDays(1);

  @Inject IdempotencyStore idempotencyKeys;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "17", persistent = false)
  void purgeIdempotencyKeys() {
    idempotencyKeys.purgeBefore(clock.instant().minus(IDEMPOTENCY_KEYS_KEPT));
  }
}
