package fr.packnum.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Conventions;
import fr.packnum.testing.Days;
import fr.packnum.testing.Instance;
import fr.packnum.testing.Referrals;
import fr.packnum.testing.Workshop;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two PackNum instances of one loopback Payara Micro cluster on a fresh PostgreSQL database of
 * their own (created on the server of {@code PACKNUM_DB_URL}, dropped at the end): started at the
 * same moment (each migration applied once), then every request of a test spread over both. One
 * READY device reserved by sixteen requests at once has one winner; a write through one instance is
 * read at once through the other; a session signed in on one works on the other, also once the
 * first is killed; writes under load survive a {@code kill -9} of an instance and its restart,
 * every acknowledged one present and none half-written; an export started on one downloads from the
 * other; a job waiting for the every-minute schedule of both instances runs once; parallel wrong
 * passwords on both instances do not outrun the sign-in throttle.
 */
@Tag("operations")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final Pattern APPLIED = Pattern.compile("\\((\\d+) migration\\(s\\) applied\\)");

  private String adminUrl;
  private String databaseName;
  private String databaseUrl;
  private String user;
  private String password;
  private Instance one;
  private Instance two;
  private URL base1;
  private URL base2;

  private Api admin;
  private Accounts.NewUser technicianUser;
  private Api technician1;
  private Api technician2;
  private Api socialWorker1;
  private Api coordinator1;
  private Api coordinator2;
  private long ccas;
  private Accounts.NewUser coordinatorUser;

  @BeforeAll
  void twoInstancesOfOneClusterOnAFreshDatabase() throws Exception {
    String url = System.getenv("PACKNUM_DB_URL");
    if (url == null || !url.startsWith("jdbc:postgresql://")) {
      fail(
          "ClusterIT needs PostgreSQL (embedded Derby admits one JVM): run it with"
              + " -Dit.db.url=jdbc:postgresql://host:5432/db -Dit.db.user=… -Dit.db.password=…,"
              + " not "
              + url);
    }
    user = System.getenv("PACKNUM_DB_USER");
    password = System.getenv("PACKNUM_DB_PASSWORD");
    Matcher parts = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)").matcher(url);
    assertThat(parts.matches()).as("a PostgreSQL URL with a database: " + url).isTrue();
    databaseName = "packnum_cluster_" + Long.toString(System.currentTimeMillis(), 36);
    adminUrl = parts.group(1) + "postgres" + parts.group(3);
    databaseUrl = parts.group(1) + databaseName + parts.group(3);
    try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + databaseName);
    }

    String cluster = "packnum-it-" + UUID.randomUUID();
    int startPort = freePorts();
    one =
        Instance.named("cluster-1")
            .database(databaseUrl, user, password)
            .clustered(cluster, startPort, "member-1")
            .startingWithin(Duration.ofMinutes(10))
            .withTestAdministrator();
    two =
        Instance.named("cluster-2")
            .database(databaseUrl, user, password)
            .clustered(cluster, startPort, "member-2")
            .startingWithin(Duration.ofMinutes(10))
            .withTestAdministrator();
    // both at the same moment: under Flyway's lock on PostgreSQL each migration is applied by one
    ExecutorService boot = Executors.newFixedThreadPool(2);
    try {
      Future<URL> first = boot.submit(one::start);
      Future<URL> second = boot.submit(two::start);
      base1 = first.get();
      base2 = second.get();
    } finally {
      boot.shutdown();
    }
    awaitClusterOfTwo();

    admin = Accounts.admin(base1);
    technicianUser = Accounts.user(admin, "TECHNICIAN");
    technician1 = technicianUser.signIn(base1);
    technician2 = technicianUser.signIn(base2);
    Accounts.NewUser socialWorker = Accounts.user(admin, "SOCIAL_WORKER");
    ccas = socialWorker.structureId();
    socialWorker1 = socialWorker.signIn(base1);
    coordinatorUser = Accounts.user(admin, "COORDINATOR");
    coordinator1 = coordinatorUser.signIn(base1);
    coordinator2 = coordinatorUser.signIn(base2);
  }

  @AfterAll
  void stopAndDropTheDatabase() throws Exception {
    if (one != null) {
      one.kill();
    }
    if (two != null) {
      two.kill();
    }
    if (databaseName != null) {
      try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
          Statement statement = connection.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
      }
    }
  }

  /** Each member's log names a data grid of two: the members found each other. */
  private void awaitClusterOfTwo() throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(90);
    while (Instant.now().isBefore(deadline)) {
      if (ofTwo(one.output()) && ofTwo(two.output())) {
        return;
      }
      Thread.sleep(500);
    }
    fail("The two instances did not form one cluster; see " + one.log() + " and " + two.log());
  }

  private static boolean ofTwo(String log) {
    return log.contains("DG Size: 2") || log.contains("Members {size:2");
  }

  @Test
  @Order(1)
  void theSchemaIsMigratedOnceThoughBothInstancesStartedAtTheSameMoment() throws Exception {
    long files;
    try (Stream<Path> migrations = Files.list(Path.of("sql"))) {
      files = migrations.filter(f -> f.getFileName().toString().matches("V.*\\.sql")).count();
    }
    List<Integer> applied = new ArrayList<>();
    for (Instance instance : List.of(one, two)) {
      Matcher matcher = APPLIED.matcher(instance.output());
      assertThat(matcher.find()).as("the migration line of " + instance.log()).isTrue();
      applied.add(Integer.parseInt(matcher.group(1)));
    }
    // Flyway locks PostgreSQL per migration: the two may share the work, never repeat it
    assertThat(applied.get(0) + applied.get(1))
        .as("migrations applied " + applied)
        .isEqualTo(files);
    try (Connection db = database();
        ResultSet rows =
            db.createStatement()
                .executeQuery(
                    "SELECT COUNT(*), COUNT(DISTINCT version) FROM flyway_schema_history"
                        + " WHERE success AND version IS NOT NULL")) {
      rows.next();
      assertThat(rows.getLong(1)).as("each migration applied once").isEqualTo(files);
      assertThat(rows.getLong(2)).isEqualTo(files);
    }
  }

  @Test
  @Order(2)
  void sixteenReservationsOfOneDeviceThroughBothInstancesHaveOneWinner() throws Exception {
    JsonObject device = Workshop.readyLaptop(technician1);
    List<JsonObject> requests = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      requests.add(Referrals.eligibleRequest(socialWorker1, coordinator1, Referrals.WISH));
    }
    List<Api.Reply> replies =
        atOnce(
            requests.size(),
            i ->
                (i % 2 == 0 ? coordinator1 : coordinator2)
                    .post(
                        "api/reservations",
                        "{\"requestId\":"
                            + requests.get(i).getInt("id")
                            + ",\"deviceId\":"
                            + device.getInt("id")
                            + "}"));

    List<Api.Reply> won = replies.stream().filter(r -> r.status() == 201).toList();
    assertThat(won).as(replies.toString()).hasSize(1);
    for (Api.Reply lost : replies) {
      if (lost.status() != 201) {
        assertThat(lost.status()).as(lost.toString()).isEqualTo(409);
        assertThat(lost.header("Content-Type")).startsWith("application/problem+json");
        assertThat(lost.json().getString("title")).isNotBlank();
      }
    }
    try (Connection db = database();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT COUNT(*), COUNT(active_device_id) FROM reservations WHERE device_id = ?")) {
      query.setLong(1, device.getInt("id"));
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        assertThat(rows.getLong(1)).as("reservations of the device").isEqualTo(1);
        assertThat(rows.getLong(2)).as("active").isEqualTo(1);
      }
    }
  }

  @Test
  @Order(3)
  void aChangeThroughOneInstanceIsReadAtOnceThroughTheOther() {
    JsonObject device = Workshop.intake(technician1, Workshop.donation(technician1), "LAPTOP");
    String path = "api/devices/" + device.getInt("id");
    for (int i = 0; i < 6; i++) {
      Api writer = i % 2 == 0 ? technician1 : technician2;
      Api reader = i % 2 == 0 ? technician2 : technician1;
      long version = reader.get(path).expect(200).getJsonNumber("version").longValue();
      String model = "ThinkPad T48" + i;
      JsonObject written =
          writer
              .put(
                  path,
                  "{\"specs\":{\"type\":\"LAPTOP\",\"brand\":\"Lenovo\",\"model\":\""
                      + model
                      + "\",\"ramGb\":"
                      + (4 + i)
                      + ",\"webcam\":true,\"keyboardLayout\":\"AZERTY_FR\"},\"version\":"
                      + version
                      + "}")
              .expect(200);
      JsonObject read = reader.get(path).expect(200);
      assertThat(read.getString("model")).as("read at once on the other instance").isEqualTo(model);
      assertThat(read.getJsonNumber("version").longValue())
          .isEqualTo(written.getJsonNumber("version").longValue());
      Api.Reply stale =
          reader.put(
              path,
              "{\"specs\":{\"type\":\"LAPTOP\",\"brand\":\"Lenovo\",\"model\":\"stale\"},"
                  + "\"version\":"
                  + version
                  + "}");
      assertThat(stale.status()).as("the version read before the change is stale").isEqualTo(409);
    }
  }

  @Test
  @Order(4)
  void aSessionSignedInThroughOneInstanceWorksThroughTheOther() {
    Api session = Accounts.user(admin, "SOCIAL_WORKER", ccas).signIn(base1);
    sessionWorksAt(session, base2);
    sessionWorksAt(session, base1);
  }

  /** The session's user is known at {@code base}, and a write with its CSRF token is accepted. */
  private static void sessionWorksAt(Api session, URL base) {
    Api.Reply me = session.get(base + "api/me");
    assertThat(me.status()).as("signed in at " + base + ": " + me).isEqualTo(200);
    assertThat(me.json().getString("role")).isEqualTo("SOCIAL_WORKER");
    Api.Reply created =
        session.post(
            base + "api/households",
            Referrals.householdJson(
                Referrals.Person.next(),
                Referrals.situation("RSA", Days.today().minusMonths(1)),
                "",
                true));
    assertThat(created.status()).as("a write at " + base + ": " + created).isEqualTo(201);
  }

  @Test
  @Order(5)
  void anExportStartedThroughOneInstanceDownloadsThroughTheOtherAndAWaitingOneRunsOnce()
      throws Exception {
    Accounts.NewUser partner = Accounts.user(admin, "PARTNER");
    LocalDate today = Days.today();
    long convention =
        Conventions.thisYear(coordinator1, partner.structureId(), "Convention grappe", ccas);
    // a job left QUEUED (as by an instance stopped before running it): both instances' every-minute
    // schedule sees it; the conditional claim gives it to one
    long waiting = queuedJob(convention, coordinatorUser.id(), today);

    JsonObject started =
        coordinator1
            .post(
                "api/statements/jobs",
                "{\"conventionId\":"
                    + convention
                    + ",\"from\":\""
                    + today.withDayOfYear(1)
                    + "\",\"to\":\""
                    + today
                    + "\",\"format\":\"XLSX\"}")
            .expect(201);
    String job = "api/statements/jobs/" + started.getInt("id");
    JsonObject state = awaitDone(coordinator2, job, Duration.ofSeconds(60));
    assertThat(state.getString("fileName")).endsWith(".xlsx");
    Api.Binary file = coordinator2.binary("GET", job + "/file", null, null);
    assertThat(file.status()).as(file.text()).isEqualTo(200);
    assertThat(new String(file.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII))
        .as("a workbook (a ZIP file)")
        .isEqualTo("PK");

    awaitDone(coordinator2, "api/statements/jobs/" + waiting, Duration.ofSeconds(150));
    String done = "Export job " + waiting + " done";
    long runs = Stream.of(one.output(), two.output()).filter(log -> log.contains(done)).count();
    assertThat(runs).as("the waiting job ran on one instance only").isEqualTo(1);
    assertThat(
            Stream.of(one.output(), two.output())
                .mapToLong(log -> log.split(Pattern.quote(done), -1).length - 1)
                .sum())
        .isEqualTo(1);
  }

  private static JsonObject awaitDone(Api api, String job, Duration within)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(within);
    JsonObject state = api.get(job).expect(200);
    while (!state.getString("status").equals("DONE") && Instant.now().isBefore(deadline)) {
      assertThat(state.getString("status")).isNotEqualTo("FAILED");
      Thread.sleep(500);
      state = api.get(job).expect(200);
    }
    assertThat(state.getString("status")).as(job + " " + state).isEqualTo("DONE");
    return state;
  }

  private long queuedJob(long convention, long requestedBy, LocalDate today) throws SQLException {
    try (Connection db = database();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO reporting_export_jobs (convention_id, period_from, period_to, format,"
                    + " status, rows_done, requested_by_id, requested_by_name, requested_at,"
                    + " version) VALUES (?, ?, ?, 'CSV', 'QUEUED', 0, ?, 'Test COORDINATOR', ?, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
      insert.setLong(1, convention);
      insert.setObject(2, today.withDayOfYear(1));
      insert.setObject(3, today);
      insert.setLong(4, requestedBy);
      insert.setTimestamp(5, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1)));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  @Test
  @Order(6)
  void parallelWrongPasswordsOnBothInstancesDoNotOutrunTheThrottle() throws Exception {
    Accounts.NewUser target = Accounts.user(admin, "TECHNICIAN");
    List<Api.Reply> replies =
        atOnce(
            16,
            i ->
                new Api(i % 2 == 0 ? base1 : base2)
                    .post(
                        "api/session",
                        "{\"username\":\""
                            + target.username()
                            + "\",\"password\":\"Not-the-right-passphrase-"
                            + i
                            + "\"}"));
    long checked = replies.stream().filter(r -> r.status() == 401).count();
    long throttled = replies.stream().filter(r -> r.status() == 429).count();
    assertThat(checked + throttled).as(replies.toString()).isEqualTo(16);
    assertThat(checked).as("passwords checked: the throttle's limit (10)").isEqualTo(10);
  }

  @Test
  @Order(7)
  void writesUnderLoadSurviveAKillOfOneInstanceAndItsRestartWithTheSessionKept() throws Exception {
    Api session = Accounts.user(admin, "SOCIAL_WORKER", ccas).signIn(base1);
    long donation = Workshop.donation(technician1);
    AtomicBoolean oneUp = new AtomicBoolean(true);
    AtomicBoolean running = new AtomicBoolean(true);
    Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicInteger acknowledgedAfterKill = new AtomicInteger();
    AtomicBoolean killed = new AtomicBoolean(false);
    AtomicInteger unresolved = new AtomicInteger();
    List<String> unexpected = new CopyOnWriteArrayList<>();
    ExecutorService writers = Executors.newFixedThreadPool(4);
    List<Future<?>> loops = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      int writer = w;
      loops.add(
          writers.submit(
              () -> {
                int n = 0;
                while (running.get()) {
                  String key = UUID.randomUUID().toString();
                  String body =
                      "{\"donationId\":"
                          + donation
                          + ",\"serial\":\""
                          + Accounts.unique("CL" + writer + "-")
                          + "\",\"specs\":{\"type\":\"LAPTOP\",\"brand\":\"Dell\","
                          + "\"model\":\"Latitude 5490\",\"ramGb\":8}}";
                  boolean toOne = (n++ + writer) % 2 == 0 && oneUp.get();
                  Api.Reply reply = write(toOne ? technician1 : technician2, body, key);
                  if (reply == null) {
                    // the instance died under the request: the same key again on the other
                    for (int retry = 0; retry < 3 && reply == null; retry++) {
                      reply = write(technician2, body, key);
                    }
                  }
                  if (reply == null) {
                    unexpected.add("no answer from either instance");
                  } else if (reply.status() == 201) {
                    acknowledged.add(reply.json().getJsonNumber("id").longValue());
                    if (killed.get() && !oneUp.get()) {
                      acknowledgedAfterKill.incrementAndGet();
                    }
                  } else if (reply.status() == 409
                      && reply.body().contains("idempotency-key-in-use")) {
                    unresolved.incrementAndGet(); // claimed on the dead instance, outcome unknown
                  } else {
                    unexpected.add(reply.toString());
                  }
                  sleep(ThreadLocalRandom.current().nextInt(10, 40));
                }
                return null;
              }));
    }
    try {
      Thread.sleep(4000);
      oneUp.set(false);
      one.kill();
      killed.set(true);
      Thread.sleep(3000);
      sessionWorksAt(session, base2); // the session born on the killed instance lives on
      one.start();
      awaitClusterOfTwo();
      oneUp.set(true);
      Thread.sleep(3000);
      sessionWorksAt(session, base1); // and is known again to the restarted one
    } finally {
      running.set(false);
      writers.shutdown();
    }
    for (Future<?> loop : loops) {
      loop.get();
    }

    assertThat(unexpected).isEmpty();
    assertThat(acknowledgedAfterKill.get()).as("writes went on through instance 2").isPositive();
    Set<Long> stored = new HashSet<>();
    try (Connection db = database();
        PreparedStatement devices =
            db.prepareStatement("SELECT id FROM devices WHERE donation_id = ?");
        PreparedStatement halfWritten =
            db.prepareStatement(
                "SELECT COUNT(*) FROM devices d WHERE d.donation_id = ? AND (SELECT COUNT(*)"
                    + " FROM device_events e WHERE e.device_id = d.id AND e.kind = 'RECEIVED')"
                    + " <> 1")) {
      devices.setLong(1, donation);
      try (ResultSet rows = devices.executeQuery()) {
        while (rows.next()) {
          stored.add(rows.getLong(1));
        }
      }
      halfWritten.setLong(1, donation);
      try (ResultSet rows = halfWritten.executeQuery()) {
        rows.next();
        assertThat(rows.getLong(1)).as("devices without their one RECEIVED event").isZero();
      }
    }
    // a write committed on the killed instance is acknowledged by the replay of its key on the
    // other; one left unanswered (its key claimed, its work lost with the instance) is not stored
    assertThat(stored).as("the stored writes are the acknowledged ones").isEqualTo(acknowledged);
    System.out.printf(
        "ClusterIT: %d writes acknowledged (%d after the kill), %d stored, %d unresolved%n",
        acknowledged.size(), acknowledgedAfterKill.get(), stored.size(), unresolved.get());
  }

  /** The intake's answer, or null when the instance did not answer (dead or dying). */
  private static Api.Reply write(Api api, String body, String key) {
    try {
      Api.Reply reply = api.post("api/devices", body, "Idempotency-Key", key);
      return reply.status() >= 500 ? null : reply;
    } catch (UncheckedIOException | IllegalStateException dead) {
      return null;
    }
  }

  @Test
  @Order(8)
  void everyScheduledJobHasItsClaimRow() throws Exception {
    Set<String> names = new HashSet<>();
    try (Connection db = database();
        ResultSet rows = db.createStatement().executeQuery("SELECT name FROM job_runs")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    assertThat(names)
        .containsExactlyInAnyOrder(
            "household-retention",
            "reservation-expiry",
            "idempotency-purge",
            "sign-in-failure-purge",
            "derby-backup");
  }

  private Connection database() throws SQLException {
    return DriverManager.getConnection(databaseUrl, user, password);
  }

  /** {@code count} calls released at the same moment; their answers in order. */
  private static <T> List<T> atOnce(int count, IndexedCall<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        Callable<T> task =
            () -> {
              start.await();
              return call.call(index);
            };
        futures.add(pool.submit(task));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  @FunctionalInterface
  private interface IndexedCall<T> {
    T call(int index) throws Exception;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A port from which three in a row are free: the cluster's members listen there. */
  private static int freePorts() throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int port = ThreadLocalRandom.current().nextInt(20_000, 30_000);
      if (free(port) && free(port + 1) && free(port + 2)) {
        return port;
      }
    }
    throw new IOException("No three free ports in a row");
  }

  private static boolean free(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      return true;
    } catch (IOException busy) {
      return false;
    }
  }
}
