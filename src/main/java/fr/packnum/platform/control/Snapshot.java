package fr.packnum.platform.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value read at most once per {@code maxAge}: the business gauges read the database, and a
 * monitoring system scraping every few seconds, or several gauges of one query read in the same
 * scrape, must not turn into a load. Thread-safe; a failed read is not kept.
 */
public final class Snapshot<T> implements Supplier<T> {

  private final Supplier<T> read;
  private final Duration maxAge;
  private final Clock clock;
  private T value;
  private Instant readAt;

  private Snapshot(Supplier<T> read, Duration maxAge, Clock clock) {
    this.read = Objects.requireNonNull(read);
    this.maxAge = Objects.requireNonNull(maxAge);
    this.clock = Objects.requireNonNull(clock);
  }

  /** {@code read}'s value, read again once older than {@code maxAge} on {@code clock}. */
  public static <T> Snapshot<T> of(Supplier<T> read, Duration maxAge, Clock clock) {
    return new Snapshot<>(read, maxAge, clock);
  }

  @Override
  public synchronized T get() {
    Instant now = clock.instant();
    if (readAt == null || !now.isBefore(readAt.plus(maxAge))) {
      value = read.get();
      readAt = now;
    }
    return value;
  }
}
