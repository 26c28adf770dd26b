package fr.packnum.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.packnum.accounts.boundary.AccountsSampleData;
import fr.packnum.accounts.boundary.SignInFailurePurge;
import fr.packnum.accounts.control.StructureStore;
import fr.packnum.accounts.control.UserStore;
import fr.packnum.accounts.entity.Structure;
import fr.packnum.accounts.entity.StructureKind;
import fr.packnum.households.boundary.HouseholdsSampleData;
import fr.packnum.households.boundary.RetentionSchedule;
import fr.packnum.households.control.HouseholdStore;
import fr.packnum.households.control.IdentityKeys;
import fr.packnum.households.control.Retention;
import fr.packnum.households.control.Scope;
import fr.packnum.households.entity.Connectivity;
import fr.packnum.households.entity.Household;
import fr.packnum.households.entity.HouseholdInvalid;
import fr.packnum.households.entity.Need;
import fr.packnum.households.entity.PackRequest;
import fr.packnum.households.entity.PreferredDevice;
import fr.packnum.households.entity.Situation;
import fr.packnum.households.entity.Urgency;
import fr.packnum.matching.boundary.ReservationExpirySchedule;
import fr.packnum.matching.control.ReservationExpiry;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.control.JobClaims;
import fr.packnum.reporting.control.ConventionStore;
import fr.packnum.reporting.control.ExportChunks;
import fr.packnum.reporting.control.ExportJobStore;
import fr.packnum.reporting.control.StatementExports;
import fr.packnum.reporting.entity.ExportFormat;
import fr.packnum.reporting.entity.ExportJob;
import fr.packnum.territory.entity.InseeCode;
import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Days;
import fr.packnum.testing.Deployments;
import fr.packnum.testing.Metrics;
import fr.packnum.testing.Packs;
import fr.packnum.testing.Referrals;
import fr.packnum.testing.Workshop;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every test that must run inside the server (CDI beans, transactions, a chosen "now"), in one
 * deployment so that they cost one boot together. Black-box tests go to the shared server ({@link
 * fr.packnum.testing.Server}) instead; add a method here only when a test truly needs the
 * container.
 *
 * <p>Households: the retention limit with a chosen "now" (24 months after the last contact a
 * household is anonymised and the statistics do not move); the nightly run is claimed by one
 * instance only. Accounts: what is stored for a new user's password.
 */
@ExtendWith(ArquillianExtension.class)
class ContainerIT {

  @Deployment
  static WebArchive war() {
    return Deployments.packnum()
        .addClasses(
            ContainerIT.class,
            Api.class,
            Api.Reply.class,
            Accounts.class,
            Accounts.NewUser.class,
            Days.class,
            Workshop.class,
            Referrals.class,
            Referrals.Person.class,
            Packs.class,
            Metrics.class);
  }

  @ArquillianResource URL base;

  @Inject UserStore users;

  @Inject HouseholdStore households;
  @Inject StructureStore structures;
  @Inject IdentityKeys identityKeys;
  @Inject Retention retention;
  @Inject RetentionSchedule schedule;
  @Inject UserTransaction transaction;
  @Inject SampleData sampleData;
  @Inject HouseholdsSampleData householdsSamples;
  @Inject ReservationExpiry reservationExpiry;
  @Inject ReservationExpirySchedule reservationSchedule;
  @Inject ExportJobStore exportJobs;
  @Inject ConventionStore conventions;
  @Inject StatementExports exports;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  private long household(Structure structure, String name, Instant lastContact) throws Exception {
    transaction.begin();
    Household household =
        new Household(
            households.newReference(),
            structures.get(structure.id()),
            new Household.Contact(name, "06 11 22 33 44", null),
            identityKeys.hash().of(name, "06 11 22 33 44"),
            new Household.Profile(
                new InseeCode("75056"),
                true,
                new Household.Composition(2, 3, 2),
                List.of(
                    new Household.Proof(
                        Situation.RSA,
                        "Attestation CAF",
                        LocalDate.ofInstant(lastContact, ZoneOffset.UTC))),
                new Household.Amount(
                    new java.math.BigDecimal("420"),
                    LocalDate.ofInstant(lastContact, ZoneOffset.UTC)),
                null,
                Set.of(Need.SCHOOL, Need.HEALTH),
                Connectivity.NONE,
                "Malvoyance"),
            lastContact);
    households.add(household);
    transaction.commit();
    return household.id();
  }

  private Household read(long id) throws Exception {
    transaction.begin();
    try {
      return households.get(id, Scope.ALL);
    } finally {
      transaction.commit();
    }
  }

  @Test
  void aHouseholdIsAnonymised24MonthsAndADayAfterTheLastContactAndTheStatisticsStay()
      throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    transaction.begin();
    Structure structure =
        new Structure("CCAS rétention " + now.toEpochMilli(), StructureKind.CCAS, null, null, now);
    structures.add(structure);
    transaction.commit();
    Instant due = now.atZone(ZoneOffset.UTC).minusMonths(24).minusDays(1).toInstant();
    Instant notYet = now.atZone(ZoneOffset.UTC).minusMonths(23).toInstant();
    long old = household(structure, "Rémi Anciencontact", due);
    long recent = household(structure, "Inès Contactrecent", notYet);
    Scope scope = new Scope(structure.id());
    transaction.begin();
    HouseholdStore.Statistics before = households.statistics(scope);
    transaction.commit();

    int anonymised = schedule.anonymiseAll(now);

    assertTrue(anonymised >= 1);
    Household gone = read(old);
    assertTrue(gone.isAnonymised());
    assertTrue(gone.contact().isEmpty());
    assertTrue(gone.identityHash().isEmpty());
    assertNull(gone.profile().quotientFamilial());
    assertNull(gone.profile().accessibilityNeeds());
    assertEquals(List.of(Situation.RSA), situations(gone));
    assertNull(gone.profile().situations().get(0).proofType());
    Household kept = read(recent);
    assertFalse(kept.isAnonymised());
    assertEquals("Inès Contactrecent", kept.contact().orElseThrow().name());
    transaction.begin();
    HouseholdStore.Statistics after = households.statistics(scope);
    transaction.commit();
    assertEquals(before, after);
    assertEquals(2, after.households());
    assertEquals(2L, after.byNeed().get(Need.SCHOOL));

    // a second run finds nothing more to do
    assertEquals(0, schedule.anonymiseAll(now));
    assertFalse(read(recent).isAnonymised());
  }

  private static List<Situation> situations(Household household) {
    return household.profile().situations().stream().map(Household.Proof::situation).toList();
  }

  @Test
  void theNightlyRunIsClaimedByExactlyOneOfSeveralInstances() throws Exception {
    LocalDate day = LocalDate.of(2000, 1, 2); // keeps the real nightly run's claim in the future
    neverRun("household-retention");
    assertEquals(1, claimsWon(() -> retention.claim(day)));
    assertFalse(retention.claim(day), "the same day again");
    assertTrue(retention.claim(day.plusDays(1)), "the next day");
  }

  // --- matching ------------------------------------------------------------------------------

  @Test
  void aReservationWithoutHandOverExpiresAfterItsDaysAndBothGoBackWithTheWaitingKept()
      throws Exception {
    Api admin = Accounts.admin(base);
    Api coordinator = Accounts.user(admin, "COORDINATOR").signIn(base);
    Api technician = Accounts.user(admin, "TECHNICIAN").signIn(base);
    Api socialWorker = Accounts.user(admin, "SOCIAL_WORKER").signIn(base);
    JsonObject device = Workshop.readyLaptop(technician);
    JsonObject request =
        Referrals.eligibleRequest(
            socialWorker,
            coordinator,
            "\"preferredDevice\":\"ANY\",\"features\":[],\"urgency\":\"NORMAL\","
                + "\"needsInternet\":false");
    Api.Reply confirmed =
        coordinator.post(
            "api/reservations",
            "{\"requestId\":"
                + request.getInt("id")
                + ",\"deviceId\":"
                + device.getInt("id")
                + "}");
    assertEquals(201, confirmed.status(), confirmed.toString());
    LocalDate lastDay = LocalDate.parse(confirmed.json().getString("expiresOn"));
    assertEquals(Days.today().plusDays(14), lastDay, "PACKNUM_MATCHING_RESERVATION_DAYS, 14");
    String reservation = "api/reservations/" + confirmed.json().getInt("id");

    // on its last day it still holds
    reservationSchedule.expireAll(lastDay.atTime(12, 0).atZone(FrenchCalendar.ZONE).toInstant());
    assertEquals("ACTIVE", coordinator.get(reservation).json().getString("status"));

    int expired =
        reservationSchedule.expireAll(
            lastDay.plusDays(1).atTime(3, 50).atZone(FrenchCalendar.ZONE).toInstant());

    assertTrue(expired >= 1);
    assertEquals("EXPIRED", coordinator.get(reservation).json().getString("status"));
    assertEquals(
        "READY", technician.get("api/devices/" + device.getInt("id")).json().getString("status"));
    JsonObject requeued = coordinator.get("api/pack-requests/" + request.getInt("id")).json();
    assertEquals("ELIGIBLE", requeued.getString("status"));
    // compared to the millisecond: PostgreSQL keeps microseconds, the first answer had nanoseconds
    assertEquals(
        Instant.parse(request.getJsonObject("decision").getString("decidedAt"))
            .truncatedTo(ChronoUnit.MILLIS),
        Instant.parse(requeued.getJsonObject("decision").getString("decidedAt"))
            .truncatedTo(ChronoUnit.MILLIS));
  }

  /**
   * The operator's gauges on {@code /metrics}: a reservation on its last day with no hand-over
   * booked counts as expiring, a follow-up call whose day has passed as overdue. The days are set
   * in the database, as if the reservation and the hand-over were weeks old.
   */
  @Test
  void theGaugesCountAReservationOnItsLastDayAndFollowUpCallsPastTheirDay() throws Exception {
    Api admin = Accounts.admin(base);
    Api coordinator = Accounts.user(admin, "COORDINATOR").signIn(base);
    Api technician = Accounts.user(admin, "TECHNICIAN").signIn(base);
    Api socialWorker = Accounts.user(admin, "SOCIAL_WORKER").signIn(base);
    Accounts.NewUser mediator = Accounts.user(admin, "SUPPORT");
    String wish =
        "\"preferredDevice\":\"ANY\",\"features\":[],\"urgency\":\"NORMAL\","
            + "\"needsInternet\":false";
    JsonObject waiting =
        Packs.reserve(
            coordinator,
            Referrals.eligibleRequest(socialWorker, coordinator, wish),
            Workshop.readyLaptop(technician));
    JsonObject handedOverRequest = Referrals.eligibleRequest(socialWorker, coordinator, wish);
    Packs.handOver(
        mediator.signIn(base),
        Packs.book(
            coordinator,
            Packs.reserve(coordinator, handedOverRequest, Workshop.readyLaptop(technician)),
            mediator));
    Map<String, Double> before = Metrics.fresh(base);

    LocalDate today = FrenchCalendar.dayOf(Instant.now());
    int calls;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement lastDay =
            connection.prepareStatement("UPDATE reservations SET expires_on = ? WHERE id = ?");
        PreparedStatement pastDay =
            connection.prepareStatement(
                "UPDATE support_calls SET due_on = ? WHERE status = 'DUE' AND plan_id IN"
                    + " (SELECT id FROM support_plans WHERE request_id = ?)")) {
      lastDay.setObject(1, java.sql.Date.valueOf(today));
      lastDay.setLong(2, waiting.getJsonNumber("id").longValue());
      assertEquals(1, lastDay.executeUpdate());
      pastDay.setObject(1, java.sql.Date.valueOf(today.minusDays(1)));
      pastDay.setLong(2, handedOverRequest.getJsonNumber("id").longValue());
      calls = pastDay.executeUpdate();
    }
    assertTrue(calls >= 1, "the hand-over scheduled follow-up calls");
    Map<String, Double> after = Metrics.fresh(base);

    String expiring = "packnum_matching_reservations_expiring";
    String overdue = "packnum_support_calls_overdue";
    assertEquals(1, after.get(expiring) - before.get(expiring), expiring);
    assertEquals(calls, after.get(overdue) - before.get(overdue), overdue);
  }

  @Test
  void theNightOfExpiriesIsClaimedByExactlyOneOfSeveralInstances() throws Exception {
    LocalDate day = LocalDate.of(2000, 1, 3); // keeps the real nightly run's claim in the future
    neverRun("reservation-expiry");
    assertEquals(1, claimsWon(() -> reservationExpiry.claim(day)));
  }

  /**
   * Puts a nightly job's claim back where its migration left it: this server's own nightly run (at
   * 03:40 or 03:50 in France) may have claimed tonight if the tests run then.
   */
  private void neverRun(String job) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "UPDATE job_runs SET run_on = CAST('2000-01-01' AS DATE) WHERE name = ?")) {
      statement.setString(1, job);
      assertEquals(1, statement.executeUpdate(), job);
    }
  }

  // --- hourly purges ------------------------------------------------------------------------

  @Inject JobClaims jobClaims;

  @Test
  void theHourOfEachHourlyPurgeIsClaimedByExactlyOneOfSeveralInstances() throws Exception {
    Instant hour = Instant.parse("2000-01-01T05:00:00Z");
    for (String job : List.of(Housekeeping.JOB, SignInFailurePurge.JOB)) {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        // as if never run: a real hourly run of this server may have claimed the current hour
        statement.executeUpdate("UPDATE job_runs SET run_at = NULL WHERE name = '" + job + "'");
      }
      assertEquals(1, claimsWon(() -> jobClaims.claimHour(job, hour.plusSeconds(1800))), job);
      assertFalse(jobClaims.claimHour(job, hour.plusSeconds(3599)), "the same hour again");
      assertTrue(jobClaims.claimHour(job, hour.plusSeconds(3600)), "the next hour");
    }
  }

  /** Four instances claiming the same night at the same moment: how many were told to run. */
  private long claimsWon(Callable<Boolean> claim) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> claims = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      claims.add(
          executor.submit(
              () -> {
                start.await();
                return claim.call();
              }));
    }
    start.countDown();
    long won = 0;
    for (Future<Boolean> result : claims) {
      won += result.get() ? 1 : 0;
    }
    return won;
  }

  // --- accounts ------------------------------------------------------------------------------

  @Test
  void storedHashOfANewUserIsPbkdf2Sha512WithAtLeast210000Iterations() {
    Api admin = Accounts.admin(base);
    long structure = Accounts.structure(admin, "CCAS");
    String username = Accounts.unique("stored-hash-check-");
    assertEquals(
        201,
        admin
            .post(
                "api/users",
                Accounts.socialWorkerJson(username, "Une phrase de passe solide", structure))
            .status());
    String hash = users.findByUsername(username).orElseThrow().passwordHash();
    String[] parts = hash.split(":");
    assertEquals("PBKDF2WithHmacSHA512", parts[0]);
    assertTrue(Integer.parseInt(parts[1]) >= 210_000, hash);
    assertTrue(!hash.contains("Une phrase de passe solide"));
  }

  @Test
  void renamingTheSampleStructureAndRestartingLoadsNothingTwice() throws Exception {
    Map<String, Long> before = counts();
    assertTrue(before.get("structures") > 0, before.toString());
    String renamed = "CCAS de Montreuil (renommé " + System.nanoTime() + ")";
    transaction.begin();
    Structure ccas = structures.findByName(AccountsSampleData.SAMPLE_CCAS).orElseThrow();
    ccas.describe(renamed, ccas.kind(), ccas.commune().orElse(null), null);
    transaction.commit();
    try {
      sampleData.load();

      assertEquals(before, counts());
    } finally {
      transaction.begin();
      Structure back = structures.findByName(renamed).orElseThrow();
      back.describe(AccountsSampleData.SAMPLE_CCAS, back.kind(), back.commune().orElse(null), null);
      transaction.commit();
    }
  }

  private Map<String, Long> counts() throws Exception {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String table :
          List.of(
              "structures",
              "users",
              "households",
              "pack_requests",
              "devices",
              "sample_data_loads")) {
        try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rows.next();
          counts.put(table, rows.getLong(1));
        }
      }
    }
    return counts;
  }

  @Test
  void beanValidationReadsTheFrenchCalendarClock() {
    assertTrue(
        jakarta.validation.Validation.buildDefaultValidatorFactory().getClockProvider()
            instanceof fr.packnum.platform.control.FrenchClockProvider,
        "validation.xml registers the French clock provider");
  }

  @Test
  void aSampleGoesThroughTheRulesOfTheApiAndABadOneLeavesNothingHalfWritten() throws Exception {
    Map<String, Long> before = counts();
    HouseholdsSampleData.Sample good =
        new HouseholdsSampleData.Sample(
            "Denise Essai",
            "01 99 00 10 09",
            1,
            0,
            0,
            new Household.Proof(Situation.RSA, "Attestation CAF", Days.today().minusMonths(1)),
            Set.of(Need.ADMINISTRATIVE),
            Connectivity.NONE,
            new PackRequest.Wish(
                PreferredDevice.LAPTOP, Set.of(), Urgency.NORMAL, null, true, null),
            HouseholdsSampleData.Stage.SUBMITTED);
    // more school-age children than children: the API answers 422, and so does the sample path
    HouseholdsSampleData.Sample impossible =
        new HouseholdsSampleData.Sample(
            "Émile Essai",
            "01 99 00 10 08",
            1,
            1,
            2,
            new Household.Proof(Situation.RSA, "Attestation CAF", Days.today().minusMonths(1)),
            Set.of(Need.ADMINISTRATIVE),
            Connectivity.NONE,
            new PackRequest.Wish(
                PreferredDevice.LAPTOP, Set.of(), Urgency.NORMAL, null, true, null),
            HouseholdsSampleData.Stage.SUBMITTED);
    transaction.begin();
    try {
      assertThrows(HouseholdInvalid.class, () -> householdsSamples.seed(List.of(good, impossible)));
    } finally {
      transaction.rollback();
    }
    assertEquals(before, counts(), "nothing of the refused load is left");
  }

  // --- reporting: export jobs ----------------------------------------------------------------

  /** A new partner's convention covering the packs {@code ccas} refers this year: its id. */
  private static long convention(Api admin, Api coordinator, long ccas) {
    LocalDate today = Days.today();
    return coordinator
        .post(
            "api/conventions",
            "{\"partnerStructureId\":"
                + Accounts.user(admin, "PARTNER").structureId()
                + ",\"name\":\"Convention export\",\"startsOn\":\""
                + today.withDayOfYear(1)
                + "\",\"endsOn\":\""
                + today.withDayOfYear(1).plusYears(1).minusDays(1)
                + "\",\"structureIds\":["
                + ccas
                + "],\"vatMode\":\"EXEMPT\",\"unitPricesCents\":{\"PACK_DELIVERED\":15000}}")
        .expect(201)
        .getJsonNumber("id")
        .longValue();
  }

  /** A QUEUED export of the convention's year so far, which nothing starts but the test. */
  private long queuedJob(long conventionId) throws Exception {
    LocalDate today = Days.today();
    transaction.begin();
    ExportJob job =
        new ExportJob(
            conventions.get(conventionId, ConventionStore.Scope.ALL),
            today.withDayOfYear(1),
            today,
            ExportFormat.XLSX,
            1L,
            "Test export",
            Instant.now());
    exportJobs.add(job);
    transaction.commit();
    return job.id();
  }

  private long chunks(long jobId) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM reporting_export_chunks WHERE job_id = ?")) {
      query.setLong(1, jobId);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private String status(long jobId) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT status FROM reporting_export_jobs WHERE id = ?")) {
      query.setLong(1, jobId);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }

  @Test
  void anExportFileIsStoredAsChunksReadBackByteForByteAndAFailedWriteLeavesNothing()
      throws Exception {
    Api admin = Accounts.admin(base);
    Api coordinator = Accounts.user(admin, "COORDINATOR").signIn(base);
    long convention = convention(admin, coordinator, Accounts.structure(admin, "CCAS"));
    ExportChunks small = new ExportChunks(dataSource, 1_000);
    byte[] file = new byte[3_500];
    new Random(18).nextBytes(file);
    Instant now = Instant.now();

    long stored = queuedJob(convention);
    assertTrue(exportJobs.claim(stored, now, now.minus(StatementExports.STALE)));
    assertTrue(small.store(stored, new ByteArrayInputStream(file), "releve.xlsx", 3, now));
    assertEquals("DONE", status(stored));
    assertEquals(4, chunks(stored), "1,000 + 1,000 + 1,000 + 500 bytes");
    ByteArrayOutputStream back = new ByteArrayOutputStream();
    small.copy(stored, back);
    assertArrayEquals(file, back.toByteArray());
    // over HTTP, through the reader of the application, a chunk per query
    Api.Binary download =
        coordinator.binary("GET", "api/statements/jobs/" + stored + "/file", null, null);
    assertEquals(200, download.status());
    assertArrayEquals(file, download.body());

    long failing = queuedJob(convention);
    assertTrue(exportJobs.claim(failing, now, now.minus(StatementExports.STALE)));
    InputStream broken =
        new SequenceInputStream(
            new ByteArrayInputStream(file, 0, 2_500),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("disk gone");
              }
            });
    assertThrows(IOException.class, () -> small.store(failing, broken, "x.xlsx", 3, now));
    assertEquals(0, chunks(failing), "the two chunks written before the failure are gone");
    assertEquals("RUNNING", status(failing), "not DONE: its runner records the failure");
    assertEquals(
        409,
        coordinator.binary("GET", "api/statements/jobs/" + failing + "/file", null, null).status());

    // a runner that lost its claim (here: the job failed meanwhile) stores nothing
    exportJobs.failed(failing, "Test", now);
    assertFalse(small.store(failing, new ByteArrayInputStream(file), "x.xlsx", 3, now));
    assertEquals(0, chunks(failing));
    assertEquals("FAILED", status(failing));
  }

  @Test
  void aLongExportIsSeenRunningWithItsProgressThenDoneAndDownloadable() throws Exception {
    Api admin = Accounts.admin(base);
    Api coordinator = Accounts.user(admin, "COORDINATOR").signIn(base);
    Api technician = Accounts.user(admin, "TECHNICIAN").signIn(base);
    long ccas = Accounts.structure(admin, "CCAS");
    Api socialWorker = Accounts.user(admin, "SOCIAL_WORKER", ccas).signIn(base);
    Accounts.NewUser mediator = Accounts.user(admin, "SUPPORT");
    for (int pack = 0; pack < 2; pack++) {
      JsonObject request =
          Referrals.eligibleRequest(
              socialWorker,
              coordinator,
              "\"preferredDevice\":\"ANY\",\"features\":[],\"urgency\":\"NORMAL\","
                  + "\"needsInternet\":false");
      JsonObject reservation =
          Packs.reserve(coordinator, request, Workshop.readyLaptop(technician));
      Packs.handOver(mediator.signIn(base), Packs.book(coordinator, reservation, mediator));
    }
    long job = queuedJob(convention(admin, coordinator, ccas));
    String path = "api/statements/jobs/" + job;

    String runningGauge = "packnum_reporting_export_jobs{status=\"running\"}";
    double runningBefore = Metrics.fresh(base).get(runningGauge);
    // the runner stops after saving its first row's progress, until the test has looked
    CountDownLatch firstRowSaved = new CountDownLatch(1);
    CountDownLatch goOn = new CountDownLatch(1);
    Future<?> run =
        executor.submit(
            () ->
                exports.run(
                    job,
                    1,
                    done -> {
                      if (done == 1) {
                        firstRowSaved.countDown();
                        try {
                          goOn.await(5, TimeUnit.MINUTES);
                        } catch (InterruptedException stop) {
                          Thread.currentThread().interrupt();
                        }
                      }
                    }));
    try {
      assertTrue(firstRowSaved.await(5, TimeUnit.MINUTES), "the export wrote its first row");
      JsonObject running = coordinator.get(path).expect(200);
      assertEquals("RUNNING", running.getString("status"));
      assertEquals(1, running.getInt("rowsDone"));
      assertEquals(2, running.getInt("rowsTotal"));
      assertTrue(running.containsKey("secondsLeft"), "the time left, from the pace so far");
      assertFalse(running.containsKey("fileName"));
      assertEquals(409, coordinator.binary("GET", path + "/file", null, null).status());
      assertEquals(1, Metrics.fresh(base).get(runningGauge) - runningBefore, runningGauge);
    } finally {
      goOn.countDown();
    }
    run.get(5, TimeUnit.MINUTES);

    JsonObject done = coordinator.get(path).expect(200);
    assertEquals("DONE", done.getString("status"), done.toString());
    assertEquals(2, done.getInt("rowsDone"));
    assertFalse(done.containsKey("secondsLeft"));
    Api.Binary file = coordinator.binary("GET", path + "/file", null, null);
    assertEquals(200, file.status());
    assertEquals(done.getJsonNumber("fileBytes").longValue(), file.body().length);
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      assertEquals(2, workbook.getSheet("Packs").getLastRowNum(), "two pack rows");
    }
  }
}
