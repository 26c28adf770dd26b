package fr.packnum.platform.benchmark;

import fr.packnum.platform.benchmark.ping.Ping;
import fr.packnum.platform.benchmark.ping.PingApplication;
import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Instance;
import fr.packnum.testing.Referrals;
import fr.packnum.testing.Workshop;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The API's speed beside an empty JAX-RS endpoint on the same Payara Micro ({@code mvn
 * -Papi-benchmark test-compile exec:exec}; README, "Benchmarks"). Three parts, chosen with {@code
 * -Dapi.benchmark.parts=load,cold,cluster}; {@code -Dapi.benchmark.only=queue} runs one scenario
 * (beside the empty endpoint), {@code -Dapi.benchmark.jfr=DIR} records each scenario with Java
 * Flight Recorder and {@code -Dapi.benchmark.jvm=...} adds options to PackNum's JVM:
 *
 * <ul>
 *   <li>{@code load}: the packaged WAR and a tiny {@code ping.war} built here on one Payara Micro
 *       with a fresh embedded Derby, seeded through the API; then 64 keep-alive connections per
 *       scenario (warm-up, then a measured period): throughput, p50, p99;
 *   <li>{@code cold}: time from launching Payara Micro to the first 200, PackNum's WAR beside the
 *       empty WAR, three starts each (median);
 *   <li>{@code cluster}: one instance, then two clustered instances on a fresh PostgreSQL database
 *       behind nginx (round robin), the same reads through the proxy.
 * </ul>
 *
 * The machine's load average is printed with every part: the figures mean little without it.
 */
public final class ApiBenchmark {

  private static final PrintStream OUT = System.out;
  private static final int CONNECTIONS = Integer.getInteger("api.benchmark.connections", 64);
  private static final double WARM_UP = seconds("api.benchmark.warmup", 5);
  private static final double MEASURED = seconds("api.benchmark.seconds", 15);

  /** A directory for a flight recording of each scenario, or empty. */
  private static final String JFR = System.getProperty("api.benchmark.jfr", "");

  private static long profiled;

  /** Runs only the scenarios whose name contains one of these (and the empty endpoint). */
  private static final List<String> ONLY =
      List.of(System.getProperty("api.benchmark.only", "").split(","));

  private static final int DEVICES = Integer.getInteger("api.benchmark.devices", 200);
  private static final int HOUSEHOLDS = Integer.getInteger("api.benchmark.households", 200);
  private static final int QUEUED = Integer.getInteger("api.benchmark.queued", 40);

  private ApiBenchmark() {}

  public static void main(String[] args) throws Exception {
    Set<String> parts =
        Set.of(System.getProperty("api.benchmark.parts", "load,cold,cluster").split(","));
    Path work = Files.createDirectories(Path.of("target", "api-benchmark"));
    Path ping = pingWar(work);
    OUT.printf(
        Locale.ROOT,
        "API benchmark: %d connections, %.0f s warm-up, %.0f s measured per scenario; %d cores;"
            + " load average at start %s%n",
        CONNECTIONS,
        WARM_UP,
        MEASURED,
        Runtime.getRuntime().availableProcessors(),
        loadAverage());
    if (parts.contains("load")) {
      load(ping);
    }
    if (parts.contains("cold")) {
      coldStart(ping);
    }
    if (parts.contains("cluster")) {
      cluster();
    }
    OUT.println("load average at the end: " + loadAverage());
    System.exit(0);
  }

  // ---------------------------------------------------------------------------------------------
  // load: PackNum's main calls beside the empty endpoint, on one server

  private static void load(Path ping) {
    Instance configured =
        Instance.named("api-benchmark").derby().withTestAdministrator().alsoDeploying(ping);
    for (String option : System.getProperty("api.benchmark.jvm", "").split("\\s+")) {
      if (!option.isEmpty()) {
        configured.jvm(option);
      }
    }
    if (!JFR.isEmpty()) {
      // jcmd answers 0 and writes nothing when the recording's directory does not exist
      try {
        Files.createDirectories(Path.of(JFR));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // JFR keeps 64 frames of a stack by default; a request through Payara runs 150 deep
      configured.jvm("-XX:FlightRecorderOptions:stackdepth=1024");
    }
    try (Instance server = configured) {
      long started = System.nanoTime();
      URL base = server.start();
      if (!JFR.isEmpty()) {
        profiled = server.pid();
      }
      OUT.printf(
          Locale.ROOT,
          "%nPackNum + ping.war started in %.1f s; seeding…%n",
          (System.nanoTime() - started) / 1e9);
      Seed seed = Seed.of(base, true);
      URI uri = URI.create(base.toString());
      OUT.println("load average before the runs: " + loadAverage());
      List<Load.Result> results = new ArrayList<>();
      results.add(run("empty JAX-RS endpoint (`GET /ping/api/ping`)", uri, pingRequest()));
      results.add(run("`GET /api/me` (bearer)", uri, (c, n) -> seed.get("/api/me", seed.tech)));
      results.add(
          run(
              "`GET /api/devices/by-tag/{tag}` (bearer)",
              uri,
              (c, n) -> seed.get(seed.byTag(c, n), seed.tech)));
      results.add(
          run(
              "household list, 20 a page (bearer)",
              uri,
              (c, n) -> seed.get("/api/households", seed.social)));
      results.add(
          run(
              "household list, 20 a page (browser session)",
              uri,
              (c, n) ->
                  Load.Request.get("/api/households", Map.of("Cookie", seed.sessions.get(c)))));
      results.add(
          run(
              "eligibility queue, 20 a page (bearer)",
              uri,
              (c, n) -> seed.get("/api/pack-requests/queue", seed.coordinator)));
      results.add(
          run(
              "intake `POST /api/devices` (bearer)",
              uri,
              (c, n) ->
                  new Load.Request(
                      "POST",
                      "/api/devices",
                      seed.headers(seed.tech),
                      "{\"donationId\":"
                          + seed.donation
                          + ",\"serial\":\"BENCH-"
                          + c
                          + "-"
                          + n
                          + "-"
                          + System.nanoTime()
                          + "\",\"specs\":{\"type\":\"LAPTOP\",\"brand\":\"Lenovo\","
                          + "\"model\":\"ThinkPad T480\",\"ramGb\":8}}")));
      results.add(
          run(
              "new household `POST /api/households` (bearer)",
              uri,
              (c, n) ->
                  new Load.Request(
                      "POST",
                      "/api/households",
                      seed.headers(seed.social),
                      Referrals.householdJson(
                          new Referrals.Person("Foyer Banc " + c + "-" + n, "07 00 00 00 00"),
                          Referrals.situation("RSA", java.time.LocalDate.now().minusMonths(1)),
                          "",
                          true))));
      OUT.printf("%n64 connections (load average now %s):%n%n", loadAverage());
      table(results, results.get(0));
      List<Load.Result> single = new ArrayList<>();
      single.add(runWith(1, "empty JAX-RS endpoint, one connection", uri, pingRequest()));
      single.add(
          runWith(
              1,
              "`GET /api/me` (bearer), one connection",
              uri,
              (c, n) -> seed.get("/api/me", seed.tech)));
      single.add(
          runWith(
              1,
              "`GET /api/devices/by-tag/{tag}`, one connection",
              uri,
              (c, n) -> seed.get(seed.byTag(c, n), seed.tech)));
      OUT.printf("%nOne connection at a time (load average now %s):%n%n", loadAverage());
      table(single, single.get(0));
    }
  }

  private static Load.Requests pingRequest() {
    return (c, n) -> Load.Request.get("/ping/api/ping", Map.of());
  }

  private static Load.Result run(String name, URI base, Load.Requests requests) {
    return runWith(CONNECTIONS, name, base, requests);
  }

  private static Load.Result runWith(
      int connections, String name, URI base, Load.Requests requests) {
    if (!name.startsWith("empty") && ONLY.stream().noneMatch(name::contains)) {
      return null;
    }
    String recording = profile(name, "start");
    Load.Result result = Load.run(name, base, connections, WARM_UP, MEASURED, requests);
    profile(recording, "stop");
    OUT.println(
        "  "
            + result.row()
            + (result.firstError() == null ? "" : "  first error: " + result.firstError()));
    return result;
  }

  /**
   * With {@code -Dapi.benchmark.jfr=DIR}, a flight recording of PackNum's JVM per scenario, made
   * with {@code jcmd} ({@code jfr print --events jdk.ExecutionSample --stack-depth 300} reads it).
   */
  private static String profile(String what, String action) {
    if (profiled == 0) {
      return what;
    }
    String name = what.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(profiled),
                "JFR." + action,
                "name=" + name));
    if (action.equals("start")) {
      command.add("settings=profile");
      command.add("jdk.ExecutionSample#period=2ms");
      command.add("filename=" + Path.of(JFR, name + ".jfr").toAbsolutePath());
    }
    try {
      Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
      String said = new String(jcmd.getInputStream().readAllBytes()).strip();
      if (jcmd.waitFor() != 0) {
        OUT.println("jcmd failed: " + said);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return name;
  }

  private static void table(List<Load.Result> results, Load.Result baseline) {
    OUT.println(
        "| what | requests/s | p50 ms | p99 ms | max ms | errors | × " + baseline.name() + " |");
    OUT.println("|---|---|---|---|---|---|---|");
    for (Load.Result result : results) {
      if (result == null) {
        continue;
      }
      OUT.printf(
          Locale.ROOT, "%s %.2f |%n", result.row(), result.perSecond() / baseline.perSecond());
    }
  }

  /** The data the scenarios read: devices, households, a queue; tokens and sessions. */
  static final class Seed {
    final URL base;
    final List<String> tags = new ArrayList<>();
    final List<String> sessions = new ArrayList<>();
    String tech;
    String social;
    String coordinator;
    long donation;

    private Seed(URL base) {
      this.base = base;
    }

    static Seed of(URL base, boolean withSessions) {
      Seed seed = new Seed(base);
      long started = System.nanoTime();
      Api admin = Accounts.admin(base);
      Accounts.NewUser technician = Accounts.user(admin, "TECHNICIAN");
      long ccas = Accounts.structure(admin, "CCAS");
      Accounts.NewUser social = Accounts.user(admin, "SOCIAL_WORKER", ccas);
      Accounts.NewUser coordinator = Accounts.user(admin, "COORDINATOR");
      seed.tech = token(admin, technician.id());
      seed.social = token(admin, social.id());
      seed.coordinator = token(admin, coordinator.id());
      Api tech = new Api(base).bearer(seed.tech);
      seed.donation = Workshop.donation(tech);
      for (int i = 0; i < DEVICES; i++) {
        seed.tags.add(Workshop.intake(tech, seed.donation, "LAPTOP").getString("assetTag"));
      }
      Api worker = new Api(base).bearer(seed.social);
      Api coordination = new Api(base).bearer(seed.coordinator);
      for (int i = 0; i < HOUSEHOLDS; i++) {
        long household = Referrals.eligibleHousehold(worker, Referrals.Person.next());
        if (i < QUEUED) {
          Referrals.submitted(worker, household);
        }
      }
      if (withSessions) {
        for (int c = 0; c < CONNECTIONS; c++) {
          seed.sessions.add(sessionCookies(base, social.username()));
        }
      }
      coordination.get("api/pack-requests/queue").expect(200);
      OUT.printf(
          Locale.ROOT,
          "seeded %d devices, %d households (%d in the eligibility queue), %d sessions in %.0f s%n",
          DEVICES,
          HOUSEHOLDS,
          QUEUED,
          seed.sessions.size(),
          (System.nanoTime() - started) / 1e9);
      return seed;
    }

    Map<String, String> headers(String token) {
      return Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json");
    }

    Load.Request get(String path, String token) {
      return Load.Request.get(path, Map.of("Authorization", "Bearer " + token));
    }

    String byTag(int connection, int n) {
      return "/api/devices/by-tag/" + tags.get((connection * 31 + n) % tags.size());
    }

    private static String token(Api admin, long userId) {
      JsonObject issued =
          admin
              .post(
                  "api/tokens",
                  "{\"userId\":" + userId + ",\"name\":\"benchmark\",\"validDays\":1}")
              .expect(201);
      return issued.getString("token");
    }

    /** A browser session of its own: its cookies as the browser would send them. */
    private static String sessionCookies(URL base, String username) {
      try {
        HttpResponse<String> answer =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create(base + "api/session"))
                        .header("Content-Type", "application/json")
                        .POST(
                            HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\""
                                    + username
                                    + "\",\"password\":\""
                                    + Accounts.PASSWORD
                                    + "\"}"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
          throw new IllegalStateException("Sign-in refused: " + answer.body());
        }
        return String.join(
            "; ",
            answer.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0])
                .toList());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // cold start: launch to the first 200

  private static void coldStart(Path ping) throws Exception {
    int runs = Integer.getInteger("api.benchmark.starts", 3);
    OUT.printf("%nCold start to the first 200 (load average now %s)%n", loadAverage());
    double[] empty = new double[runs];
    for (int i = 0; i < runs; i++) {
      try (Instance server = Instance.named("api-benchmark-empty").deploying(ping)) {
        empty[i] = timeToFirst200(server, "ping/api/ping");
        OUT.printf(Locale.ROOT, "  empty WAR, start %d: %.1f s%n", i + 1, empty[i]);
      }
    }
    double[] fresh = new double[runs];
    double[] restart = new double[runs];
    for (int i = 0; i < runs; i++) {
      try (Instance server = Instance.named("api-benchmark-cold").derby().withTestAdministrator()) {
        fresh[i] = timeToFirst200(server, "health/ready");
        server.stop();
        restart[i] = timeToFirst200(server, "health/ready");
        OUT.printf(
            Locale.ROOT,
            "  PackNum, start %d: %.1f s on a new database (migrations), %.1f s restarted%n",
            i + 1,
            fresh[i],
            restart[i]);
      }
    }
    OUT.println();
    OUT.println("| what | median of " + runs + " | runs | × empty WAR |");
    OUT.println("|---|---|---|---|");
    cold("empty WAR (`ping.war`)", empty, median(empty));
    cold("PackNum, restart (database up to date)", restart, median(empty));
    cold("PackNum, first start (new database: every migration)", fresh, median(empty));
  }

  private static void cold(String what, double[] runs, double baseline) {
    OUT.printf(
        Locale.ROOT,
        "| %s | %.1f s | %s | %.2f |%n",
        what,
        median(runs),
        String.join(
            ", ",
            Arrays.stream(runs).mapToObj(r -> String.format(Locale.ROOT, "%.1f", r)).toList()),
        median(runs) / baseline);
  }

  /**
   * Seconds from launching Payara Micro to the first 200 on {@code path} (PackNum: {@code
   * /health/ready}, which answers 200 once the database is migrated and reachable).
   */
  private static double timeToFirst200(Instance server, String path) throws Exception {
    long started = System.nanoTime();
    Process process = server.launch();
    URL url = URI.create(server.base() + path).toURL();
    long deadline = started + TimeUnit.SECONDS.toNanos(900);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The server exited; see " + server.log());
      }
      // HttpURLConnection with both timeouts: java.net.http's client once waited minutes for a
      // server still starting, its request timeout notwithstanding
      try {
        java.net.HttpURLConnection connection = (java.net.HttpURLConnection) url.openConnection();
        connection.setConnectTimeout(1_000);
        connection.setReadTimeout(5_000);
        int status = connection.getResponseCode();
        connection.disconnect();
        if (status == 200) {
          return (System.nanoTime() - started) / 1e9;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("No 200 after 900 s; see " + server.log());
  }

  // ---------------------------------------------------------------------------------------------
  // cluster: one instance, then two, behind nginx on PostgreSQL

  private static void cluster() throws Exception {
    String host = System.getProperty("api.benchmark.pg.host", "127.0.0.1");
    String database = "packnum_api_bench_" + ProcessHandle.current().pid();
    String url = "jdbc:postgresql://" + host + ":5432/" + database;
    psql(host, "CREATE DATABASE " + database);
    Path conf = Path.of("target", "api-benchmark", "nginx").toAbsolutePath();
    Process nginx = null;
    try (Instance first =
            Instance.named("api-benchmark-member-1")
                .database(url, "postgres", "postgres")
                .clustered("member-1")
                .withTestAdministrator();
        Instance second =
            Instance.named("api-benchmark-member-2")
                .database(url, "postgres", "postgres")
                .clustered("member-2")
                .withTestAdministrator()) {
      OUT.printf(
          "%nOne instance, then two, on PostgreSQL behind nginx (load average now %s)%n",
          loadAverage());
      URL one = first.start();
      Seed seed = Seed.of(one, false);
      int proxyPort = freePort();
      nginx = nginx(conf, proxyPort, List.of(one));
      URI proxy = URI.create("http://127.0.0.1:" + proxyPort + "/");
      List<Load.Result> results = new ArrayList<>();
      results.add(
          run(
              "one instance: `GET /api/devices/by-tag/{tag}`",
              proxy,
              (c, n) -> seed.get(seed.byTag(c, n), seed.tech)));
      results.add(
          run(
              "one instance: household list",
              proxy,
              (c, n) -> seed.get("/api/households", seed.social)));
      stopNginx(nginx);
      URL two = second.start();
      nginx = nginx(conf, proxyPort, List.of(one, two));
      results.add(
          run(
              "two instances: `GET /api/devices/by-tag/{tag}`",
              proxy,
              (c, n) -> seed.get(seed.byTag(c, n), seed.tech)));
      results.add(
          run(
              "two instances: household list",
              proxy,
              (c, n) -> seed.get("/api/households", seed.social)));
      OUT.printf("%nThrough nginx, 64 connections (load average now %s):%n%n", loadAverage());
      table(results, results.get(0));
    } finally {
      if (nginx != null) {
        stopNginx(nginx);
      }
      psql(host, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
  }

  /** nginx in the foreground, round robin over {@code upstreams}, keep-alive on both sides. */
  static Process nginx(Path dir, int port, List<URL> upstreams) throws IOException {
    Files.createDirectories(dir.resolve("logs"));
    StringBuilder servers = new StringBuilder();
    upstreams.forEach(
        u -> servers.append("    server 127.0.0.1:").append(u.getPort()).append(";\n"));
    Files.writeString(
        dir.resolve("nginx.conf"),
        "daemon off;\nworker_processes 1;\npid "
            + dir.resolve("nginx.pid")
            + ";\nerror_log "
            + dir.resolve("logs/error.log")
            + ";\nevents { worker_connections 1024; }\nhttp {\n  access_log off;\n"
            + "  client_body_temp_path "
            + dir
            + "/body;\n  proxy_temp_path "
            + dir
            + "/proxy;\n"
            + "  upstream packnum {\n"
            + servers
            + "    keepalive 128;\n  }\n"
            + "  server {\n    listen 127.0.0.1:"
            + port
            + ";\n    location / {\n      proxy_pass http://packnum;\n"
            + "      proxy_http_version 1.1;\n      proxy_set_header Connection \"\";\n"
            // answers stay in memory: no temporary file for nginx's unprivileged workers to write
            + "      proxy_buffers 32 16k;\n      proxy_max_temp_file_size 0;\n"
            + "      proxy_set_header Host $host;\n    }\n  }\n}\n",
        StandardCharsets.UTF_8);
    Process process =
        new ProcessBuilder(
                "nginx", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("logs/nginx.out").toFile())
            .start();
    for (int i = 0; i < 100; i++) {
      try (var socket = new java.net.Socket("127.0.0.1", port)) {
        return process;
      } catch (IOException notYet) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    throw new IllegalStateException("nginx did not start; see " + dir.resolve("logs"));
  }

  private static void stopNginx(Process nginx) {
    nginx.destroy();
    try {
      nginx.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void psql(String host, String sql) throws Exception {
    Process process =
        new ProcessBuilder("psql", "-h", host, "-U", "postgres", "-d", "postgres", "-c", sql)
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(sql + ": " + output);
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static int freePort() throws IOException {
    try (var socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Builds {@code ping.war}: the empty JAX-RS application, nothing else. */
  private static Path pingWar(Path dir) {
    Path war = dir.resolve("ping.war");
    ShrinkWrap.create(WebArchive.class, "ping.war")
        .addClasses(PingApplication.class, Ping.class)
        .as(ZipExporter.class)
        .exportTo(war.toFile(), true);
    return war;
  }

  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static double seconds(String property, double fallback) {
    String value = System.getProperty(property);
    return value == null || value.isBlank() ? fallback : Double.parseDouble(value);
  }
}
