package fr.packnum.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Metrics;
import fr.packnum.testing.Referrals;
import fr.packnum.testing.Server;
import fr.packnum.testing.Workshop;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the operator on call sees: the business gauges of {@code /metrics} moving with what users
 * do, the request id of each answer, and an access log without query strings.
 */
class ObservabilityIT {

  final URL base = Server.base();

  /** The application gauges: {@code name{status="…"}} → value. */
  Map<String, Double> scrape() {
    return Metrics.application(base);
  }

  static final String READY = "packnum_workshop_devices{status=\"ready\"}";
  static final String RECEIVED = "packnum_workshop_devices{status=\"received\"}";
  static final String QUEUE = "packnum_households_queue_length";
  static final String OLDEST = "packnum_households_queue_oldest_wait_seconds";
  static final String FAILURES = "packnum_accounts_sign_in_failures";

  @Test
  void everyBusinessGaugeIsPublishedWithoutPersonalData() {
    Map<String, Double> gauges = scrape();
    assertThat(gauges)
        .containsKeys(
            READY,
            RECEIVED,
            "packnum_workshop_devices{status=\"scrapped\"}",
            QUEUE,
            OLDEST,
            "packnum_matching_reservations_expiring",
            "packnum_support_calls_overdue",
            "packnum_reporting_export_jobs{status=\"running\"}",
            "packnum_reporting_export_jobs{status=\"queued\"}",
            FAILURES);
    gauges.values().forEach(value -> assertThat(value).isGreaterThanOrEqualTo(0));
    String everything = new Api(base).get("metrics", "Accept", "text/plain").body();
    Referrals.PERSONAL.forEach(personal -> assertThat(everything).doesNotContain(personal));
  }

  @Test
  void theGaugesMoveWithWhatUsersDo() throws Exception {
    Api admin = Accounts.admin(base);
    Api technician = Accounts.user(admin, "TECHNICIAN").signIn(base);
    Api socialWorker =
        Accounts.user(admin, "SOCIAL_WORKER", Accounts.structure(admin, "CCAS")).signIn(base);
    long household = Referrals.eligibleHousehold(socialWorker, Referrals.Person.next());

    Map<String, Double> before = fresh();
    // a donated laptop taken in and refurbished to READY; another left as received
    Workshop.readyLaptop(technician);
    Workshop.intake(technician, Workshop.donation(technician), "LAPTOP");
    // a request submitted to the coordination's queue
    Referrals.submitted(socialWorker, household);
    Map<String, Double> after = fresh();

    assertThat(after.get(READY) - before.get(READY)).isEqualTo(1);
    assertThat(after.get(RECEIVED) - before.get(RECEIVED)).isEqualTo(1);
    assertThat(after.get(QUEUE) - before.get(QUEUE)).isEqualTo(1);
    assertThat(after.get(OLDEST)).isGreaterThanOrEqualTo(0);
  }

  /**
   * Failed sign-ins within the throttle window: three more after three failures. The window slides,
   * so another test's failure may leave it between the two readings; the measure is taken again
   * then (twice in a row would need failures exactly 15 minutes apart twice).
   */
  @Test
  void failedSignInsAreCountedClusterWide() throws Exception {
    double delta = 0;
    for (int attempt = 0; attempt < 3 && delta != 3; attempt++) {
      Map<String, Double> before = fresh();
      String username = Accounts.unique("nobody");
      for (int i = 0; i < 3; i++) {
        Api.Reply refused =
            new Api(base)
                .post(
                    "api/session",
                    "{\"username\":\"" + username + "\",\"password\":\"wrong-password-1\"}");
        assertThat(refused.status()).isEqualTo(401);
      }
      delta = fresh().get(FAILURES) - before.get(FAILURES);
    }
    assertThat(delta).isEqualTo(3);
  }

  Map<String, Double> fresh() throws InterruptedException {
    return Metrics.fresh(base);
  }

  @Test
  void everyAnswerCarriesARequestIdTheCallersWhenWellFormed() {
    Api.Reply chosen = new Api(base).get("index.html", "X-Request-Id", "lb-7f3a.42");
    assertThat(chosen.header("X-Request-Id")).isEqualTo("lb-7f3a.42");
    Api.Reply malformed =
        new Api(base).get("index.html", "X-Request-Id", "<script>alert(1)</script>");
    assertThat(malformed.header("X-Request-Id"))
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    Api.Reply none = new Api(base).get("index.html");
    assertThat(none.header("X-Request-Id"))
        .isNotBlank()
        .isNotEqualTo(malformed.header("X-Request-Id"));
  }

  @Test
  void theAccessLogHasThePathButNeverTheQueryString() throws Exception {
    Api admin = Accounts.admin(base);
    Api socialWorker =
        Accounts.user(admin, "SOCIAL_WORKER", Accounts.structure(admin, "CCAS")).signIn(base);
    Referrals.Person person = Referrals.Person.next();
    Referrals.eligibleHousehold(socialWorker, person);
    String marker = "api/households/" + Accounts.unique("absent");
    Api.Reply search =
        socialWorker.get(
            "api/households?q=" + URLEncoder.encode(person.name(), StandardCharsets.UTF_8));
    assertThat(search.status()).isEqualTo(200);
    socialWorker.get(marker);

    String log = "";
    Instant deadline = Instant.now().plusSeconds(30);
    while (!log.contains(marker) && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      log = accessLog();
    }
    assertThat(log).contains(marker).contains("\"/api/households\"");
    String encoded = URLEncoder.encode(person.name(), StandardCharsets.UTF_8);
    assertThat(log)
        .doesNotContain(person.name())
        .doesNotContain(encoded)
        .doesNotContain(person.name().replace(" ", "%20"))
        .doesNotContain("?q=");
  }

  static String accessLog() throws IOException {
    if (!Files.isDirectory(Server.ACCESS_LOG)) {
      return "";
    }
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(Server.ACCESS_LOG)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().startsWith("server_access_log")).toList()) {
        all.append(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return all.toString();
  }
}
