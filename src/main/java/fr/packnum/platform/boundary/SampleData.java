package fr.packnum.platform.boundary;

import fr.packnum.accounts.control.PasswordHashing;
import fr.packnum.accounts.control.StructureStore;
import fr.packnum.accounts.control.UserStore;
import fr.packnum.accounts.entity.AuditEvent;
import fr.packnum.accounts.entity.Role;
import fr.packnum.accounts.entity.Structure;
import fr.packnum.accounts.entity.StructureKind;
import fr.packnum.accounts.entity.User;
import fr.packnum.households.control.ConsentNotices;
import fr.packnum.households.control.Eligibility;
import fr.packnum.households.control.HouseholdStore;
import fr.packnum.households.control.IdentityKeys;
import fr.packnum.households.control.PackRequestStore;
import fr.packnum.households.entity.Connectivity;
import fr.packnum.households.entity.Household;
import fr.packnum.households.entity.Need;
import fr.packnum.households.entity.PackRequest;
import fr.packnum.households.entity.PreferredDevice;
import fr.packnum.households.entity.RequiredFeature;
import fr.packnum.households.entity.Situation;
import fr.packnum.households.entity.Urgency;
import fr.packnum.platform.control.SampleDataLoads;
import fr.packnum.platform.control.SampleDataSwitch;
import fr.packnum.territory.entity.InseeCode;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demonstration data for a first look (on for the one-command run on embedded Derby, off on any
 * other database unless {@code PACKNUM_SAMPLE_DATA=true}; see {@link SampleDataSwitch}): a few
 * structures of the Seine-Saint-Denis area and one user per role, all with the documented
 * demonstration password. Loaded once; a database that already has them is left alone.
 */
@Startup
@Singleton
@DependsOn("FirstAdministrator")
public class SampleData {

  /** Documented in the README; for demonstration databases only. */
  public static final String DEMO_PASSWORD = "PackNum-demo-2026";

  static final String MARKER = "CCAS de Montreuil";
  static final String ACCOUNTS = "accounts";
  static final String HOUSEHOLDS = "households";

  @Inject StructureStore structures;
  @Inject UserStore users;
  @Inject HouseholdStore householdStore;
  @Inject PackRequestStore requests;
  @Inject IdentityKeys identityKeys;
  @Inject Eligibility eligibility;
  @Inject SampleDataLoads loads;
  @Inject Clock clock;
  @Inject Logger log;

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
      loadOnce();
    }
  }

  /**
   * Loads the demonstration data unless its {@code sample_data_loads} markers say it is there: what
   * a restart does (public so that a test can "restart").
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void load() {
    loadOnce();
  }

  private void loadOnce() {
    if (loads.loaded(ACCOUNTS)) {
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
    loads.record(ACCOUNTS);
    households(ccas);
    loads.record(HOUSEHOLDS);
    log.log(
        Level.INFO,
        "Sample data loaded: 5 structures, 5 demonstration users and 3 fictitious households");
  }

  /**
   * Three fictitious households of the CCAS (invented names, 01 99 00 xx xx numbers reserved for
   * fiction): one request waiting in the eligibility queue, one the rules left to review, one
   * draft.
   */
  private void households(Structure ccas) {
    User worker = users.findByUsername("travailleur.social").orElseThrow();
    AuditEvent.Actor actor = new AuditEvent.Actor(worker.id(), worker.username(), worker.role());
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    PackRequest.Wish laptop =
        new PackRequest.Wish(
            PreferredDevice.LAPTOP,
            Set.of(RequiredFeature.WEBCAM),
            Urgency.NORMAL,
            null,
            true,
            null);
    request(
        household(
            ccas,
            "Awa Exemple",
            "01 99 00 10 01",
            1,
            2,
            2,
            new Household.Proof(Situation.RSA, "Attestation CAF", today.minusMonths(1)),
            Set.of(Need.SCHOOL, Need.ADMINISTRATIVE),
            Connectivity.MOBILE_ONLY,
            actor,
            now),
        laptop,
        true,
        actor,
        today,
        now);
    request(
        household(
            ccas,
            "Bernard Fictif",
            "01 99 00 10 02",
            1,
            0,
            0,
            new Household.Proof(
                Situation.STUDENT_GRANT, "Notification de bourse", today.minusMonths(2)),
            Set.of(Need.JOB_SEARCH),
            Connectivity.SHARED,
            actor,
            now),
        laptop,
        true,
        actor,
        today,
        now);
    request(
        household(
            ccas,
            "Chloé Démo",
            "01 99 00 10 03",
            2,
            3,
            1,
            new Household.Proof(Situation.AAH, "Notification MDPH", today.minusMonths(3)),
            Set.of(Need.HEALTH, Need.SOCIAL_TIES),
            Connectivity.NONE,
            actor,
            now),
        new PackRequest.Wish(
            PreferredDevice.TABLET,
            Set.of(RequiredFeature.LARGE_SCREEN),
            Urgency.NORMAL,
            null,
            true,
            "Médiathèque de Montreuil"),
        false,
        actor,
        today,
        now);
  }

  private Household household(
      Structure ccas,
      String name,
      String phone,
      int adults,
      int children,
      int schoolChildren,
      Household.Proof proof,
      Set<Need> needs,
      Connectivity connectivity,
      AuditEvent.Actor actor,
      Instant now) {
    Household household =
        new Household(
            householdStore.newReference(),
            ccas,
            new Household.Contact(name, phone, null),
            identityKeys.hash().of(name, phone),
            new Household.Profile(
                new InseeCode("93048"),
                true,
                new Household.Composition(adults, children, schoolChildren),
                List.of(proof),
                null,
                null,
                needs,
                connectivity,
                null),
            now);
    household.recordConsent(
        LocalDate.ofInstant(now, ZoneOffset.UTC), ConsentNotices.CURRENT, actor.username(), now);
    householdStore.add(household);
    return household;
  }

  private void request(
      Household household,
      PackRequest.Wish wish,
      boolean submit,
      AuditEvent.Actor actor,
      LocalDate today,
      Instant now) {
    PackRequest request = new PackRequest(requests.newReference(), household, wish, actor, now);
    requests.add(request);
    if (submit) {
      request.submit(eligibility.assess(request, today), actor, now);
      requests.flush();
    }
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
