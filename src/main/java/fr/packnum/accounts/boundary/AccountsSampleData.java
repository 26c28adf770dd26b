package fr.packnum.accounts.boundary;

import fr.packnum.accounts.control.PasswordHashing;
import fr.packnum.accounts.control.StructureStore;
import fr.packnum.accounts.control.UserStore;
import fr.packnum.accounts.entity.Role;
import fr.packnum.accounts.entity.Structure;
import fr.packnum.accounts.entity.StructureKind;
import fr.packnum.accounts.entity.User;
import fr.packnum.platform.control.SampleDataLoads;
import fr.packnum.platform.control.SampleDataRequested;
import fr.packnum.territory.entity.InseeCode;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The accounts' demonstration data: a few structures of the Seine-Saint-Denis area and one user per
 * role, all with the documented demonstration password. Entities check their own rules (a social
 * worker's structure must refer households), as they do for the API.
 */
@ApplicationScoped
public class AccountsSampleData {

  /** The sample social structure; other components' samples belong to it. */
  public static final String SAMPLE_CCAS = "CCAS de Montreuil";

  /** The sample social worker; other components' samples are made in their name. */
  public static final String SAMPLE_SOCIAL_WORKER = "travailleur.social";

  /** The sample support person; their team (the sample EPN) receives the sample voucher book. */
  public static final String SAMPLE_SUPPORT = "mediateur";

  static final String COMPONENT = "accounts";

  @Inject FirstAdministrator firstAdministrator;
  @Inject StructureStore structures;
  @Inject UserStore users;
  @Inject SampleDataLoads loads;
  @Inject Clock clock;
  @Inject Logger log;

  void seed(@Observes @Priority(SampleDataRequested.ACCOUNTS) SampleDataRequested requested) {
    if (loads.loaded(COMPONENT)) {
      return;
    }
    // the first administrator's start-up creates the operator's structure: make sure it ran
    firstAdministrator.username();
    Structure operator = structures.findByName(FirstAdministrator.OPERATOR_STRUCTURE).orElseThrow();
    Structure ccas = structure(SAMPLE_CCAS, StructureKind.CCAS, "93048");
    Structure workshop = structure("Atelier solidaire de Bobigny", StructureKind.WORKSHOP, "93008");
    Structure epn = structure("EPN de Saint-Denis", StructureKind.EPN, "93066");
    structure("France Services de Bondy", StructureKind.FRANCE_SERVICES, "93010");
    Structure partner = structure("Emmaüs Connect", StructureKind.PARTNER, null);
    String hash =
        PasswordHashing.hash(fr.packnum.platform.boundary.SampleData.DEMO_PASSWORD.toCharArray());
    user("coordination", "Camille Coordination", Role.COORDINATOR, operator, hash);
    user("technicien", "Théo Technicien", Role.TECHNICIAN, workshop, hash);
    user(SAMPLE_SOCIAL_WORKER, "Sarah Travailleuse sociale", Role.SOCIAL_WORKER, ccas, hash);
    user(SAMPLE_SUPPORT, "Malik Médiateur numérique", Role.SUPPORT, epn, hash);
    user("partenaire", "Paula Partenaire", Role.PARTNER, partner, hash);
    loads.record(COMPONENT);
    log.log(Level.INFO, "Sample data loaded: 5 structures and 5 demonstration users");
  }

  /** The sample user {@code username} if the accounts' sample data was loaded. */
  public java.util.Optional<User> findSampleUser(String username) {
    return users.findByUsername(username);
  }

  /** The sample user {@code username}, for the components that seed data in their name. */
  public User sampleUser(String username) {
    return users.findByUsername(username).orElseThrow();
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
