package fr.packnum.accounts.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A first start whose {@code PACKNUM_ADMIN_PASSWORD} the policy refuses does not leave a server
 * running without PackNum: the process stops with the status EX_CONFIG (78) and one line saying
 * why, no stack trace.
 */
class StartupRefusalIT {

  @Test
  void aRefusedAdministratorPasswordStopsTheServerWithOneLine() throws Exception {
    Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "refusal-");
    Path log = dir.resolve("server.log");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-Djava.io.tmpdir=" + dir.toAbsolutePath(),
                    "-jar",
                    System.getProperty("payara.microJar", "target/payara-micro.jar"),
                    "--nocluster",
                    "--port",
                    Integer.toString(port),
                    "--deploy",
                    Path.of("target", "packnum.war").toAbsolutePath().toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> environment = builder.environment();
    // a first start on its own embedded Derby, whatever database the other tests use
    environment.keySet().removeIf(name -> name.startsWith("PACKNUM_"));
    environment.put("PACKNUM_DATA_DIR", dir.resolve("data").toAbsolutePath().toString());
    environment.put("PACKNUM_ADMIN_PASSWORD", "Motdepasse2026");
    Process server = builder.start();
    try {
      assertThat(server.waitFor(240, TimeUnit.SECONDS)).as("the server stops by itself").isTrue();
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(server.exitValue()).as(output).isEqualTo(78);
      assertThat(output).contains("PACKNUM_ADMIN_PASSWORD is refused");
      assertThat(output).doesNotContain("at fr.packnum").doesNotContain("Motdepasse2026");
    } finally {
      server.destroyForcibly();
    }
  }
}
