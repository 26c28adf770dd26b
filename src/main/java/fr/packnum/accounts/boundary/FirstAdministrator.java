package fr.packnum.accounts.boundary;

import fr.packnum.accounts.control.InitialAdminPassword;
import fr.packnum.accounts.control.PasswordHashing;
import fr.packnum.accounts.control.PasswordPolicy;
import fr.packnum.accounts.control.PasswordTooWeak;
import fr.packnum.accounts.control.StructureStore;
import fr.packnum.accounts.control.UserStore;
import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.accounts.entity.AuditEvent;
import fr.packnum.accounts.entity.Role;
import fr.packnum.accounts.entity.Structure;
import fr.packnum.accounts.entity.StructureKind;
import fr.packnum.accounts.entity.User;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the first start (no user at all), creates the operator's structure and its first
 * administrator, once however many instances of a cluster start together (a table lock). There is
 * no default password: it comes from {@code PACKNUM_ADMIN_PASSWORD}, or is generated and written to
 * {@code initial-admin-password} in the data directory, readable by its owner only (never to a log
 * line: the console says only where the file is); the file goes once the administrator has changed
 * the password ({@link MeResource#changePassword}). The administrator enrols a TOTP second factor
 * at first sign-in, unless {@code PACKNUM_ADMIN_TOTP_SECRET} provisions it.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class FirstAdministrator {

  public static final String OPERATOR_STRUCTURE = "Programme PackNum";
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  @Inject UserStore users;
  @Inject StructureStore structures;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Logger log;

  @Inject
  @ConfigProperty(name = "packnum.admin.username", defaultValue = "admin")
  String username;

  @Inject
  @ConfigProperty(name = "packnum.admin.password")
  Optional<String> configuredPassword;

  @Inject
  @ConfigProperty(name = "packnum.data.dir", defaultValue = "./data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "packnum.admin.totp-secret")
  Optional<String> totpSecret;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void createWhenNoUserExists() {
    if (users.count() > 0) {
      return;
    }
    users.lockTable(); // another instance may be creating it at this very moment
    if (users.count() > 0) {
      return;
    }
    String password =
        configuredPassword.filter(p -> !p.isBlank()).orElseGet(FirstAdministrator::generated);
    try {
      PasswordPolicy.check("PACKNUM_ADMIN_PASSWORD", password, username);
    } catch (PasswordTooWeak refused) {
      refuseToStart(
          "PACKNUM_ADMIN_PASSWORD is refused: it needs 12 to 128 characters, must not contain"
              + " the administrator's username nor be easy to guess. PackNum does not start.");
    }
    Structure operator =
        structures
            .findByName(OPERATOR_STRUCTURE)
            .orElseGet(
                () -> {
                  Structure created =
                      new Structure(
                          OPERATOR_STRUCTURE, StructureKind.OPERATOR, null, null, clock.instant());
                  structures.add(created);
                  return created;
                });
    User admin =
        new User(
            username,
            "Administrateur",
            null,
            Role.ADMIN,
            operator,
            PasswordHashing.hash(password.toCharArray()),
            clock.instant());
    totpSecret.filter(s -> !s.isBlank()).ifPresent(secret -> admin.enableTotp(secret.strip(), -1));
    users.add(admin);
    audit.recordAs(AuditEvent.Actor.SYSTEM, AuditAction.CREATE, "user", admin.id());
    if (configuredPassword.filter(p -> !p.isBlank()).isEmpty()) {
      InitialAdminPassword file = passwordFile();
      file.write(password);
      log.warning(file.consoleLine(username));
    } else {
      log.log(
          Level.INFO, "First administrator \"{0}\" created with the configured password", username);
    }
  }

  /** The exit status of a start refused for its configuration (sysexits' EX_CONFIG). */
  static final int EX_CONFIG = 78;

  /**
   * Stops the server with one line that says why, instead of a failed deployment's stack trace on a
   * server left running without PackNum: an operator's process manager sees the exit status. No
   * user was written yet; the handlers are flushed so the line is out before the halt.
   */
  private void refuseToStart(String why) {
    log.severe(why);
    for (java.util.logging.Handler handler : Logger.getLogger("").getHandlers()) {
      handler.flush();
    }
    Runtime.getRuntime().halt(EX_CONFIG);
  }

  /** Where a generated password is kept until the administrator changes it. */
  public InitialAdminPassword passwordFile() {
    return InitialAdminPassword.in(Path.of(dataDir));
  }

  /** The first administrator's username ({@code PACKNUM_ADMIN_USERNAME}). */
  public String username() {
    return username;
  }

  private static String generated() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
