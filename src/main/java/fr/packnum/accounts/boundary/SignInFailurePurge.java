package fr.packnum.accounts.boundary;

import fr.packnum.accounts.control.LoginFailureStore;
import fr.packnum.platform.control.JobClaims;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hourly removal of sign-in failures that no longer count (older than the throttle window). Every
 * instance of a cluster wakes up; the one that claims the hour ({@link JobClaims}) deletes.
 */
@Singleton
public class SignInFailurePurge {

  /** The job's row in {@code job_runs}. */
  public static final String JOB = "sign-in-failure-purge";

  @Inject LoginFailureStore failures;
  @Inject JobClaims jobs;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "packnum.login.window-minutes", defaultValue = "15")
  int windowMinutes;

  @Schedule(hour = "*", minute = "23", persistent = false)
  void purge() {
    Instant now = clock.instant();
    if (jobs.claimHour(JOB, now)) {
      failures.purgeBefore(now.minus(Duration.ofMinutes(windowMinutes)));
    }
  }
}
