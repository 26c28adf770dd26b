package fr.packnum.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.spi.HealthCheckResponseProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatabaseHealthTest {

  @BeforeAll
  static void plainResponses() {
    HealthCheckResponse.setResponseProvider(new PlainResponses());
  }

  @Test
  void downWhileTheDatabaseIsUnreachableNamingTheCheckAndWhy() {
    HealthCheckResponse response = DatabaseHealth.check(new Unreachable());
    assertThat(response.getName()).isEqualTo("database");
    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(response.getData().orElseThrow())
        .containsEntry("reason", "cannot connect")
        .containsEntry("error", "SQLTransientConnectionException")
        .containsEntry("sqlState", "08001");
    // the driver's message may name the host or the user: never shown
    assertThat(response.getData().orElseThrow().values().toString())
        .doesNotContain("db.example.org");
  }

  @Test
  void downWhenTheConnectionDoesNotAnswerInTime() {
    HealthCheckResponse response = DatabaseHealth.check(new Unreachable(false));
    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(response.getData().orElseThrow()).containsEntry("reason", "no answer within 2 s");
  }

  @Test
  void upWhenTheConnectionAnswers() {
    HealthCheckResponse response = DatabaseHealth.check(new Unreachable(true));
    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
  }

  @Test
  void downUntilMigrationsAreDoneUnderTheirOwnName() {
    HealthCheckResponse response = MigrationsHealth.check(false);
    assertThat(response.getName()).isEqualTo("migrations");
    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(response.getData().orElseThrow()).containsKey("reason");
    assertThat(MigrationsHealth.check(true).getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
  }

  /**
   * A lost database makes the instance not ready, never dead: liveness failing would have the
   * orchestrator restart an instance that a restart cannot mend.
   */
  @Test
  void theDatabaseDecidesReadinessNotLiveness() {
    for (Class<?> check : new Class<?>[] {DatabaseHealth.class, MigrationsHealth.class}) {
      assertThat(check.isAnnotationPresent(Readiness.class)).as(check.getName()).isTrue();
      assertThat(check.isAnnotationPresent(Liveness.class)).as(check.getName()).isFalse();
    }
  }

  /**
   * A data source whose database does not answer, or answers with a connection that is valid or
   * not.
   */
  static final class Unreachable implements DataSource {
    private final Boolean valid;

    Unreachable() {
      this(null);
    }

    Unreachable(Boolean valid) {
      this.valid = valid;
    }

    @Override
    public Connection getConnection() throws SQLException {
      if (valid == null) {
        throw new SQLTransientConnectionException(
            "Connection to db.example.org:5432 refused for user packnum", "08001");
      }
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "isValid" -> valid;
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                  });
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      return null;
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }

  /** The container supplies responses at run time; this plain one stands in for it. */
  static final class PlainResponses implements HealthCheckResponseProvider {
    @Override
    public HealthCheckResponseBuilder createResponseBuilder() {
      return new HealthCheckResponseBuilder() {
        private String name;
        private final Map<String, Object> data = new LinkedHashMap<>();
        private HealthCheckResponse.Status status = HealthCheckResponse.Status.DOWN;

        @Override
        public HealthCheckResponseBuilder name(String value) {
          name = value;
          return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, String value) {
          data.put(key, value);
          return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, long value) {
          data.put(key, value);
          return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, boolean value) {
          data.put(key, value);
          return this;
        }

        @Override
        public HealthCheckResponseBuilder up() {
          status = HealthCheckResponse.Status.UP;
          return this;
        }

        @Override
        public HealthCheckResponseBuilder down() {
          status = HealthCheckResponse.Status.DOWN;
          return this;
        }

        @Override
        public HealthCheckResponseBuilder status(boolean up) {
          return up ? up() : down();
        }

        @Override
        public HealthCheckResponse build() {
          return new HealthCheckResponse(name, status, Optional.of(data));
        }
      };
    }
  }
}
