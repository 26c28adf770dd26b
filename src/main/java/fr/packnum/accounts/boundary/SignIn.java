package fr.packnum.accounts.boundary;

import fr.packnum.accounts.control.LoginExpired;
import fr.packnum.accounts.control.LoginFailed;
import fr.packnum.accounts.control.LoginFailureStore;
import fr.packnum.accounts.control.LoginThrottle;
import fr.packnum.accounts.control.PasswordHashing;
import fr.packnum.accounts.control.TooManyLoginAttempts;
import fr.packnum.accounts.control.Totp;
import fr.packnum.accounts.control.TotpInvalid;
import fr.packnum.accounts.control.UserStore;
import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.accounts.entity.AuthenticatedUser;
import fr.packnum.accounts.entity.User;
import fr.packnum.platform.control.Csrf;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing in to the browser UI: password, then a TOTP code when the account has one (or must enrol
 * one, for administrators). Failures are counted per account in the database, under a lock of the
 * account's row so that parallel attempts (on any instance) cannot outrun the throttle, and logged
 * with the account id only; a sign-in that succeeds starts a new session id with a fresh CSRF
 * token.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {LoginFailed.class, TotpInvalid.class, TooManyLoginAttempts.class})
public class SignIn {

  /** How long a checked password waits for its second factor. */
  static final Duration PENDING_FOR = Duration.ofMinutes(5);

  static final String ISSUER = "PackNum";

  @Inject HttpServletRequest request;
  @Inject UserStore users;
  @Inject LoginFailureStore failures;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Logger log;

  @Inject
  @ConfigProperty(name = "packnum.login.max-failures", defaultValue = "10")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "packnum.login.window-minutes", defaultValue = "15")
  int windowMinutes;

  private LoginThrottle throttle;

  /** Hash of a random password, checked when the username is unknown so timing tells nothing. */
  private static final String DECOY =
      PasswordHashing.hash("decoy-password-never-used".toCharArray());

  @PostConstruct
  void init() {
    throttle = new LoginThrottle(maxFailures, Duration.ofMinutes(windowMinutes));
  }

  /** What the browser must do next. */
  public enum Step {
    SIGNED_IN,
    TOTP_REQUIRED,
    TOTP_ENROLMENT_REQUIRED
  }

  public record Outcome(Step step, User user, String enrolmentSecret, String enrolmentUri) {}

  public Outcome withPassword(String username, String password) {
    Instant now = clock.instant();
    Optional<User> found = users.findByUsername(username).map(users::lockedForSignIn);
    refuseIfThrottled(username, found, now);
    boolean matches =
        PasswordHashing.verify(password.toCharArray(), found.map(User::passwordHash).orElse(DECOY));
    if (found.isEmpty() || !matches || !found.get().maySignIn()) {
      fail(username, found, now, "password");
      throw new LoginFailed();
    }
    User user = found.get();
    if (!user.needsSecondFactor()) {
      complete(user);
      return new Outcome(Step.SIGNED_IN, user, null, null);
    }
    HttpSession session = freshSession();
    if (user.isTotpEnabled()) {
      session.setAttribute(
          SessionKeys.PENDING, new SessionKeys.PendingSignIn(user.id(), now, null));
      return new Outcome(Step.TOTP_REQUIRED, user, null, null);
    }
    String secret = Totp.newSecret();
    session.setAttribute(
        SessionKeys.PENDING, new SessionKeys.PendingSignIn(user.id(), now, secret));
    return new Outcome(
        Step.TOTP_ENROLMENT_REQUIRED,
        user,
        secret,
        Totp.provisioningUri(ISSUER, user.username(), secret));
  }

  public Outcome withCode(String code) {
    Instant now = clock.instant();
    HttpSession session = request.getSession(false);
    SessionKeys.PendingSignIn pending =
        session == null
            ? null
            : (SessionKeys.PendingSignIn) session.getAttribute(SessionKeys.PENDING);
    if (pending == null || pending.since().plus(PENDING_FOR).isBefore(now)) {
      throw new LoginExpired();
    }
    User user =
        users
            .find(pending.userId())
            .map(users::lockedForSignIn)
            .filter(User::maySignIn)
            .orElseThrow(LoginExpired::new);
    refuseIfThrottled(user.username(), Optional.of(user), now);
    String secret =
        pending.enrolmentSecret() != null
            ? pending.enrolmentSecret()
            : user.totpSecret().orElse("");
    OptionalLong step = Totp.matchingStep(secret, code, now, user.totpLastStep());
    if (step.isEmpty()
        || !(pending.enrolmentSecret() != null || user.acceptTotpStep(step.getAsLong()))) {
      fail(user.username(), Optional.of(user), now, "second factor");
      throw new TotpInvalid();
    }
    if (pending.enrolmentSecret() != null) {
      user.enableTotp(pending.enrolmentSecret(), step.getAsLong());
      audit.recordAs(
          AuthenticatedUser.of(user).actor(), AuditAction.TOTP_ENABLE, "user", user.id());
    }
    users.flush();
    complete(user);
    return new Outcome(Step.SIGNED_IN, user, null, null);
  }

  public void signOut() {
    HttpSession session = request.getSession(false);
    if (session != null) {
      if (session.getAttribute(SessionKeys.USER_ID) instanceof Long id) {
        users
            .find(id)
            .ifPresent(
                u ->
                    audit.recordAs(
                        AuthenticatedUser.of(u).actor(), AuditAction.LOGOUT, "user", id));
      }
      session.invalidate();
    }
  }

  private void refuseIfThrottled(String username, Optional<User> user, Instant now) {
    if (throttle.refuses(failures.countSince(username, throttle.windowStart(now)))) {
      log.log(Level.WARNING, "Sign-in refused: too many failures on account {0}", accountId(user));
      throw new TooManyLoginAttempts();
    }
  }

  private void fail(String username, Optional<User> user, Instant now, String what) {
    failures.record(username, now);
    log.log(
        Level.INFO, "Failed sign-in ({0}) on account {1}", new Object[] {what, accountId(user)});
  }

  private static String accountId(Optional<User> user) {
    return user.map(u -> "#" + u.id()).orElse("(unknown)");
  }

  private void complete(User user) {
    HttpSession session = freshSession();
    session.removeAttribute(SessionKeys.PENDING);
    session.setAttribute(SessionKeys.USER_ID, user.id());
    session.setAttribute(SessionKeys.CREDENTIALS_VERSION, user.credentialsVersion());
    session.setAttribute(Csrf.SESSION_ATTRIBUTE, Csrf.newToken());
    failures.clear(user.username());
    audit.recordAs(AuthenticatedUser.of(user).actor(), AuditAction.LOGIN, "user", user.id());
  }

  /** A session with a new id, against session fixation; state of a previous sign-in is dropped. */
  private HttpSession freshSession() {
    HttpSession existing = request.getSession(false);
    if (existing != null) {
      request.changeSessionId();
      existing.removeAttribute(SessionKeys.USER_ID);
      existing.removeAttribute(SessionKeys.CREDENTIALS_VERSION);
      existing.setAttribute(Csrf.SESSION_ATTRIBUTE, Csrf.newToken());
      return existing;
    }
    HttpSession created = request.getSession(true);
    created.setAttribute(Csrf.SESSION_ATTRIBUTE, Csrf.newToken());
    return created;
  }
}
