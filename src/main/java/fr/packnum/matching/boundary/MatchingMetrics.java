package fr.packnum.matching.boundary;

import fr.packnum.matching.control.ReservationStore;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.control.Gauges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * Reservations the coming night's expiry ({@link ReservationExpirySchedule}) will end unless a
 * hand-over is booked today: their last day is today or past.
 */
@ApplicationScoped
public class MatchingMetrics {

  @Inject Gauges gauges;
  @Inject ReservationStore reservations;
  @Inject Clock clock;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    gauges.register(
        "packnum.matching.reservations.expiring",
        "Active reservations with no hand-over booked whose last day is today or past",
        MetricUnits.NONE,
        gauges.reading(() -> reservations.expiringBy(FrenchCalendar.dayOf(clock.instant()))),
        count -> count);
  }
}
