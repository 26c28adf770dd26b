package fr.packnum.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers within two seconds; a load balancer stops sending traffic
 * to an instance that has lost its database. Readiness only, never liveness: restarting PackNum
 * would not bring the database back. The check says why it is down ({@code reason}: the kind of
 * failure and the SQLState), never the driver's message, which may name the host or the user.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

  static final String NAME = "database";
  static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    return check(dataSource);
  }

  static HealthCheckResponse check(DataSource dataSource) {
    var response = HealthCheckResponse.named(NAME);
    try (Connection connection = dataSource.getConnection()) {
      if (connection.isValid(TIMEOUT_SECONDS)) {
        return response.up().build();
      }
      return response
          .withData("reason", "no answer within " + TIMEOUT_SECONDS + " s")
          .down()
          .build();
    } catch (SQLException unreachable) {
      return response
          .withData("reason", "cannot connect")
          .withData("error", unreachable.getClass().getSimpleName())
          .withData("sqlState", String.valueOf(unreachable.getSQLState()))
          .down()
          .build();
    } catch (RuntimeException unreachable) {
      return response
          .withData("reason", "cannot connect")
          .withData("error", unreachable.getClass().getSimpleName())
          .down()
          .build();
    }
  }
}
