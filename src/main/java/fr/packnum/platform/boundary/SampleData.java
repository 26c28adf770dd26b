package fr.packnum.platform.boundary;

import fr.packnum.accounts.control.PasswordHashing;
import fr.packnum.accounts.control.UserStore;
import fr.packnum.accounts.entity.Role;
import fr.packnum.accounts.entity.User;
import fr.packnum.households.control.StructureStore;
import fr.packnum.households.entity.InseeCode;
import fr.packnum.households.entity.Structure;
import fr.packnum.households.entity.StructureKind;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demonstration data for a first look (on by default, {@code PACKNUM_SAMPLE_DATA=false} in
 * production): a few structures of the Seine-Saint-Denis area and one user per role, all with the
 * documented demonstration password. Loaded once; a database that already has them is left alone.
 */
@Startup
@Singleton
@DependsOn("FirstAdministrator")
public class SampleData {

  /** Documented in the README; for demonstration databases only. */
  public static final String DEMO_PASSWORD = "PackNum-demo-2026";

  static final String MARKER = "CCAS de Montreuil";

  @Inject StructureStore structures;
  @Inject UserStore users;
  @Inject Clock clock;
  @Inject Logger log;

  @Inject
  @ConfigProperty(name = "packnum.sample-data", defaultValue = "true")
  boolean enabled;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void load() {
    if (!enabled || structures.findByName(MARKER).isPresent()) {
      return;
    }
    Structure operator =
        structures
            .findByName(fr.packnum.accounts.boundary.FirstAdministrator.OPERATOR_STRUCTURE)
            .orElseThrow();
    Structure ccas = structure(MARKER, StructureKind.CCAS, "93048");
    Structure workshop = structure("Atelier solidaire de Bobigny", StructureKind.WORKSHOP, "93008");
    Structure epn = structure("EPN de Saint-Denis", StructureKind.EPN, "93066");
    structure("France Services de Bondy", StructureKind.FRANCE_SERVICES, "93010");
    Structure partner = structure("Emmaüs Connect", StructureKind.PARTNER, null);
    String hash = PasswordHashing.hash(DEMO_PASSWORD.toCharArray());
    user("coordination", "Camille Coordination", Role.COORDINATOR, operator, hash);
    user("technicien", "Théo Technicien", Role.TECHNICIAN, workshop, hash);
    user("travailleur.social", "Sarah Travailleuse sociale", Role.SOCIAL_WORKER, ccas, hash);
    user("mediateur", "Malik Médiateur numérique", Role.SUPPORT, epn, hash);
    user("partenaire", "Paula Partenaire", Role.PARTNER, partner, hash);
    log.log(Level.INFO, "Sample data loaded: 5 structures and 5 demonstration users");
  }

  private Structure structure(String name, StructureKind kind, String insee) {
    Structure structure =
        new Structure(
            name, kind, insee == null ? null : new InseeCode(insee), null, clock.instant());
    structures.add(structure);
    return structure;
  }

  private void user(String username, String name, Role role, Structure structure, String hash) {
    if (!users.exists(username)) {
      users.add(new User(username, name, null, role, structure, hash, clock.instant()));
    }
  }
}
