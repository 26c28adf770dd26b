package fr.packnum.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SnapshotTest {

  static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

  @Test
  void readsOncePerMaxAge() {
    AtomicInteger reads = new AtomicInteger();
    Snapshot<Integer> at0 = Snapshot.of(reads::incrementAndGet, Duration.ofSeconds(5), at(T0));
    assertThat(at0.get()).isEqualTo(1);
    assertThat(at0.get()).isEqualTo(1);
    assertThat(reads).hasValue(1);
  }

  @Test
  void readsAgainOnceOlderThanMaxAge() {
    AtomicInteger reads = new AtomicInteger();
    MovingClock clock = new MovingClock(T0);
    Snapshot<Integer> snapshot = Snapshot.of(reads::incrementAndGet, Duration.ofSeconds(5), clock);
    assertThat(snapshot.get()).isEqualTo(1);
    clock.now = T0.plusMillis(4_999);
    assertThat(snapshot.get()).isEqualTo(1);
    clock.now = T0.plusSeconds(5);
    assertThat(snapshot.get()).isEqualTo(2);
  }

  @Test
  void aFailedReadIsNotKept() {
    AtomicInteger reads = new AtomicInteger();
    Snapshot<Integer> snapshot =
        Snapshot.of(
            () -> {
              if (reads.incrementAndGet() == 1) {
                throw new IllegalStateException("database down");
              }
              return reads.get();
            },
            Duration.ofSeconds(5),
            at(T0));
    assertThatThrownBy(snapshot::get).isInstanceOf(IllegalStateException.class);
    assertThat(snapshot.get()).isEqualTo(2);
  }

  static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  static final class MovingClock extends Clock {
    Instant now;

    MovingClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
