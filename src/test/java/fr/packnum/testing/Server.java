package fr.packnum.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The one Payara Micro that every black-box test of a failsafe run talks to: started the first time
 * a test asks for {@link #base()}, stopped when the JUnit launcher session ends (pass or fail), or
 * at the latest when the test JVM exits. Unit tests never ask, so surefire never starts it. It
 * inherits the {@code PACKNUM_*} environment failsafe sets, writes its output to {@link #LOG} and
 * deploys {@code target/packnum.war} exactly as users do, with a data directory of its own.
 */
public final class Server {

  /** The server's output (standard output and error). */
  public static final Path LOG = Path.of("target", "shared-server.log");

  /**
   * The server's working directory: {@code packnum.0.json} there is its JSON log file
   * (deployment/logging.properties), and {@code root/logs/server_access_log.<date>.txt} its access
   * log.
   */
  public static final Path HOME = Path.of("target", "shared-server-home").toAbsolutePath();

  /** The JSON log file (only log records, one JSON object per line). */
  public static final Path JSON_LOG = HOME.resolve("packnum.0.json");

  /**
   * The access log's directory (deployment/pre-boot-commands.asadmin): the instance root's logs.
   */
  public static final Path ACCESS_LOG = HOME.resolve("root").resolve("logs");

  private static final Duration STARTUP = Duration.ofSeconds(360);
  private static Process process;
  private static URL base;

  private Server() {}

  /** The server's root URL, ending in {@code /}; starts the server on first use. */
  public static synchronized URL base() {
    if (base == null) {
      start();
    }
    return base;
  }

  /** How many bytes the server has written to {@link #LOG} so far. */
  public static long logLength() {
    try {
      return Files.exists(LOG) ? Files.size(LOG) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the server wrote to {@link #LOG} after {@code offset} (from {@link #logLength()}), waiting
   * a moment for lines still on their way.
   */
  public static String logSince(long offset) {
    try {
      Thread.sleep(200);
      byte[] all = Files.readAllBytes(LOG);
      int from = (int) Math.min(offset, all.length);
      return new String(all, from, all.length - from, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void start() {
    try {
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      Path tmp = Files.createDirectories(Path.of("target", "shared-server-tmp"));
      String jar =
          Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar"))
              .toAbsolutePath()
              .toString();
      // a fresh home each run: the logs read by the tests are this run's only
      deleteTree(HOME);
      Files.createDirectories(HOME);
      List<String> command =
          List.of(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-Xmx768m",
              "-Djava.io.tmpdir=" + tmp.toAbsolutePath(),
              "-jar",
              jar,
              "--nocluster",
              // the production settings of deployment/, so that the tests exercise them
              "--prebootcommandfile",
              Path.of("deployment", "pre-boot-commands.asadmin").toAbsolutePath().toString(),
              "--logproperties",
              Path.of("deployment", "logging.properties").toAbsolutePath().toString(),
              "--rootdir",
              HOME.resolve("root").toString(),
              "--port",
              Integer.toString(port),
              "--contextroot",
              "/",
              "--deploy",
              Path.of("target", "packnum.war").toAbsolutePath().toString());
      Files.createDirectories(LOG.getParent());
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(HOME.toFile())
              .redirectErrorStream(true)
              .redirectOutput(LOG.toAbsolutePath().toFile());
      // its own data directory: ContainerIT's server may run beside it
      builder
          .environment()
          .put(
              "PACKNUM_DATA_DIR",
              Files.createDirectories(Path.of("target", "shared-server-data"))
                  .toAbsolutePath()
                  .toString());
      process = builder.start();
      Runtime.getRuntime().addShutdownHook(new Thread(Server::stop, "shared-server-stop"));
      URL url = URI.create("http://localhost:" + port + "/").toURL();
      awaitReady(url);
      base = url;
    } catch (IOException e) {
      stop();
      // the next start writes the same file: keep this one for whoever reads the failure
      Path kept = LOG.resolveSibling("shared-server-failed-start-" + System.nanoTime() + ".log");
      try {
        Files.copy(LOG, kept);
      } catch (IOException copy) {
        kept = LOG;
      }
      throw new UncheckedIOException("The shared test server did not start; see " + kept, e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static void awaitReady(URL url) throws IOException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(url + "health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException("The server exited with " + process.exitValue());
      }
      try {
        HttpResponse<String> reply = client.send(ready, HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() == 200 && reply.body().contains("UP")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }
    throw new IOException("Not ready after " + STARTUP);
  }

  /** Stops the server and every process it started; harmless when it never started. */
  public static synchronized void stop() {
    if (process == null) {
      return;
    }
    Process stopping = process;
    process = null;
    base = null;
    List<ProcessHandle> children = stopping.descendants().toList();
    stopping.destroy();
    try {
      if (!stopping.waitFor(30, TimeUnit.SECONDS)) {
        stopping.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      stopping.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    children.forEach(ProcessHandle::destroyForcibly);
  }

  /** Stops the server when the launcher session of a failsafe (or IDE) run ends. */
  public static final class SessionEnd implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
      stop();
    }
  }
}
