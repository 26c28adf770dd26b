package fr.packnum.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Instance;
import fr.packnum.testing.Workshop;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The backup drills: a backup taken while technicians keep taking devices in, then restored as the
 * operator's guide says on a new server, which must hold every write acknowledged before the backup
 * began and answer as usual. Embedded Derby: PackNum's own online backup ({@code POST
 * /api/admin/backups}), archived by {@code deployment/backup-derby.sh} and put back by {@code
 * deployment/restore-derby.sh}. PostgreSQL: {@code deployment/backup-postgres.sh} ({@code pg_dump})
 * and {@code deployment/restore-postgres.sh} ({@code pg_restore}) into a new database, on the
 * PostgreSQL server of {@code PACKNUM_DB_URL} ({@code -Dit.db.url=jdbc:postgresql://…}).
 */
@Tag("operations")
class BackupDrillIT {

  private static final Logger LOG = Logger.getLogger(BackupDrillIT.class.getName());

  static final int TECHNICIANS = 4;
  static final int ACKED_BEFORE_BACKUP = 150;

  @Test
  void derbyOnlineBackupHoldsEveryWriteAcknowledgedBeforeItAndOpensOnANewServer() throws Exception {
    Accounts.NewUser technician;
    long donation;
    Map<String, IntakeLoad.Ack> before;
    IntakeLoad load;
    Path archive;
    try (Instance source = Instance.named("backup-source").derby().withTestAdministrator()) {
      URL base = source.start();
      Api admin = Accounts.admin(base);
      technician = Accounts.user(admin, "TECHNICIAN");
      donation = Workshop.donation(technician.signIn(base));
      load =
          new IntakeLoad(
                  sessions(technician, base), donation, Accounts.unique("BKD-") + "-", 100_000)
              .start();
      load.awaitAcked(ACKED_BEFORE_BACKUP);

      before = load.acked();
      Api.Reply reply = admin.post("api/admin/backups", null);
      int ackedDuring = load.acked().size() - before.size();
      load.stop();
      JsonObject backup = reply.expect(201);
      String name = backup.getString("name");
      LOG.info(
          () ->
              "Derby backup "
                  + backup
                  + ": "
                  + before.size()
                  + " intake(s) acknowledged before it, "
                  + ackedDuring
                  + " while it ran, "
                  + load.acked().size()
                  + " in all");
      assertThat(load.refused()).isEmpty();
      assertThat(load.unanswered()).isEmpty();
      assertThat(ackedDuring).as("intakes acknowledged while the backup ran").isPositive();

      Path taken = Path.of(backup.getString("path"));
      assertThat(name).matches("packnum-\\d{8}T\\d{6}Z");
      assertThat(taken).isEqualTo(source.dir().resolve(Path.of("data", "backups", name)));
      assertThat(taken.resolve(Path.of("derby", "service.properties"))).isRegularFile();
      assertThat(backup.getJsonNumber("sizeBytes").longValue()).isEqualTo(size(taken));
      JsonArray listed = admin.get("api/admin/backups").array(200);
      assertThat(listed.getJsonObject(0).getString("name")).isEqualTo(name);
      JsonObject audit =
          admin
              .get("api/audit-events?action=BACKUP&targetType=backup&targetId=" + name)
              .expect(200);
      assertThat(audit.getJsonNumber("total").longValue()).isEqualTo(1);
      assertThat(technician.signIn(base).post("api/admin/backups", null).status()).isEqualTo(403);

      // The night-shift copy off the machine, PackNum still running.
      archive =
          Path.of(
              script(
                      Map.of(),
                      "deployment/backup-derby.sh",
                      source.dir().resolve("data").toString(),
                      source.dir().resolve("archives").toString())
                  .strip());
      assertThat(archive.getFileName().toString())
          .isEqualTo("packnum-derby-" + name.substring("packnum-".length()) + ".tar.gz");
      source.stop();
    }

    try (Instance restored = Instance.named("backup-restored").derby().withTestAdministrator()) {
      script(
          Map.of(),
          "deployment/restore-derby.sh",
          archive.toString(),
          restored.dir().resolve("data").toString());
      URL base = restored.start();
      Api api = technician.signIn(base);
      assertThat(IntakeLoad.notAsAnswered(api, before.values()))
          .as("intakes acknowledged before the backup, missing or changed in the restored copy")
          .isEmpty();
      long listed =
          api.get("api/devices?donationId=" + donation + "&size=1")
              .expect(200)
              .getJsonNumber("total")
              .longValue();
      assertThat(listed).isBetween((long) before.size(), (long) load.attempted());
      api.post("api/devices", IntakeLoad.body(donation, Accounts.unique("BKD-NEW-"))).expect(201);
      Accounts.signIn(base, Accounts.ADMIN, Accounts.adminPassword(), Accounts.adminTotpSecret())
          .get("api/users")
          .expect(200);
      restored.stop();

      DerbyFiles.Snapshot files =
          DerbyFiles.read(restored.dir().resolve(Path.of("data", "derby")), donation);
      assertThat(files.notWhole()).isEmpty();
      assertThat(files.damagedTables()).isEmpty();
      assertThat(files.nextDeviceId()).isGreaterThan(files.maxDeviceId());
    }
  }

  @Test
  void postgresDumpTakenWhileWritingRestoresEveryWriteAcknowledgedBeforeIt() throws Exception {
    String url = System.getenv("PACKNUM_DB_URL");
    assumeTrue(
        url != null && url.startsWith("jdbc:postgresql://"),
        "a PostgreSQL server: -Dit.db.url=jdbc:postgresql://…");
    PostgresServer server =
        new PostgresServer(
            url, System.getenv("PACKNUM_DB_USER"), System.getenv("PACKNUM_DB_PASSWORD"));
    String sourceDb = "packnum_drill_" + System.currentTimeMillis();
    String restoredDb = sourceDb + "_restored";
    server.create(sourceDb);
    try {
      Accounts.NewUser technician;
      long donation;
      Map<String, IntakeLoad.Ack> before;
      IntakeLoad load;
      Path dump;
      try (Instance source =
          Instance.named("pg-source")
              .database(server.jdbcUrl(sourceDb), server.user, server.password)
              .withTestAdministrator()) {
        URL base = source.start();
        Api admin = Accounts.admin(base);
        Api.Reply refused = admin.post("api/admin/backups", null, "Accept-Language", "en");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().getString("type")).endsWith("backup-unavailable");
        assertThat(refused.json().getString("detail")).contains("pg_dump");

        technician = Accounts.user(admin, "TECHNICIAN");
        donation = Workshop.donation(technician.signIn(base));
        load =
            new IntakeLoad(
                    sessions(technician, base), donation, Accounts.unique("BKP-") + "-", 100_000)
                .start();
        load.awaitAcked(ACKED_BEFORE_BACKUP);
        before = load.acked();
        dump =
            Path.of(
                script(
                        server.libpqEnvironment(),
                        "deployment/backup-postgres.sh",
                        server.uri(sourceDb),
                        source.dir().resolve("dumps").toString())
                    .strip());
        int ackedDuring = load.acked().size() - before.size();
        load.stop();
        LOG.info(
            () ->
                "pg_dump "
                    + dump
                    + ": "
                    + before.size()
                    + " intake(s) acknowledged before it, "
                    + ackedDuring
                    + " while it ran, "
                    + load.acked().size()
                    + " in all");
        assertThat(load.refused()).isEmpty();
        assertThat(load.unanswered()).isEmpty();
        assertThat(dump.getFileName().toString()).startsWith(sourceDb + "-").endsWith(".dump");
        source.stop();
      }

      server.create(restoredDb);
      script(
          server.libpqEnvironment(),
          "deployment/restore-postgres.sh",
          dump.toString(),
          server.uri(restoredDb));
      try (Instance restored =
          Instance.named("pg-restored")
              .database(server.jdbcUrl(restoredDb), server.user, server.password)
              .withTestAdministrator()) {
        URL base = restored.start();
        Api api = technician.signIn(base);
        assertThat(IntakeLoad.notAsAnswered(api, before.values()))
            .as("intakes acknowledged before the dump, missing or changed in the restored copy")
            .isEmpty();
        long listed =
            api.get("api/devices?donationId=" + donation + "&size=1")
                .expect(200)
                .getJsonNumber("total")
                .longValue();
        assertThat(listed).isBetween((long) before.size(), (long) load.attempted());
        JsonObject added =
            api.post("api/devices", IntakeLoad.body(donation, Accounts.unique("BKP-NEW-")))
                .expect(201);
        // Writes acknowledged after the dump are not in the copy, so their ids may be issued
        // again; the ids the copy holds may not: its sequence comes back past them.
        long newest = before.values().stream().mapToLong(IntakeLoad.Ack::id).max().orElseThrow();
        assertThat(added.getJsonNumber("id").longValue())
            .as("id of a device added to the restored copy")
            .isGreaterThan(newest);
        Accounts.signIn(base, Accounts.ADMIN, Accounts.adminPassword(), Accounts.adminTotpSecret())
            .get("api/users")
            .expect(200);
        restored.stop();
      }
    } finally {
      server.drop(sourceDb);
      server.drop(restoredDb);
    }
  }

  private static List<Api> sessions(Accounts.NewUser technician, URL base) {
    return IntStream.range(0, TECHNICIANS).mapToObj(i -> technician.signIn(base)).toList();
  }

  private static long size(Path directory) throws IOException {
    try (var files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  /** Runs a script of {@code deployment/} as an operator would; its standard output. */
  static String script(Map<String, String> environment, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command)));
    builder.environment().keySet().removeIf(name -> name.startsWith("PACKNUM_"));
    builder.environment().putAll(environment);
    Path errors = Files.createTempFile("script-", ".err");
    builder.redirectError(errors.toFile());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue())
        .as(String.join(" ", command) + ": " + Files.readString(errors))
        .isZero();
    return output;
  }

  /** The PostgreSQL server of a JDBC URL, where the drill makes and drops its databases. */
  static final class PostgresServer {
    final String hostPort;
    final String user;
    final String password;

    PostgresServer(String url, String user, String password) {
      String rest = url.substring("jdbc:postgresql://".length());
      this.hostPort = rest.substring(0, rest.indexOf('/'));
      this.user = user;
      this.password = password;
    }

    String jdbcUrl(String database) {
      return "jdbc:postgresql://" + hostPort + "/" + database;
    }

    /** The connection URI the scripts take; the password goes in PGPASSWORD. */
    String uri(String database) {
      return "postgresql://" + user + "@" + hostPort + "/" + database;
    }

    Map<String, String> libpqEnvironment() {
      return password == null ? Map.of() : Map.of("PGPASSWORD", password);
    }

    void create(String database) throws SQLException {
      execute("CREATE DATABASE " + database);
    }

    void drop(String database) throws SQLException {
      execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private void execute(String sql) throws SQLException {
      try (Connection connection =
              DriverManager.getConnection(jdbcUrl("postgres"), user, password);
          Statement statement = connection.createStatement()) {
        statement.execute(sql);
      }
    }
  }
}
