package fr.packnum.platform.control;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource that opens connections for any JDBC URL (embedded Derby, Derby network, PostgreSQL),
 * finding the driver with {@link ServiceLoader} in the application's own class loader. Payara's
 * pool cannot load a {@code java.sql.Driver} from {@code WEB-INF/lib} and Derby's DataSource
 * classes ignore {@code url}, so one {@code @DataSourceDefinition} points at this class and the URL
 * alone decides the database.
 */
public class JdbcUrlDataSource implements DataSource {

  private String url;
  private String user;
  private String password;
  private int loginTimeout;
  private PrintWriter logWriter;
  private volatile Driver driver;

  public void setUrl(String url) {
    this.url = url;
    this.driver = null;
  }

  public void setURL(String url) {
    setUrl(url);
  }

  public String getUrl() {
    return url;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getUser() {
    return user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(user, password);
  }

  @Override
  public Connection getConnection(String username, String secret) throws SQLException {
    if (url == null || url.isBlank()) {
      throw new SQLException("No JDBC URL configured (packnum.db.url)");
    }
    Properties info = new Properties();
    if (username != null && !username.isEmpty()) {
      info.setProperty("user", username);
    }
    if (secret != null && !secret.isEmpty()) {
      info.setProperty("password", secret);
    }
    if (driver == null) {
      driver = driverFor(url);
    }
    Connection connection = driver.connect(url, info);
    if (connection == null) {
      throw new SQLException("The driver refused the JDBC URL");
    }
    return connection;
  }

  static Driver driverFor(String url) throws SQLException {
    ClassLoader loader = JdbcUrlDataSource.class.getClassLoader();
    for (Driver driver : ServiceLoader.load(Driver.class, loader)) {
      if (driver.acceptsURL(url)) {
        return driver;
      }
    }
    String scheme = url.length() > 12 ? url.substring(0, 12) : url;
    throw new SQLException("No JDBC driver accepts URLs starting with " + scheme);
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper for " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
