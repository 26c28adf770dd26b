package fr.packnum.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
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
import org.eclipse.microprofile.health.spi.HealthCheckResponseProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatabaseHealthTest {

  @BeforeAll
  static void plainResponses() {
    HealthCheckResponse.setResponseProvider(new PlainResponses());
  }

  @Test
  void downWhileTheDatabaseIsUnreachable() {
    HealthCheckResponse response = DatabaseHealth.check(new Unreachable(), true);
    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(response.getData().orElseThrow())
        .containsEntry("error", "SQLTransientConnectionException");
  }

  @Test
  void downUntilMigrationsAreDone() {
    assertThat(DatabaseHealth.check(new Unreachable(), false).getStatus())
        .isEqualTo(HealthCheckResponse.Status.DOWN);
  }

  /** A data source whose database does not answer. */
  static final class Unreachable implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      throw new SQLTransientConnectionException("Connection refused");
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
