package fr.packnum.platform.boundary;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one data source. Its URL alone chooses the database: embedded Derby in {@code
 * PACKNUM_DATA_DIR} by default, PostgreSQL in production ({@code PACKNUM_DB_URL}, {@code
 * PACKNUM_DB_USER}, {@code PACKNUM_DB_PASSWORD}).
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
      "fish.payara.fail-all-connections=true"
    })
public class Database {
  public static final String JNDI_NAME = "java:app/jdbc/packnum";
}
