package fr.packnum.accounts.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.accounts.control.Totp;
import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Server;
import java.net.URL;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Sign-in, sessions, CSRF, throttling, second factor, API tokens and security headers over HTTP.
 */
class SecurityIT {

  final URL base = Server.base();

  private static String credentials(String username, String password) {
    return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
  }

  private static String sessionCookie(Api.Reply reply) {
    return reply.headers("Set-Cookie").stream()
        .filter(c -> c.startsWith("packnum_session="))
        .findFirst()
        .orElse(null);
  }

  @Test
  void sessionCookieIsHttpOnlySameSiteAndRenewedAtEachSignIn() {
    Accounts.NewUser user = Accounts.user(Accounts.admin(base), "TECHNICIAN");
    Api browser = new Api(base);
    Api.Reply first = browser.post("api/session", credentials(user.username(), Accounts.PASSWORD));
    String cookie = sessionCookie(first);
    assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
    Api.Reply second = browser.post("api/session", credentials(user.username(), Accounts.PASSWORD));
    String renewed = sessionCookie(second);
    assertThat(renewed).isNotNull();
    assertThat(renewed.substring(0, renewed.indexOf(';')))
        .isNotEqualTo(cookie.substring(0, cookie.indexOf(';')));
  }

  @Test
  void signingOutEndsTheSession() {
    Api session = Accounts.user(Accounts.admin(base), "SUPPORT").signIn(base);
    assertThat(session.get("api/me").status()).isEqualTo(200);
    assertThat(session.delete("api/session").status()).isEqualTo(204);
    assertThat(session.get("api/me").status()).isEqualTo(401);
  }

  @Test
  void sessionPostWithoutCsrfTokenOrFromAForeignOriginIsRefused() {
    Api session = Accounts.user(Accounts.admin(base), "COORDINATOR").signIn(base);
    String token = session.csrfToken();
    session.dropCsrfToken();
    Api.Reply noToken = session.post("api/me/totp", "{}");
    assertThat(noToken.status()).isEqualTo(403);
    assertThat(noToken.json().getString("type")).isEqualTo("/problems/csrf-token");
    Api.Reply wrongToken = session.post("api/me/totp", "{}", "X-CSRF-Token", "forged");
    assertThat(wrongToken.status()).isEqualTo(403);
    Api.Reply foreign =
        session.post("api/me/totp", "{}", "X-CSRF-Token", token, "Origin", "https://evil.example");
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(foreign.json().getString("type")).isEqualTo("/problems/csrf-origin");
    String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    Api.Reply accepted = session.post("api/me/totp", "{}", "X-CSRF-Token", token, "Origin", own);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
  }

  @Test
  void theEleventhSignInWithinFifteenMinutesIsRefusedEvenWithTheRightPasswordAndNotLogged()
      throws InterruptedException {
    Accounts.NewUser user = Accounts.user(Accounts.admin(base), "PARTNER");
    String wrongPassword = "Wrong-" + Accounts.unique("pw");
    long offset = Server.logLength();
    for (int attempt = 1; attempt <= 10; attempt++) {
      Api.Reply refused =
          new Api(base).post("api/session", credentials(user.username(), wrongPassword));
      assertThat(refused.status()).as("attempt %d", attempt).isEqualTo(401);
      Thread.sleep(
          700); // spread over time: the count is kept in the database, not in a burst window
    }
    Api.Reply eleventh =
        new Api(base).post("api/session", credentials(user.username(), Accounts.PASSWORD));
    assertThat(eleventh.status()).isEqualTo(429);
    assertThat(eleventh.json().getString("type")).isEqualTo("/problems/login-throttled");
    assertThat(eleventh.header("Retry-After")).isNotNull();
    String log = Server.logSince(offset);
    assertThat(log).contains("Failed sign-in (password) on account #" + user.id());
    assertThat(log)
        .doesNotContain(wrongPassword)
        .doesNotContain(Accounts.PASSWORD)
        .doesNotContain(user.username());
  }

  @Test
  void aTotpCodeIsAcceptedOnce() {
    Accounts.NewUser user = Accounts.user(Accounts.admin(base), "SOCIAL_WORKER");
    Api session = user.signIn(base);
    String secret = session.post("api/me/totp", "{}").json().getString("secret");
    long enrolStep = Totp.step(Instant.now());
    String enrolCode = Totp.code(secret, enrolStep);
    assertThat(
            session.post("api/me/totp/confirmation", "{\"code\":\"" + enrolCode + "\"}").status())
        .isEqualTo(200);

    // The next step's code: still within the accepted drift, and after the step used to enrol.
    String code = Totp.code(secret, enrolStep + 1);
    Api first = new Api(base);
    assertThat(
            first
                .post("api/session", credentials(user.username(), Accounts.PASSWORD))
                .json()
                .getString("step"))
        .isEqualTo("TOTP_REQUIRED");
    assertThat(first.get("api/me").status()).isEqualTo(401);
    assertThat(first.post("api/session/totp", "{\"code\":\"" + code + "\"}").status())
        .isEqualTo(200);
    assertThat(first.get("api/me").status()).isEqualTo(200);

    Api replay = new Api(base);
    replay.post("api/session", credentials(user.username(), Accounts.PASSWORD));
    Api.Reply refused = replay.post("api/session/totp", "{\"code\":\"" + code + "\"}");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.json().getString("type")).isEqualTo("/problems/totp-invalid");
    assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("code");
  }

  @Test
  void administratorsMustEnrolASecondFactorAndCannotDropIt() {
    Accounts.NewUser admin = Accounts.user(Accounts.admin(base), "ADMIN");
    Api browser = new Api(base);
    Api.Reply password =
        browser.post("api/session", credentials(admin.username(), Accounts.PASSWORD));
    assertThat(password.json().getString("step")).isEqualTo("TOTP_ENROLMENT_REQUIRED");
    assertThat(password.json().getString("totpUri")).startsWith("otpauth://totp/");
    assertThat(password.json().getString("totpQr")).startsWith("data:image/svg+xml;base64,");
    assertThat(browser.get("api/users").status()).isEqualTo(401);
    String secret = password.json().getString("totpSecret");
    Api.Reply code =
        browser.post(
            "api/session/totp",
            "{\"code\":\"" + Totp.code(secret, Totp.step(Instant.now())) + "\"}");
    assertThat(code.json().getBoolean("authenticated")).isTrue();
    assertThat(browser.get("api/users").status()).isEqualTo(200);
    Api.Reply drop = browser.post("api/me/totp/deactivation", "{\"code\":\"000000\"}");
    assertThat(drop.status()).isEqualTo(409);
    assertThat(drop.json().getString("type")).isEqualTo("/problems/totp-required-for-role");
  }

  @Test
  void partnerTokensAreShownOnceWorkAsBearerAndStopWhenRevoked() {
    Api admin = Accounts.admin(base);
    Accounts.NewUser partner = Accounts.user(admin, "PARTNER");
    Api.Reply issued =
        admin.post(
            "api/tokens",
            "{\"userId\":" + partner.id() + ",\"name\":\"Funder report\",\"validDays\":30}");
    assertThat(issued.status()).isEqualTo(201);
    String token = issued.json().getString("token");
    assertThat(token).startsWith("pnk_");
    assertThat(admin.get("api/tokens?userId=" + partner.id()).body()).doesNotContain(token);

    Api robot = new Api(base).bearer(token);
    assertThat(robot.get("api/me").json().getString("username")).isEqualTo(partner.username());
    assertThat(robot.get("api/users").status()).isEqualTo(403);

    // the last use is noted (at most once a minute, so the second call above left it alone)
    jakarta.json.JsonObject listed =
        admin
            .get("api/tokens?userId=" + partner.id())
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(listed.getString("lastUsedAt")).isNotBlank();
    // many calls of one token at once: none fails on the last-use write
    java.util.List<Integer> statuses =
        java.util.stream.IntStream.range(0, 16)
            .parallel()
            .mapToObj(i -> new Api(base).bearer(token).get("api/me").status())
            .toList();
    assertThat(statuses).containsOnly(200);

    long id = issued.json().getJsonObject("metadata").getJsonNumber("id").longValue();
    assertThat(admin.delete("api/tokens/" + id).status()).isEqualTo(204);
    Api.Reply revoked = robot.get("api/me");
    assertThat(revoked.status()).isEqualTo(401);
    assertThat(revoked.json().getString("type")).isEqualTo("/problems/token-invalid");
  }

  @Test
  void bearerCallsNeedNoCsrfTokenButUnknownTokensAreRefused() {
    Api admin = Accounts.admin(base);
    Accounts.NewUser partner = Accounts.user(admin, "COORDINATOR");
    String token =
        admin
            .post(
                "api/tokens",
                "{\"userId\":" + partner.id() + ",\"name\":\"Script\",\"validDays\":1}")
            .json()
            .getString("token");
    assertThat(new Api(base).bearer(token).post("api/me/totp", "{}").status()).isEqualTo(409);
    assertThat(new Api(base).bearer("pnk_" + "A".repeat(43)).get("api/me").status()).isEqualTo(401);
    Accounts.NewUser other = Accounts.user(admin, "ADMIN");
    Api.Reply forAdmin =
        admin.post("api/tokens", "{\"userId\":" + other.id() + ",\"name\":\"x\",\"validDays\":1}");
    assertThat(forAdmin.status()).isEqualTo(409);
  }

  @Test
  void aDeactivatedUsersSessionEndsAtOnce() {
    Api admin = Accounts.admin(base);
    Accounts.NewUser user = Accounts.user(admin, "TECHNICIAN");
    Api session = user.signIn(base);
    assertThat(admin.post("api/users/" + user.id() + "/deactivation", null).status())
        .isEqualTo(200);
    assertThat(session.get("api/me").status()).isEqualTo(401);
    assertThat(
            new Api(base)
                .post("api/session", credentials(user.username(), Accounts.PASSWORD))
                .status())
        .isEqualTo(401);
  }

  @Test
  void securityHeadersOnApiAnswersAndPages() {
    Api anonymous = new Api(base);
    for (Api.Reply reply :
        new Api.Reply[] {
          anonymous.get("api/session"), anonymous.get("api/users"), anonymous.get("")
        }) {
      String policy = reply.header("Content-Security-Policy");
      assertThat(policy)
          .contains("frame-ancestors 'none'")
          .contains("script-src 'self'")
          .doesNotContain("unsafe-inline");
      assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
    }
    assertThat(anonymous.get("api/session").header("Cache-Control")).isEqualTo("no-store");
  }
}
