package fr.packnum.accounts.boundary;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Server;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Users and structures through the API of the shared test server. What is stored for a password is
 * looked at inside the server, in {@code fr.packnum.platform.boundary.ContainerIT}.
 */
class AccountsIT {

  final URL base = Server.base();

  @Test
  void concurrentCallersEachReadTheirOwnAccount() throws Exception {
    // The resources are application-scoped: each call must still see its own caller.
    Api admin = Accounts.admin(base);
    long structure = Accounts.structure(admin, "CCAS");
    List<Accounts.NewUser> users = new ArrayList<>();
    for (String role : List.of("SOCIAL_WORKER", "TECHNICIAN", "SUPPORT", "COORDINATOR")) {
      users.add(Accounts.user(admin, role, structure));
      users.add(Accounts.user(admin, role, structure));
    }
    List<Api> sessions = users.stream().map(user -> user.signIn(base)).toList();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(users.size());
    try {
      List<Future<List<String>>> callers = new ArrayList<>();
      for (Api session : sessions) {
        callers.add(
            pool.submit(
                () -> {
                  start.await();
                  List<String> names = new ArrayList<>();
                  for (int call = 0; call < 40; call++) {
                    names.add(session.get("api/me").json().getString("username"));
                  }
                  return names;
                }));
      }
      start.countDown();
      for (int i = 0; i < users.size(); i++) {
        Assertions.assertThat(callers.get(i).get())
            .as("caller %d", i)
            .containsOnly(users.get(i).username());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anElevenCharacterPasswordIsRefusedNamingTheField() {
    Api admin = Accounts.admin(base);
    long structure = Accounts.structure(admin, "CCAS");
    Api.Reply french =
        admin.post(
            "api/users",
            Accounts.socialWorkerJson(Accounts.unique("short-"), "onze-caract", structure));
    Assertions.assertThat(french.status()).isEqualTo(400);
    Assertions.assertThat(french.header("Content-Type")).startsWith("application/problem+json");
    JsonObject error = french.json().getJsonArray("errors").getJsonObject(0);
    Assertions.assertThat(error.getString("field")).isEqualTo("password");
    Assertions.assertThat(error.getString("message"))
        .isEqualTo("Le mot de passe doit compter de 12 à 128 caractères.");
    Api.Reply english =
        admin.post(
            "api/users",
            Accounts.socialWorkerJson(Accounts.unique("short-"), "onze-caract", structure),
            "Accept-Language",
            "en");
    Assertions.assertThat(
            english.json().getJsonArray("errors").getJsonObject(0).getString("message"))
        .isEqualTo("The password must have 12 to 128 characters.");
  }

  @Test
  void createReadUpdateAndDeactivateAUser() {
    Api admin = Accounts.admin(base);
    long structure = Accounts.structure(admin, "FRANCE_SERVICES");
    String username = Accounts.unique("marie-");
    Api.Reply created =
        admin.post(
            "api/users",
            Accounts.socialWorkerJson(username, "Une phrase de passe solide", structure));
    Assertions.assertThat(created.status()).isEqualTo(201);
    String location = created.header("Location");
    Assertions.assertThat(location).endsWith("/api/users/" + created.json().getInt("id"));
    JsonObject read = admin.get(location).json();
    Assertions.assertThat(read.getString("username")).isEqualTo(username);
    Assertions.assertThat(read.containsKey("passwordHash")).isFalse();

    Api.Reply taken =
        admin.post(
            "api/users",
            Accounts.socialWorkerJson(username, "Une phrase de passe solide", structure));
    Assertions.assertThat(taken.status()).isEqualTo(409);
    Assertions.assertThat(taken.json().getString("type")).isEqualTo("/problems/username-taken");

    long version = read.getJsonNumber("version").longValue();
    String update =
        "{\"displayName\":\"Marie D.\",\"role\":\"SUPPORT\",\"structureId\":"
            + structure
            + ",\"version\":"
            + version
            + "}";
    Api.Reply updated = admin.put(location, update);
    Assertions.assertThat(updated.json().getString("role")).isEqualTo("SUPPORT");
    Api.Reply stale = admin.put(location, update);
    Assertions.assertThat(stale.status()).isEqualTo(409);
    Assertions.assertThat(stale.json().getString("type")).isEqualTo("/problems/stale-version");

    Assertions.assertThat(admin.post(location + "/deactivation", null).json().getBoolean("active"))
        .isFalse();
    Api.Reply signIn =
        new Api(base)
            .post(
                "api/session",
                "{\"username\":\"" + username + "\",\"password\":\"Une phrase de passe solide\"}");
    Assertions.assertThat(signIn.status()).isEqualTo(401);
    Assertions.assertThat(admin.get("api/users?active=false&q=" + username).json().getInt("total"))
        .isEqualTo(1);
  }

  @Test
  void twoAdministratorsSavingTheSameUserAtOnceGiveOneSuccessAndOneConflict() throws Exception {
    Api admin = Accounts.admin(base);
    Accounts.NewUser user = Accounts.user(admin, "TECHNICIAN");
    JsonObject read = admin.get("api/users/" + user.id()).json();
    long version = read.getJsonNumber("version").longValue();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (String name : List.of("Nom A", "Nom B")) {
        statuses.add(
            pool.submit(
                () -> {
                  start.await();
                  return admin
                      .put(
                          "api/users/" + user.id(),
                          "{\"displayName\":\""
                              + name
                              + "\",\"role\":\"TECHNICIAN\","
                              + "\"structureId\":"
                              + user.structureId()
                              + ",\"version\":"
                              + version
                              + "}")
                      .status();
                }));
      }
      start.countDown();
      List<Integer> results = new ArrayList<>();
      for (Future<Integer> status : statuses) {
        results.add(status.get());
      }
      Assertions.assertThat(results).containsExactlyInAnyOrder(200, 409);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anAdministratorCannotLockThemselvesOut() {
    Accounts.NewUser second = Accounts.user(Accounts.admin(base), "ADMIN");
    Api admin = second.signIn(base);
    JsonObject me = admin.get("api/me").json();
    Api.Reply demote =
        admin.put(
            "api/users/" + second.id(),
            "{\"displayName\":\"x\",\"role\":\"COORDINATOR\",\"structureId\":"
                + second.structureId()
                + ",\"version\":"
                + me.getJsonNumber("version").longValue()
                + "}");
    Assertions.assertThat(demote.status()).isEqualTo(409);
    Assertions.assertThat(demote.json().getString("type")).isEqualTo("/problems/self-lockout");
    Assertions.assertThat(admin.post("api/users/" + second.id() + "/deactivation", null).status())
        .isEqualTo(409);
    Assertions.assertThat(admin.get("api/me").status()).isEqualTo(200);
  }

  @Test
  void aUserChangesTheirOwnPassword() {
    Accounts.NewUser user = Accounts.user(Accounts.admin(base), "SOCIAL_WORKER");
    Api session = user.signIn(base);
    Api other = user.signIn(base);
    Api.Reply wrong =
        session.put(
            "api/me/password",
            "{\"currentPassword\":\"not it at all\",\"newPassword\":\"Nouvelle phrase secrète\"}");
    Assertions.assertThat(wrong.status()).isEqualTo(400);
    Assertions.assertThat(wrong.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("currentPassword");
    Api.Reply tooShort =
        session.put(
            "api/me/password",
            "{\"currentPassword\":\"" + Accounts.PASSWORD + "\",\"newPassword\":\"onze-caract\"}");
    Assertions.assertThat(
            tooShort.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("newPassword");
    Api.Reply changed =
        session.put(
            "api/me/password",
            "{\"currentPassword\":\""
                + Accounts.PASSWORD
                + "\",\"newPassword\":\"Nouvelle phrase secrète\"}");
    Assertions.assertThat(changed.status()).isEqualTo(200);
    Assertions.assertThat(session.get("api/me").status()).isEqualTo(200);
    Assertions.assertThat(other.get("api/me").status()).as("the other session ends").isEqualTo(401);
    Assertions.assertThat(
            Accounts.signIn(base, user.username(), "Nouvelle phrase secrète", null)
                .get("api/me")
                .status())
        .isEqualTo(200);
  }

  @Test
  void structuresAreCreatedEditedAndDeactivatedAndCoordinatorsOnlyReadThem() {
    Api admin = Accounts.admin(base);
    Api.Reply created =
        admin.post(
            "api/structures",
            "{\"name\":\""
                + Accounts.unique("EPN ")
                + "\",\"kind\":\"EPN\",\"inseeCode\":\"2A004\",\"contactEmail\":\"epn@example.org\"}");
    Assertions.assertThat(created.status()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    long version = created.json().getJsonNumber("version").longValue();
    Api.Reply edited =
        admin.put(
            "api/structures/" + id,
            "{\"name\":\"EPN Ajaccio\",\"kind\":\"EPN\",\"inseeCode\":\"2A004\",\"version\":"
                + version
                + "}");
    Assertions.assertThat(edited.json().getString("name")).isEqualTo("EPN Ajaccio");
    Assertions.assertThat(edited.json().containsKey("contactEmail")).isFalse();
    Assertions.assertThat(
            admin.post("api/structures/" + id + "/deactivation", null).json().getBoolean("active"))
        .isFalse();
    Api.Reply joinInactive =
        admin.post(
            "api/users",
            Accounts.socialWorkerJson(Accounts.unique("late-"), "Une phrase de passe solide", id));
    Assertions.assertThat(joinInactive.json().getString("type"))
        .isEqualTo("/problems/structure-inactive");

    Api coordinator = Accounts.user(admin, "COORDINATOR").signIn(base);
    Assertions.assertThat(coordinator.get("api/structures/" + id).status()).isEqualTo(200);
    Assertions.assertThat(
            coordinator.post("api/structures", "{\"name\":\"x\",\"kind\":\"EPN\"}").status())
        .isEqualTo(403);
  }

  @Test
  void everyChangeIsInTheAuditLogWithoutFieldValues() {
    Api admin = Accounts.admin(base);
    Accounts.NewUser user = Accounts.user(admin, "SUPPORT");
    JsonObject events = admin.get("api/audit-events?targetType=user&targetId=" + user.id()).json();
    Assertions.assertThat(events.getInt("total")).isGreaterThanOrEqualTo(1);
    JsonObject creation = events.getJsonArray("items").getJsonObject(0);
    Assertions.assertThat(creation.getString("action")).isEqualTo("CREATE");
    Assertions.assertThat(creation.getString("actorUsername"))
        .isEqualTo(admin.get("api/me").json().getString("username"));
    Assertions.assertThat(creation.getString("actorRole")).isEqualTo("ADMIN");
    Assertions.assertThat(creation.getString("occurredAt")).endsWith("Z");
    Assertions.assertThat(events.toString())
        .doesNotContain(user.username())
        .doesNotContain("Test SUPPORT");
  }
}
