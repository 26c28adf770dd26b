package fr.packnum.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Referrals;
import fr.packnum.testing.Server;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The shared server's logs after every other test of the run (the class order is by {@link Order},
 * src/test/resources/junit-platform.properties, and failsafe runs every class in one JVM): the JSON
 * log file holds one JSON object per line with the fields an operator filters on, request lines
 * carry their request id, and no household's name or phone is in any log.
 */
@Order(Integer.MAX_VALUE)
class LogsIT {

  @Test
  void theLogIsJsonLinesWithRequestIdsAndNoPersonalData() throws Exception {
    String requestId = "logs-it-" + Accounts.unique("r").replaceAll("[^A-Za-z0-9-]", "");
    Api.Reply refused =
        new Api(Server.base())
            .post(
                "api/session",
                "{\"username\":\"" + Accounts.unique("nobody") + "\",\"password\":\"wrong-1\"}",
                "X-Request-Id",
                requestId);
    assertThat(refused.status()).isEqualTo(401);
    Thread.sleep(500);

    List<String> lines = Files.readAllLines(Server.JSON_LOG, StandardCharsets.UTF_8);
    assertThat(lines).hasSizeGreaterThan(50);
    List<JsonObject> records = new ArrayList<>();
    for (String line : lines) {
      try {
        records.add(Json.createReader(new StringReader(line)).readObject());
      } catch (JsonParsingException e) {
        throw new AssertionError("Not a JSON line in " + Server.JSON_LOG + ": " + line, e);
      }
    }
    for (JsonObject record : records) {
      assertThat(record.keySet())
          .as(record.toString())
          .contains("Timestamp", "Level", "LoggerName");
      // a record of an exception alone has its message and stack trace under Throwable
      assertThat(record.containsKey("LogMessage") || record.containsKey("Throwable"))
          .as(record.toString())
          .isTrue();
    }
    assertThat(records)
        .as("the failed sign-in's line, with its request id")
        .anySatisfy(
            record -> {
              assertThat(record.getString("LoggerName"))
                  .isEqualTo(fr.packnum.accounts.boundary.SignIn.class.getName());
              assertThat(record.getString("requestId", "")).isEqualTo(requestId);
              assertThat(record.getString("LogMessage")).startsWith("Failed sign-in");
            });

    String json = String.join("\n", lines);
    String console = Files.readString(Server.LOG, StandardCharsets.UTF_8);
    String access = ObservabilityIT.accessLog();
    assertThat(Referrals.PERSONAL).as("this run's households").isNotEmpty();
    for (String personal : Referrals.PERSONAL) {
      assertThat(json).as("JSON log").doesNotContain(personal);
      assertThat(console).as("console").doesNotContain(personal);
      assertThat(access).as("access log").doesNotContain(personal);
    }
  }
}
