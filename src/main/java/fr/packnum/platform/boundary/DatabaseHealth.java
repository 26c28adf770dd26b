package fr.packnum.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the schema is migrated and the database answers within two seconds; a load
 * balancer stops sending traffic to an instance that has lost its database.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

  static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject Migrations migrations;

  @Override
  public HealthCheckResponse call() {
    return check(dataSource, migrations.done());
  }

  static HealthCheckResponse check(DataSource dataSource, boolean migrated) {
    var response = HealthCheckResponse.named("database").withData("migrated", migrated);
    if (!migrated) {
      return response.down().build();
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(TIMEOUT_SECONDS);
      return response.status(valid).build();
    } catch (SQLException | RuntimeException unreachable) {
      return response.withData("error", unreachable.getClass().getSimpleName()).down().build();
    }
  }
}
