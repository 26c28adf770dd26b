package fr.packnum.platform.boundary;

import fr.packnum.platform.control.SampleDataRequested;
import fr.packnum.platform.control.SampleDataSwitch;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks every component for its demonstration data at start-up (on for the one-command run on
 * embedded Derby, off on any other database unless {@code PACKNUM_SAMPLE_DATA=true}; see {@link
 * SampleDataSwitch}). Platform knows no component: each one observes {@link SampleDataRequested}
 * and seeds its own data, once, through its own use cases. One transaction for all, so a refused
 * sample leaves nothing half-written.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class SampleData {

  /** Documented in the README; for demonstration databases only. */
  public static final String DEMO_PASSWORD = "PackNum-demo-2026";

  @Inject Event<SampleDataRequested> requested;
  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "packnum.sample-data")
  Optional<String> setting;

  @Inject
  @ConfigProperty(name = "packnum.db.url")
  String dbUrl;

  @Inject
  @ConfigProperty(name = "packnum.data.dir", defaultValue = "./data")
  String dataDir;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void loadAtStart() {
    if (SampleDataSwitch.on(setting, dbUrl, dataDir)) {
      // instances of a cluster starting together load in turn; the next ones find the markers
      em.createNativeQuery("LOCK TABLE sample_data_loads IN EXCLUSIVE MODE").executeUpdate();
      requested.fire(new SampleDataRequested());
    }
  }

  /** What a restart does: each component loads what its marker says is missing (for tests). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void load() {
    requested.fire(new SampleDataRequested());
  }
}
