package fr.packnum.testing;

import fr.packnum.accounts.control.Totp;
import java.net.URL;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Signs in test sessions and makes the users and structures each test needs. The first
 * administrator's credentials come from the build (see the pom's {@code it.admin.*}).
 */
public final class Accounts {

  public static final String ADMIN = "admin";
  public static final String PASSWORD = "Long-enough-test-passphrase";
  private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

  /**
   * The first administrator's session, per server, used only here to create the administrators the
   * tests work with: a TOTP code is accepted once, so signing that account in again within 30
   * seconds would be (rightly) refused.
   */
  private static final Map<String, Api> FIRST_ADMIN = new ConcurrentHashMap<>();

  /** Each test class's own administrator, per server: no session is shared between classes. */
  private static final Map<String, Api> ADMINS = new ConcurrentHashMap<>();

  private Accounts() {}

  public static String adminPassword() {
    String password = System.getProperty("packnum.it.admin.password");
    return password != null
        ? password
        : System.getenv("PACKNUM_ADMIN_PASSWORD"); // in the container
  }

  public static String adminTotpSecret() {
    String secret = System.getProperty("packnum.it.admin.totp");
    return secret != null ? secret : System.getenv("PACKNUM_ADMIN_TOTP_SECRET"); // in the container
  }

  /** A unique suffix for names of test data. */
  public static String unique(String prefix) {
    return prefix + Long.toString(SEQUENCE.incrementAndGet(), 36);
  }

  /**
   * An administrator session of the calling test class at {@code base}: a new administrator of its
   * own, created on the class's first call and reused by its tests, so that what one class does to
   * its administrator (signing out, changing the password) never reaches another.
   */
  public static Api admin(URL base) {
    String caller =
        StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
            .walk(
                frames ->
                    frames
                        .map(StackWalker.StackFrame::getDeclaringClass)
                        .filter(c -> !c.getPackageName().equals(Accounts.class.getPackageName()))
                        .map(Accounts::topLevel)
                        .findFirst()
                        .orElseThrow());
    return ADMINS.compute(
        base + " " + caller,
        (key, cached) ->
            cached != null && cached.get("api/me").status() == 200
                ? cached
                : user(firstAdmin(base), "ADMIN").signIn(base));
  }

  private static String topLevel(Class<?> type) {
    Class<?> top = type;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    return top.getName();
  }

  private static Api firstAdmin(URL base) {
    return FIRST_ADMIN.compute(
        base.toString(),
        (b, cached) ->
            cached != null && cached.get("api/me").status() == 200
                ? cached
                : signIn(base, ADMIN, adminPassword(), adminTotpSecret()));
  }

  /** A session signed in with password and, when asked for, a TOTP code from {@code totpSecret}. */
  public static Api signIn(URL base, String username, String password, String totpSecret) {
    Api api = new Api(base);
    Api.Reply reply =
        api.post(
            "api/session", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    if (reply.status() != 200) {
      throw new IllegalStateException("Sign-in refused: " + reply);
    }
    String step = reply.json().getString("step");
    if ("SIGNED_IN".equals(step)) {
      return api;
    }
    String secret =
        "TOTP_ENROLMENT_REQUIRED".equals(step) ? reply.json().getString("totpSecret") : totpSecret;
    for (int attempt = 0; attempt < 3; attempt++) {
      reply =
          api.post(
              "api/session/totp",
              "{\"code\":\"" + Totp.code(secret, Totp.step(Instant.now())) + "\"}");
      if (reply.status() == 200) {
        return api;
      }
      waitForNextTotpStep();
    }
    throw new IllegalStateException("Second factor refused: " + reply);
  }

  /** Sleeps until the next 30-second TOTP step begins. */
  public static void waitForNextTotpStep() {
    long now = System.currentTimeMillis();
    long next = (Math.floorDiv(now / 1000, Totp.STEP_SECONDS) + 1) * Totp.STEP_SECONDS * 1000;
    try {
      Thread.sleep(next - now + 200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Creates a structure of {@code kind}; answers its id. */
  public static long structure(Api admin, String kind) {
    Api.Reply reply =
        admin.post(
            "api/structures",
            "{\"name\":\"" + unique("Structure ") + "\",\"kind\":\"" + kind + "\"}");
    if (reply.status() != 201) {
      throw new IllegalStateException("Structure not created: " + reply);
    }
    return reply.json().getJsonNumber("id").longValue();
  }

  /** The body that creates social worker {@code username} (Marie Dupont) in {@code structureId}. */
  public static String socialWorkerJson(String username, String password, long structureId) {
    return "{\"username\":\""
        + username
        + "\",\"displayName\":\"Marie Dupont\",\"role\":\"SOCIAL_WORKER\","
        + "\"structureId\":"
        + structureId
        + ",\"password\":\""
        + password
        + "\"}";
  }

  /** A new user of {@code role} in a new structure, with {@link #PASSWORD}. */
  public static NewUser user(Api admin, String role) {
    String kind =
        switch (role) {
          case "TECHNICIAN" -> "WORKSHOP";
          case "SOCIAL_WORKER" -> "CCAS";
          case "SUPPORT" -> "EPN";
          case "PARTNER" -> "PARTNER";
          default -> "OPERATOR";
        };
    return user(admin, role, structure(admin, kind));
  }

  public static NewUser user(Api admin, String role, long structureId) {
    String username = unique(role.toLowerCase().replace('_', '-') + "-");
    Api.Reply reply =
        admin.post(
            "api/users",
            "{\"username\":\""
                + username
                + "\",\"displayName\":\"Test "
                + role
                + "\",\"role\":\""
                + role
                + "\",\"structureId\":"
                + structureId
                + ",\"password\":\""
                + PASSWORD
                + "\"}");
    if (reply.status() != 201) {
      throw new IllegalStateException("User not created: " + reply);
    }
    return new NewUser(reply.json().getJsonNumber("id").longValue(), username, role, structureId);
  }

  public record NewUser(long id, String username, String role, long structureId) {

    /** Signs this user in; an administrator enrols TOTP on the way. */
    public Api signIn(URL base) {
      return Accounts.signIn(base, username, PASSWORD, null);
    }
  }
}
