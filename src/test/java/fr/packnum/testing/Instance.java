package fr.packnum.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A PackNum server of its own, apart from the shared {@link Server}: for the tests that start, kill
 * and restart instances (operations drills, a loopback cluster, a refused start). Each one runs the
 * packaged WAR on Payara Micro with the production settings of {@code deployment/}, its own
 * directory under {@code target/} and only the {@code PACKNUM_*} variables it is given.
 */
public final class Instance implements AutoCloseable {

  /** How long a start may take: 300 s, or {@code -Dinstance.startup.seconds} on a busy machine. */
  private static final Duration STARTUP =
      Duration.ofSeconds(Long.getLong("instance.startup.seconds", 300));

  private final Path dir;
  private final Map<String, String> environment = new LinkedHashMap<>();
  private final List<String> cluster = new ArrayList<>(List.of("--nocluster"));
  private final int port;
  private final List<Path> wars = new ArrayList<>(List.of(Path.of("target", "packnum.war")));
  private final List<String> jvmOptions = new ArrayList<>();
  private Process process;
  private int starts;
  private Duration startup = STARTUP;

  private Instance(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  /** A new instance in a fresh directory {@code target/<name>-…}, on a free port. */
  public static Instance named(String name) {
    try {
      Path dir =
          Files.createTempDirectory(Files.createDirectories(Path.of("target")), name + "-")
              .toAbsolutePath();
      return new Instance(dir, freePort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Embedded Derby in this instance's own data directory (the default). */
  public Instance derby() {
    environment.remove("PACKNUM_DB_URL");
    environment.put("PACKNUM_DATA_DIR", dir.resolve("data").toString());
    return this;
  }

  /** The given database, PostgreSQL for a cluster. */
  public Instance database(String url, String user, String password) {
    environment.put("PACKNUM_DB_URL", url);
    environment.put("PACKNUM_DB_USER", user);
    environment.put("PACKNUM_DB_PASSWORD", password);
    environment.put("PACKNUM_DATA_DIR", dir.resolve("data").toString());
    return this;
  }

  /** Joins the loopback cluster {@code packnum-test} whose members listen from {@code 6900} on. */
  public Instance clustered(String member) {
    return clustered("packnum-test", 6900, member);
  }

  /**
   * Joins the loopback cluster {@code name} (a member of another cluster name is never joined)
   * whose members listen from {@code startPort} on: the first member to start takes that port, the
   * next ones the following, and each looks for the others on the first three. Host-aware
   * partitioning is off: every member is on 127.0.0.1, and with it on Hazelcast would keep no
   * backup of a member's data (the HTTP sessions) on another.
   */
  public Instance clustered(String name, int startPort, String member) {
    cluster.clear();
    cluster.addAll(
        List.of(
            "--interfaces",
            "127.0.0.1",
            "--clustermode",
            "tcpip:127.0.0.1:"
                + startPort
                + ",127.0.0.1:"
                + (startPort + 1)
                + ",127.0.0.1:"
                + (startPort + 2),
            "--startport",
            Integer.toString(startPort),
            "--clustername",
            name,
            "--nohostaware",
            "--name",
            member));
    return this;
  }

  /** Sets a {@code PACKNUM_*} variable (an administrator password, sample data off…). */
  public Instance with(String variable, String value) {
    environment.put(variable, value);
    return this;
  }

  /**
   * The administrator every other test signs in as ({@link Accounts#admin}), and no sample data:
   * the test makes its own.
   */
  public Instance withTestAdministrator() {
    environment.put("PACKNUM_ADMIN_PASSWORD", Accounts.adminPassword());
    environment.put("PACKNUM_ADMIN_TOTP_SECRET", Accounts.adminTotpSecret());
    environment.put("PACKNUM_SAMPLE_DATA", "false");
    return this;
  }

  /**
   * How long {@link #start} waits for the server to be ready (5 minutes by default): more for
   * instances booting side by side on a loaded machine.
   */
  public Instance startingWithin(Duration startup) {
    this.startup = startup;
    return this;
  }

  /**
   * Deploys {@code war} instead of PackNum's (a benchmark's baseline application); it keeps its own
   * context root.
   */
  public Instance deploying(Path war) {
    wars.set(0, war);
    return this;
  }

  /** Deploys {@code war} beside PackNum, at the context root its file name gives. */
  public Instance alsoDeploying(Path war) {
    wars.add(war);
    return this;
  }

  /** Adds a JVM option (a flight recording, a heap size). */
  public Instance jvm(String option) {
    jvmOptions.add(option);
    return this;
  }

  public Path dir() {
    return dir;
  }

  /** The JSON log file (deployment/logging.properties), kept across restarts. */
  public Path jsonLog() {
    return dir.resolve("packnum.0.json");
  }

  public Path log() {
    return dir.resolve("server-" + starts + ".log");
  }

  /** Starts the server, without waiting: for a start expected to fail. */
  public Process launch() {
    starts++;
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Djava.io.tmpdir=" + dir.resolve("tmp")));
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-jar",
            Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar"))
                .toAbsolutePath()
                .toString()));
    command.addAll(cluster);
    command.addAll(
        List.of(
            "--prebootcommandfile",
            Path.of("deployment", "pre-boot-commands.asadmin").toAbsolutePath().toString(),
            "--logproperties",
            Path.of("deployment", "logging.properties").toAbsolutePath().toString(),
            // A fresh Payara root at each start: on a root already used, Payara Micro deploys the
            // application it finds there, then again the --deploy one in a new class loader, while
            // embedded Derby is still booted by the first (XSDB6: the restart comes up broken).
            "--rootdir",
            dir.resolve("payara-" + starts).toString(),
            "--port",
            Integer.toString(port)));
    if (wars.size() == 1 && wars.get(0).endsWith("packnum.war")) {
      command.addAll(List.of("--contextroot", "/"));
    }
    // with several, each takes its own (PackNum's payara-web.xml says "/")
    wars.forEach(war -> command.addAll(List.of("--deploy", war.toAbsolutePath().toString())));
    try {
      Files.createDirectories(dir.resolve("tmp"));
      // its working directory: packnum.0.json is its JSON log (deployment/logging.properties)
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log().toFile());
      builder.environment().keySet().removeIf(name -> name.startsWith("PACKNUM_"));
      if (!environment.containsKey("PACKNUM_DATA_DIR")) {
        derby();
      }
      builder.environment().putAll(environment);
      process = builder.start();
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the server and waits until it is ready; its base URL. */
  public URL start() {
    launch();
    try {
      URL url = base();
      awaitReady(url);
      return url;
    } catch (IOException e) {
      kill();
      throw new UncheckedIOException("The instance did not start; see " + log(), e);
    }
  }

  public URL base() {
    try {
      return URI.create("http://localhost:" + port + "/").toURL();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The process id of the running instance's JVM (to profile it with {@code jcmd}). */
  public long pid() {
    if (process == null) {
      throw new IllegalStateException("the instance is not running");
    }
    return process.pid();
  }

  public boolean alive() {
    return process != null && process.isAlive();
  }

  /** {@code kill -9}: no shutdown hook, no flush, as a power cut would. */
  public void kill() {
    if (process == null) {
      return;
    }
    List<ProcessHandle> children = process.descendants().toList();
    process.destroyForcibly();
    children.forEach(ProcessHandle::destroyForcibly);
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  /** An orderly stop (SIGTERM), killed if it takes more than 30 s. */
  public void stop() {
    if (process == null) {
      return;
    }
    Process stopping = process;
    process = null;
    stopping.destroy();
    try {
      if (!stopping.waitFor(30, TimeUnit.SECONDS)) {
        stopping.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      stopping.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** What this instance has written so far to its current log. */
  public String output() {
    try {
      return Files.readString(log(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    kill();
  }

  private void awaitReady(URL url) throws IOException {
    URL ready = URI.create(url + "health/ready").toURL();
    Instant deadline = Instant.now().plus(startup);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException("The server exited with " + process.exitValue());
      }
      // HttpURLConnection with both timeouts: java.net.http's send once hung for ten minutes on a
      // booting instance in CI, its request timeout notwithstanding
      try {
        HttpURLConnection connection = (HttpURLConnection) ready.openConnection();
        connection.setConnectTimeout(2_000);
        connection.setReadTimeout(5_000);
        try {
          if (connection.getResponseCode() == 200
              && new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                  .contains("UP")
              && bootEnded()) {
            return;
          }
        } finally {
          connection.disconnect();
        }
      } catch (IOException e) {
        // not listening yet
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }
    throw new IOException("Not ready after " + startup);
  }

  /**
   * Whether Payara Micro has said it is ready. Its health check answers UP as soon as the
   * application is first deployed, but the boot goes on after that (the application stopped and
   * loaded again): a request in that window gets Payara's own 500 page.
   */
  private boolean bootEnded() {
    try {
      return Files.readString(log(), StandardCharsets.ISO_8859_1).contains(") ready in ");
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
