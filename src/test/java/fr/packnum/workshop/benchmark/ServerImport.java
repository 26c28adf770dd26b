package fr.packnum.workshop.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end-to-end half of the import benchmark: uploads the generated inventory to a running PackNum
 * ({@code -Dbenchmark.server=http://localhost:8080}, started with {@code mvn -Prun package}), as a
 * technician, into a new donation, and reports rows per second and the server's peak heap in use,
 * sampled from its MicroProfile Metrics every 100 ms during the import.
 */
final class ServerImport {

  private static final Pattern USED_HEAP =
      Pattern.compile("memory_usedHeap_bytes\\{[^}]*}\\s+([0-9.E+]+)");

  private final URI server;
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private String csrf;

  ServerImport(String server) {
    this.server = URI.create(server.replaceAll("/+$", "") + "/");
  }

  void run(Path file, int rows, String user, String password) throws Exception {
    JsonObject session =
        post("api/session", "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    csrf = session.getString("csrfToken");
    long donor =
        post("api/donors", "{\"name\":\"Benchmark\",\"kind\":\"COMPANY\"}")
            .getJsonNumber("id")
            .longValue();
    long donation =
        post(
                "api/donations",
                "{\"donorId\":"
                    + donor
                    + ",\"receivedOn\":\""
                    + fr.packnum.testing.Days.today()
                    + "\",\"mode\":\"DROP_OFF\"}")
            .getJsonNumber("id")
            .longValue();

    long before = usedHeap();
    AtomicLong peak = new AtomicLong(before);
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(usedHeap(), Math::max);
                try {
                  Thread.sleep(100);
                } catch (InterruptedException stop) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    long start = System.nanoTime();
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(server.resolve("api/donations/" + donation + "/devices/import"))
                .timeout(Duration.ofMinutes(30))
                .header(
                    "Content-Type",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    long took = System.nanoTime() - start;
    sampler.interrupt();
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(
          "Import refused: " + answer.statusCode() + " " + answer.body());
    }
    System.out.printf(
        "End to end through %s (upload, validate, create %,d devices with their drive and history):%n"
            + "  %.1f s  %,.0f rows/s  server heap in use: %,d MB before, peak %,d MB%n",
        server, rows, took / 1e9, rows / (took / 1e9), before >> 20, peak.get() >> 20);
  }

  private JsonObject post(String path, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (csrf != null) {
      request.header("X-CSRF-Token", csrf);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
    }
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private long usedHeap() {
    try {
      String metrics =
          http.send(
                  HttpRequest.newBuilder(server.resolve("metrics?scope=base")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Matcher used = USED_HEAP.matcher(metrics);
      return used.find() ? (long) Double.parseDouble(used.group(1)) : -1;
    } catch (Exception unavailable) {
      return -1;
    }
  }

  static String serialPrefix() {
    return "B" + Long.toString(System.currentTimeMillis() / 1000, 36).toUpperCase();
  }

  static boolean requested() {
    String server = System.getProperty("benchmark.server", "");
    return !server.isBlank();
  }

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (Exception ignored) {
      // a benchmark file under target/
    }
  }
}
