package fr.packnum.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final LoginThrottle throttle = new LoginThrottle(10, Duration.ofMinutes(15));

  private long failuresInWindow(List<Instant> failures, Instant now) {
    Instant start = throttle.windowStart(now);
    return failures.stream().filter(f -> f.isAfter(start)).count();
  }

  @Test
  void theEleventhAttemptWithinFifteenMinutesIsRefusedEvenWhenSpreadOut() {
    Instant start = Instant.parse("2026-11-23T08:00:00Z");
    List<Instant> failures = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      failures.add(start.plus(Duration.ofSeconds(85L * i))); // one every 85 s: 12 min 45 s in all
    }
    Instant eleventh = start.plus(Duration.ofMinutes(14));
    assertThat(throttle.refuses(failuresInWindow(failures, eleventh))).isTrue();
  }

  @Test
  void nineFailuresDoNotBlock() {
    Instant now = Instant.parse("2026-11-23T08:00:00Z");
    List<Instant> failures = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      failures.add(now.minusSeconds(60L * i));
    }
    assertThat(throttle.refuses(failuresInWindow(failures, now))).isFalse();
  }

  @Test
  void failuresOlderThanTheWindowStopCounting() {
    Instant start = Instant.parse("2026-11-23T08:00:00Z");
    List<Instant> failures = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      failures.add(start.plusSeconds(i));
    }
    assertThat(
            throttle.refuses(
                failuresInWindow(failures, start.plus(Duration.ofMinutes(15)).plusSeconds(10))))
        .isFalse();
  }
}
