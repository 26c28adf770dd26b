package fr.packnum.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Server;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The conventions every endpoint follows: problem+json, idempotency, paging, health, OpenAPI. */
class PlatformIT {

  final URL base = Server.base();

  private void assertProblem(Api.Reply reply, int status, String type) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.json().getString("type")).isEqualTo("/problems/" + type);
    assertThat(reply.json().getInt("status")).isEqualTo(status);
    assertThat(reply.body()).doesNotContain("Exception", "at fr.packnum", "at org.");
  }

  private String structureJson(String name) {
    return "{\"name\":\"" + name + "\",\"kind\":\"CCAS\",\"inseeCode\":\"93048\"}";
  }

  @Test
  void invalidJsonIsAProblemInFrenchAndInEnglish() {
    Api admin = Accounts.admin(base);
    Api.Reply french = admin.post("api/structures", "{\"name\": \"CCAS\", ");
    assertProblem(french, 400, "malformed-json");
    assertThat(french.json().getString("title")).isEqualTo("JSON mal formé");
    Api.Reply english =
        admin.post("api/structures", "{\"name\": \"CCAS\", ", "Accept-Language", "en");
    assertProblem(english, 400, "malformed-json");
    assertThat(english.json().getString("title")).isEqualTo("Malformed JSON");
  }

  @Test
  void wrongTypesNameTheField() {
    Api admin = Accounts.admin(base);
    Api.Reply english =
        admin.post(
            "api/users", "{\"username\":\"x\",\"structureId\":\"abc\"}", "Accept-Language", "en");
    assertProblem(english, 400, "unreadable-body");
    JsonObject error = english.json().getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("structureId");
    assertThat(error.getString("message")).isEqualTo("Value of an unexpected type.");
    Api.Reply french = admin.post("api/users", "{\"username\":\"x\",\"structureId\":{\"id\":1}}");
    assertProblem(french, 400, "unreadable-body");
    assertThat(french.json().getString("title")).isEqualTo("Corps de requête illisible");
    assertThat(french.json().getJsonArray("errors").getJsonObject(0).getString("message"))
        .isEqualTo("Valeur d’un type inattendu.");
  }

  @Test
  void unknownEnumValuesListTheAllowedOnes() {
    Api admin = Accounts.admin(base);
    Api.Reply reply = admin.post("api/structures", "{\"name\":\"CCAS\",\"kind\":\"CASTLE\"}");
    assertProblem(reply, 400, "unknown-value");
    assertThat(reply.json().getString("detail"))
        .contains("Valeurs possibles")
        .contains("CCAS, FRANCE_SERVICES");
  }

  @Test
  void unknownFieldsAreRefusedByName() {
    Api admin = Accounts.admin(base);
    Api.Reply reply =
        admin.post(
            "api/structures",
            "{\"name\":\"CCAS\",\"kind\":\"CCAS\",\"mayor\":\"x\"}",
            "Accept-Language",
            "en");
    assertProblem(reply, 400, "unreadable-body");
    JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("mayor");
    assertThat(error.getString("message")).isEqualTo("Unknown field.");
  }

  @Test
  void oversizedBodiesAre413InBothLanguages() {
    Api admin = Accounts.admin(base);
    String huge = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\",\"kind\":\"CCAS\"}";
    Api.Reply french = admin.post("api/structures", huge);
    assertProblem(french, 413, "payload-too-large");
    assertThat(french.json().getString("title")).isEqualTo("Requête trop volumineuse");
    Api.Reply english = admin.post("api/structures", huge, "Accept-Language", "en");
    assertProblem(english, 413, "payload-too-large");
    assertThat(english.json().getString("detail"))
        .isEqualTo("The request body exceeds 1048576 bytes.");
  }

  @Test
  void validationErrorsNameEachFieldInTheCallersLanguage() {
    Api admin = Accounts.admin(base);
    Api.Reply french =
        admin.post("api/structures", "{\"name\":\" \",\"kind\":\"CCAS\",\"inseeCode\":\"9304\"}");
    assertProblem(french, 400, "validation");
    assertThat(french.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field") + ": " + e.getString("message"))
        .containsExactly(
            "inseeCode: Code INSEE de commune à 5 caractères (pas le code postal).",
            "name: Ce champ est obligatoire.");
    Api.Reply english =
        admin.post(
            "api/structures",
            "{\"name\":\" \",\"kind\":\"CCAS\"}",
            "Accept-Language",
            "en-GB,en;q=0.8");
    assertThat(english.json().getJsonArray("errors").getJsonObject(0).getString("message"))
        .isEqualTo("This field is required.");
  }

  @Test
  void httpLevelFailuresAreProblemsToo() {
    Api admin = Accounts.admin(base);
    assertProblem(admin.get("api/no-such-thing"), 404, "not-found");
    assertProblem(admin.get("api/structures/999999"), 404, "structure-not-found");
    assertProblem(admin.send("PATCH", "api/structures", "{}"), 405, "method-not-allowed");
    assertProblem(
        admin.send("POST", "api/structures", "name=x", "Content-Type", "text/plain"),
        415,
        "unsupported-media-type");
    assertProblem(admin.get("api/structures?kind=CASTLE"), 400, "validation");
  }

  @Test
  void aGetOrDeleteWithABodyIsAnsweredLikeAnyOtherRequest() throws Exception {
    Api admin = Accounts.admin(base);
    Api.Reply get = admin.send("GET", "api/me", "{\"a\":1}", "Accept-Language", "en");
    assertThat(get.status()).as("a GET's body means nothing: ignored").isEqualTo(200);
    assertProblem(admin.send("DELETE", "api/tokens/999999", "{\"a\":1}"), 404, "token-not-found");
    // a body of unknown length (chunked), as some clients send it
    java.net.http.HttpResponse<String> chunked =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        base.toURI().resolve("api/communes?q=montreuil"))
                    .method(
                        "GET",
                        java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                            () -> new java.io.ByteArrayInputStream("{}".getBytes())))
                    .header("Content-Type", "application/json")
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(chunked.statusCode()).as("reaches PackNum, which wants a sign-in").isEqualTo(401);
    assertThat(chunked.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
  }

  @Test
  void listsArePagedWithATotal() {
    Api admin = Accounts.admin(base);
    String tag = Accounts.unique("Paged ");
    for (int i = 0; i < 3; i++) {
      assertThat(admin.post("api/structures", structureJson(tag + " " + i)).status())
          .isEqualTo(201);
    }
    JsonObject page =
        admin.get("api/structures?q=" + tag.replace(' ', '+') + "&size=2&page=1").json();
    assertThat(page.getInt("total")).isEqualTo(3);
    assertThat(page.getInt("page")).isEqualTo(1);
    assertThat(page.getInt("size")).isEqualTo(2);
    assertThat(page.getJsonArray("items")).hasSize(1);
    assertProblem(admin.get("api/structures?size=1000"), 400, "validation");
    assertProblem(admin.get("api/structures?page=-1"), 400, "validation");
  }

  @Test
  void sameIdempotencyKeyTwiceGivesTheSameAnswerAndOneRecord() {
    Api admin = Accounts.admin(base);
    String name = Accounts.unique("Idempotent ");
    String key = Accounts.unique("key-");
    Api.Reply first = admin.post("api/structures", structureJson(name), "Idempotency-Key", key);
    Api.Reply second = admin.post("api/structures", structureJson(name), "Idempotency-Key", key);
    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.header("Location")).isEqualTo(first.header("Location"));
    assertThat(second.json().getInt("id")).isEqualTo(first.json().getInt("id"));
    assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(admin.get("api/structures?q=" + name.replace(' ', '+')).json().getInt("total"))
        .isEqualTo(1);
  }

  @Test
  void sameIdempotencyKeyWithAnotherBodyIs422() {
    Api admin = Accounts.admin(base);
    String key = Accounts.unique("key-");
    assertThat(
            admin
                .post(
                    "api/structures", structureJson(Accounts.unique("A ")), "Idempotency-Key", key)
                .status())
        .isEqualTo(201);
    assertProblem(
        admin.post("api/structures", structureJson(Accounts.unique("B ")), "Idempotency-Key", key),
        422,
        "idempotency-key-reused");
  }

  @Test
  void concurrentRequestsWithOneIdempotencyKeyCreateOneRecord() throws Exception {
    Api admin = Accounts.admin(base);
    String name = Accounts.unique("Concurrent ");
    String key = Accounts.unique("key-");
    int callers = 6;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        Callable<Integer> call =
            () -> {
              start.await();
              return admin
                  .post("api/structures", structureJson(name), "Idempotency-Key", key)
                  .status();
            };
        statuses.add(pool.submit(call));
      }
      start.countDown();
      for (Future<Integer> status : statuses) {
        assertThat(status.get()).isIn(201, 409);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(admin.get("api/structures?q=" + name.replace(' ', '+')).json().getInt("total"))
        .isEqualTo(1);
    assertThat(admin.post("api/structures", structureJson(name), "Idempotency-Key", key).status())
        .isEqualTo(201);
  }

  @Test
  void readinessIsUpWithTheDatabaseAndMigrations() {
    Api.Reply ready = new Api(base).get(new Api(base).root().resolve("health/ready").toString());
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.body()).contains("\"database\"").contains("\"UP\"");
  }

  @Test
  void openApiDescribesTheEndpointsWithTheirRoles() {
    Api.Reply document =
        new Api(base)
            .get(new Api(base).root().resolve("openapi").toString(), "Accept", "application/json");
    assertThat(document.status()).isEqualTo(200);
    JsonObject users = document.json().getJsonObject("paths").getJsonObject("/api/users");
    assertThat(users.getJsonObject("post").getJsonArray("x-roles").getString(0)).isEqualTo("ADMIN");
    assertThat(users.getJsonObject("post").getJsonObject("requestBody").toString())
        .contains("\"password\"");
  }
}
