package fr.packnum.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The application's clock, in France's zone ({@link FrenchCalendar}); controls take a {@link Clock}
 * so tests can move time. Bean Validation's {@code @PastOrPresent} reads the same clock through
 * {@link FrenchClockProvider}.
 */
@ApplicationScoped
public class Clocks {

  @Produces
  Clock clock() {
    return FrenchCalendar.systemClock();
  }
}
