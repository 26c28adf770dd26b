package fr.packnum.accounts.boundary;

import fr.packnum.accounts.control.LoginFailureStore;
import fr.packnum.platform.control.Gauges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * Failed sign-ins counting against the throttle now: every account's failures within the throttle's
 * window, as the database keeps them for every instance. A gauge, not a counter: a successful
 * sign-in clears its account's failures and the hourly purge removes older ones.
 */
@ApplicationScoped
public class AccountsMetrics {

  @Inject Gauges gauges;
  @Inject LoginFailureStore failures;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "packnum.login.window-minutes", defaultValue = "15")
  int windowMinutes;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    gauges.register(
        "packnum.accounts.sign.in.failures",
        "Failed sign-ins within the throttle window (PACKNUM_LOGIN_WINDOW_MINUTES), all accounts",
        MetricUnits.NONE,
        gauges.reading(
            () -> failures.countAllSince(clock.instant().minus(Duration.ofMinutes(windowMinutes)))),
        count -> count);
  }
}
