package fr.packnum.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.packnum.accounts.control.StructureStore;
import fr.packnum.accounts.entity.Structure;
import fr.packnum.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tests that need the container itself (run inside the server, one boot for all of them). AssertJ
 * is not in the WAR: in-container tests assert with JUnit.
 */
@ExtendWith(ArquillianExtension.class)
class ContainerIT {

  @Deployment(testable = true)
  static WebArchive war() {
    return Deployments.packnum().addClasses(ContainerIT.class);
  }

  @Inject SampleData sampleData;
  @Inject StructureStore structures;
  @Resource UserTransaction transaction;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Test
  void renamingTheSampleStructureAndRestartingLoadsNothingTwice() throws Exception {
    Map<String, Long> before = counts();
    assertTrue(before.get("structures") > 0, before.toString());
    String renamed = "CCAS de Montreuil (renommé " + System.nanoTime() + ")";
    transaction.begin();
    Structure ccas = structures.findByName(SampleData.MARKER).orElseThrow();
    ccas.describe(renamed, ccas.kind(), ccas.commune().orElse(null), null);
    transaction.commit();
    try {
      sampleData.load();

      assertEquals(before, counts());
    } finally {
      transaction.begin();
      Structure back = structures.findByName(renamed).orElseThrow();
      back.describe(SampleData.MARKER, back.kind(), back.commune().orElse(null), null);
      transaction.commit();
    }
  }

  private Map<String, Long> counts() throws Exception {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String table :
          List.of(
              "structures",
              "users",
              "households",
              "pack_requests",
              "devices",
              "sample_data_loads")) {
        try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rows.next();
          counts.put(table, rows.getLong(1));
        }
      }
    }
    return counts;
  }
}
