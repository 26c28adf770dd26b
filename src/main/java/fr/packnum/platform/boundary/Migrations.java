package fr.packnum.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before the application serves anything: Payara enables the
 * application only once every {@code @Startup} singleton has been constructed. Flyway's own lock
 * keeps two instances starting together from migrating twice.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject Logger log;

  private volatile boolean done;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .placeholders(Map.of("binary", binaryType()))
            .validateMigrationNaming(true)
            .load()
            .migrate();
    log.log(
        Level.INFO,
        "Database schema at version {0} ({1} migration(s) applied)",
        new Object[] {result.targetSchemaVersion, result.migrationsExecuted});
    done = true;
  }

  /**
   * The one column type the two databases spell differently: binary data (a signature drawn on
   * screen) is a BLOB on Derby and a BYTEA on PostgreSQL. Migrations write {@code ${binary}}.
   */
  private String binaryType() {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      return product.toLowerCase(Locale.ROOT).contains("postgres") ? "BYTEA" : "BLOB";
    } catch (SQLException e) {
      throw new IllegalStateException("The database cannot be reached to migrate it", e);
    }
  }

  public boolean done() {
    return done;
  }
}
