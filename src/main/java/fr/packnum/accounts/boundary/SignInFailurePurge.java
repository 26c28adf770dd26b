package fr.packnum.accounts.boundary;

import fr.packnum.accounts.control.LoginFailureStore;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hourly removal of sign-in failures that no longer count (older than the throttle window). A plain
 * delete, harmless when several instances run it at once.
 */
@Singleton
public class SignInFailurePurge {

  @Inject LoginFailureStore failures;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "packnum.login.window-minutes", defaultValue = "15")
  int windowMinutes;

  @Schedule(hour = "*", minute = "23", persistent = false)
  void purge() {
    failures.purgeBefore(clock.instant().minus(Duration.ofMinutes(windowMinutes)));
  }
}
