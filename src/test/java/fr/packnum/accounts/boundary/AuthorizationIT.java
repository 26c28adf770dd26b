package fr.packnum.accounts.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.support.Accounts;
import fr.packnum.support.Api;
import fr.packnum.support.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may call what, for every operation the OpenAPI document lists. Each operation must have an
 * expectation below, so a new endpoint fails this test until someone decides who may call it. Every
 * operation is then called anonymously and with a session of each role: callers not allowed get 401
 * (anonymous) or 403; allowed callers get past authorization.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationIT {

  static final String ANONYMOUS = "ANONYMOUS";
  static final Set<String> EVERY_ROLE =
      Set.of("ADMIN", "COORDINATOR", "TECHNICIAN", "SOCIAL_WORKER", "SUPPORT", "PARTNER");
  static final Set<String> EVERYBODY = union(EVERY_ROLE, Set.of(ANONYMOUS));
  static final Set<String> ADMIN = Set.of("ADMIN");
  static final Set<String> ADMIN_COORDINATOR = Set.of("ADMIN", "COORDINATOR");
  static final Set<String> WORKSHOP = Set.of("TECHNICIAN", "COORDINATOR");
  static final Set<String> REFERRING = Set.of("SOCIAL_WORKER", "COORDINATOR");
  static final Set<String> SOCIAL_WORKER = Set.of("SOCIAL_WORKER");
  static final Set<String> COORDINATOR = Set.of("COORDINATOR");

  /** The expectation table: operation → who may call it. */
  static final Map<String, Set<String>> EXPECTED = new TreeMap<>();

  static {
    EXPECTED.put("GET /api/session", EVERYBODY);
    EXPECTED.put("POST /api/session", EVERYBODY);
    EXPECTED.put("POST /api/session/totp", EVERYBODY);
    EXPECTED.put("DELETE /api/session", EVERYBODY);
    EXPECTED.put("GET /api/me", EVERY_ROLE);
    EXPECTED.put("PUT /api/me/password", EVERY_ROLE);
    EXPECTED.put("POST /api/me/totp", EVERY_ROLE);
    EXPECTED.put("POST /api/me/totp/confirmation", EVERY_ROLE);
    EXPECTED.put("POST /api/me/totp/deactivation", EVERY_ROLE);
    EXPECTED.put("GET /api/users", ADMIN);
    EXPECTED.put("POST /api/users", ADMIN);
    EXPECTED.put("GET /api/users/{id}", ADMIN);
    EXPECTED.put("PUT /api/users/{id}", ADMIN);
    EXPECTED.put("POST /api/users/{id}/activation", ADMIN);
    EXPECTED.put("POST /api/users/{id}/deactivation", ADMIN);
    EXPECTED.put("POST /api/users/{id}/password", ADMIN);
    EXPECTED.put("POST /api/users/{id}/totp-reset", ADMIN);
    EXPECTED.put("GET /api/structures", ADMIN_COORDINATOR);
    EXPECTED.put("GET /api/structures/{id}", ADMIN_COORDINATOR);
    EXPECTED.put("POST /api/structures", ADMIN);
    EXPECTED.put("PUT /api/structures/{id}", ADMIN);
    EXPECTED.put("POST /api/structures/{id}/activation", ADMIN);
    EXPECTED.put("POST /api/structures/{id}/deactivation", ADMIN);
    EXPECTED.put("GET /api/tokens", ADMIN);
    EXPECTED.put("POST /api/tokens", ADMIN);
    EXPECTED.put("DELETE /api/tokens/{id}", ADMIN);
    EXPECTED.put("GET /api/audit-events", ADMIN);
    for (String operation :
        List.of(
            "GET /api/devices",
            "GET /api/devices/board",
            "GET /api/devices/{id}",
            "GET /api/devices/by-tag/{tag}",
            "POST /api/devices",
            "PUT /api/devices/{id}",
            "POST /api/devices/{id}/drives",
            "POST /api/devices/{id}/erasures",
            "POST /api/devices/{id}/no-storage",
            "POST /api/devices/{id}/functional-tests",
            "PUT /api/devices/{id}/operating-system",
            "PUT /api/devices/{id}/grade",
            "POST /api/devices/{id}/parts",
            "POST /api/devices/{id}/status",
            "POST /api/devices/{id}/scrapping",
            "GET /api/devices/{id}/events",
            "GET /api/devices/{id}/label.pdf",
            "POST /api/devices/{id}/erasure-certificate",
            "GET /api/donors",
            "GET /api/donors/{id}",
            "POST /api/donors",
            "PUT /api/donors/{id}",
            "GET /api/donations",
            "GET /api/donations/{id}",
            "POST /api/donations",
            "PUT /api/donations/{id}",
            "GET /api/donations/{id}/labels.pdf",
            "POST /api/donations/{id}/erasure-certificate",
            "POST /api/donations/{id}/devices/import",
            "GET /api/donations/import-template.xlsx",
            "GET /api/donations/import-template.csv",
            "GET /api/workshop/checklists",
            "GET /api/workshop/grades",
            "GET /api/workshop/vocabulary")) {
      EXPECTED.put(operation, WORKSHOP);
    }
    EXPECTED.put("GET /api/erasure-certificates/{code}", EVERYBODY);
    EXPECTED.put("GET /api/consent-notice", Set.of("SOCIAL_WORKER", "COORDINATOR", "ADMIN"));
    EXPECTED.put("GET /api/households", REFERRING);
    EXPECTED.put("POST /api/households", SOCIAL_WORKER);
    EXPECTED.put("GET /api/households/statistics", REFERRING);
    EXPECTED.put("GET /api/households/vocabulary", REFERRING);
    EXPECTED.put("GET /api/households/{id}", REFERRING);
    EXPECTED.put("PUT /api/households/{id}", SOCIAL_WORKER);
    EXPECTED.put("POST /api/households/{id}/consent", SOCIAL_WORKER);
    EXPECTED.put("GET /api/households/{id}/eligibility", REFERRING);
    EXPECTED.put(
        "GET /api/households/{id}/export", Set.of("SOCIAL_WORKER", "COORDINATOR", "ADMIN"));
    EXPECTED.put("POST /api/households/{id}/anonymisation", ADMIN_COORDINATOR);
    EXPECTED.put("GET /api/pack-requests", REFERRING);
    EXPECTED.put("POST /api/pack-requests", SOCIAL_WORKER);
    EXPECTED.put("GET /api/pack-requests/summary", REFERRING);
    EXPECTED.put("GET /api/pack-requests/queue", COORDINATOR);
    EXPECTED.put("GET /api/pack-requests/{id}", REFERRING);
    EXPECTED.put("PUT /api/pack-requests/{id}", SOCIAL_WORKER);
    EXPECTED.put("POST /api/pack-requests/{id}/submission", SOCIAL_WORKER);
    EXPECTED.put("POST /api/pack-requests/{id}/decision", COORDINATOR);
    EXPECTED.put("POST /api/pack-requests/{id}/cancellation", REFERRING);
    EXPECTED.put("GET /api/pack-requests/{id}/referral-slip", REFERRING);
    EXPECTED.put("GET /api/eligibility-rules", REFERRING);
    EXPECTED.put("POST /api/eligibility-rules", COORDINATOR);
    EXPECTED.put("GET /api/eligibility-rules/{version}", REFERRING);
  }

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.packnum();
  }

  @ArquillianResource URL base;

  /** The media type each operation's body is sent in, as the document states it. */
  private final Map<String, String> bodyTypes = new TreeMap<>();

  private Map<String, Set<String>> documented() {
    Api anonymous = new Api(base);
    JsonObject paths =
        anonymous
            .get(anonymous.root().resolve("openapi").toString(), "Accept", "application/json")
            .json()
            .getJsonObject("paths");
    Map<String, Set<String>> operations = new TreeMap<>();
    paths.forEach(
        (path, item) ->
            item.asJsonObject()
                .forEach(
                    (verb, operation) -> {
                      JsonObject body = operation.asJsonObject().getJsonObject("requestBody");
                      if (body != null) {
                        bodyTypes.put(
                            verb.toUpperCase() + " " + path,
                            body.getJsonObject("content").keySet().iterator().next());
                      }
                      Set<String> roles = new TreeSet<>();
                      operation
                          .asJsonObject()
                          .getJsonArray("x-roles")
                          .getValuesAs(JsonString.class)
                          .forEach(role -> roles.add(role.getString()));
                      operations.put(verb.toUpperCase() + " " + path, roles);
                    }));
    return operations;
  }

  @Test
  void everyDocumentedOperationHasAnExpectationAndDeclaresIt() {
    Map<String, Set<String>> documented = documented();
    assertThat(documented.keySet())
        .as("operations without an expectation in this test, or gone")
        .isEqualTo(EXPECTED.keySet());
    documented.forEach(
        (operation, roles) -> {
          Set<String> expected = new TreeSet<>(EXPECTED.get(operation));
          if (expected.contains(ANONYMOUS)) {
            expected = new TreeSet<>(Set.of(ANONYMOUS));
          }
          assertThat(roles).as(operation).isEqualTo(expected);
        });
  }

  @Test
  void everyOperationRefusesCallersNotAllowedAndAdmitsTheOthers() {
    Api admin = Accounts.admin(base);
    Map<String, Api> callers = new LinkedHashMap<>();
    callers.put(ANONYMOUS, new Api(base));
    for (String role : EVERY_ROLE) {
      callers.put(role, Accounts.user(admin, role).signIn(base));
    }
    List<String> operations = new ArrayList<>(documented().keySet());
    // Signing out last, so the sessions last through the other calls.
    operations.sort(
        Comparator.comparing((String op) -> op.equals("DELETE /api/session"))
            .thenComparing(op -> op));
    List<String> failures = new ArrayList<>();
    for (String operation : operations) {
      String verb = operation.substring(0, operation.indexOf(' '));
      String path =
          operation.substring(operation.indexOf(' ') + 1).replaceAll("\\{\\w+}", "0").substring(1);
      String type = bodyTypes.getOrDefault(operation, "application/json");
      String body = bodyTypes.containsKey(operation) ? (type.contains("json") ? "{}" : "") : null;
      callers.forEach(
          (caller, api) -> {
            int status =
                body == null
                    ? api.send(verb, path, null).status()
                    : api.send(verb, path, body, "Content-Type", type).status();
            boolean allowed = EXPECTED.get(operation).contains(caller);
            boolean refused = status == 401 || status == 403;
            int expectedRefusal = ANONYMOUS.equals(caller) ? 401 : 403;
            if (allowed && refused) {
              failures.add(operation + " as " + caller + ": refused with " + status);
            } else if (!allowed && status != expectedRefusal) {
              failures.add(
                  operation
                      + " as "
                      + caller
                      + ": expected "
                      + expectedRefusal
                      + ", got "
                      + status);
            }
          });
    }
    assertThat(failures).isEmpty();
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
