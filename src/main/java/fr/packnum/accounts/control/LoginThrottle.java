package fr.packnum.accounts.control;

import java.time.Duration;
import java.time.Instant;

/**
 * The sign-in throttle: at most {@code maxFailures} failed attempts on one account within a sliding
 * {@code window}. Once reached, even the right password is refused until the oldest failure leaves
 * the window, so guessing is bounded whatever the pace of the attempts.
 */
public record LoginThrottle(int maxFailures, Duration window) {

  public LoginThrottle {
    if (maxFailures < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("A throttle needs a positive limit and window");
    }
  }

  /** Failures after this instant count. */
  public Instant windowStart(Instant now) {
    return now.minus(window);
  }

  public boolean refuses(long failuresInWindow) {
    return failuresInWindow >= maxFailures;
  }
}
