package fr.packnum.accounts.boundary;

import static fr.packnum.testing.Authorizations.ANONYMOUS;
import static fr.packnum.testing.Authorizations.EVERY_ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Authorizations;
import fr.packnum.testing.Server;
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
import org.junit.jupiter.api.Test;

/**
 * Who may call what, for every operation the OpenAPI document lists. Each operation must have an
 * expectation in its component's {@link Authorizations} (e.g. {@code WorkshopAuthorizations}), so a
 * new endpoint fails this test until someone decides who may call it. Every operation is then
 * called anonymously and with a session of each role: callers not allowed get 401 (anonymous) or
 * 403; allowed callers get past authorization.
 */
class AuthorizationIT {

  /** Every component's expectations: operation → who may call it. */
  static final Map<String, Set<String>> EXPECTED = Authorizations.all();

  /** The query an allowed caller needs on the few operations that also check what is asked. */
  static final Map<String, String> PROBES = Authorizations.allProbes();

  final URL base = Server.base();

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
    Set<String> missing = new TreeSet<>(documented.keySet());
    missing.removeAll(EXPECTED.keySet());
    assertThat(missing)
        .as("operations without an expectation in their component's Authorizations")
        .isEmpty();
    Set<String> gone = new TreeSet<>(EXPECTED.keySet());
    gone.removeAll(documented.keySet());
    assertThat(gone).as("expectations for operations that are not documented").isEmpty();
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
          operation.substring(operation.indexOf(' ') + 1).replaceAll("\\{\\w+}", "0").substring(1)
              + PROBES.getOrDefault(operation, "");
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
}
