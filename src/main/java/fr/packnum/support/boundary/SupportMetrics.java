package fr.packnum.support.boundary;

import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.control.Gauges;
import fr.packnum.support.control.PlanStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.metrics.MetricUnits;

/** Follow-up calls overdue: still due, their day before today, every support person's. */
@ApplicationScoped
public class SupportMetrics {

  @Inject Gauges gauges;
  @Inject PlanStore plans;
  @Inject Clock clock;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    gauges.register(
        "packnum.support.calls.overdue",
        "Follow-up calls still due whose day is before today",
        MetricUnits.NONE,
        gauges.reading(() -> plans.callsOverdue(FrenchCalendar.dayOf(clock.instant()))),
        count -> count);
  }
}
