package fr.packnum.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the schema is migrated ({@link Migrations}), before any request is served. */
@Readiness
@ApplicationScoped
public class MigrationsHealth implements HealthCheck {

  static final String NAME = "migrations";

  @Inject Migrations migrations;

  @Override
  public HealthCheckResponse call() {
    return check(migrations.done());
  }

  static HealthCheckResponse check(boolean migrated) {
    var response = HealthCheckResponse.named(NAME).withData("migrated", migrated);
    return migrated
        ? response.up().build()
        : response.withData("reason", "schema migration not finished").down().build();
  }
}
