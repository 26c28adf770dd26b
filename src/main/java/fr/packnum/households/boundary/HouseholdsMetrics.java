package fr.packnum.households.boundary;

import fr.packnum.households.control.PackRequestStore;
import fr.packnum.platform.control.Gauges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The coordination's eligibility queue (submitted requests waiting for a decision): its length and
 * how long its longest waiting request has waited.
 */
@ApplicationScoped
public class HouseholdsMetrics {

  @Inject Gauges gauges;
  @Inject PackRequestStore requests;
  @Inject Clock clock;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    var queue = gauges.reading(requests::queueFigures);
    gauges.register(
        "packnum.households.queue.length",
        "Submitted pack requests waiting for the coordination's decision",
        MetricUnits.NONE,
        queue,
        PackRequestStore.QueueFigures::length);
    gauges.register(
        "packnum.households.queue.oldest.wait",
        "How long the longest waiting submitted request has waited (0 when the queue is empty)",
        MetricUnits.SECONDS,
        queue,
        figures ->
            figures
                .oldestSubmittedAt()
                .map(at -> Math.max(0, Duration.between(at, clock.instant()).toSeconds()))
                .orElse(0L));
  }
}
