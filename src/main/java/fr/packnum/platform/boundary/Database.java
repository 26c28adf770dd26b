package fr.packnum.platform.boundary;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one data source. Its URL alone chooses the database: embedded Derby in {@code
 * PACKNUM_DATA_DIR} by default, PostgreSQL in production ({@code PACKNUM_DB_URL}, {@code
 * PACKNUM_DB_USER}, {@code PACKNUM_DB_PASSWORD}). A connection broken by a database restart is
 * found by the validation (at most 10 s old) and the whole pool renewed.
 */
@Singleton
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "fr.packnum.platform.control.JdbcUrlDataSource",
    url = "${MPCONFIG=packnum.db.url}",
    user = "${MPCONFIG=packnum.db.user}",
    password = "${MPCONFIG=packnum.db.password}",
    minPoolSize = 1,
    maxPoolSize = 32,
    maxIdleTime = 300,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true",
      // a pooled connection is checked before use at most every 10 s, not at every borrow (each
      // check loaded the validation class under the application class loader's lock: the busiest
      // lock under load)
      "fish.payara.validate-atmost-once-period-in-seconds=10",
      // prepared statements kept per connection: the same few dozen queries run all day
      "fish.payara.statement-cache-size=200",
      // named: without a type, Payara 6.2025 takes "null" for a class name and caches nothing
      "fish.payara.statement-cache-type=FIXED"
    })
public class Database {
  public static final String JNDI_NAME = "java:app/jdbc/packnum";
}
