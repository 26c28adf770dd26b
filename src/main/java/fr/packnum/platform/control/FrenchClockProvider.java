package fr.packnum.platform.control;

import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * Bean Validation's "now" ({@code @PastOrPresent}, {@code @Future}…) on the application's clock, so
 * that a date typed today in France is never refused as "in the future" by a server running in UTC.
 * Registered in {@code META-INF/validation.xml}.
 */
public class FrenchClockProvider implements ClockProvider {

  @Override
  public Clock getClock() {
    return FrenchCalendar.systemClock();
  }
}
