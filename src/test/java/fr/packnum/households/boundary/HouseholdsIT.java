package fr.packnum.households.boundary;

import static fr.packnum.testing.Referrals.WISH;
import static fr.packnum.testing.Referrals.decide;
import static fr.packnum.testing.Referrals.draft;
import static fr.packnum.testing.Referrals.eligibleHousehold;
import static fr.packnum.testing.Referrals.household;
import static fr.packnum.testing.Referrals.householdJson;
import static fr.packnum.testing.Referrals.requestFor;
import static fr.packnum.testing.Referrals.situation;
import static fr.packnum.testing.Referrals.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Packs;
import fr.packnum.testing.Pdfs;
import fr.packnum.testing.Referrals;
import fr.packnum.testing.Referrals.Person;
import fr.packnum.testing.Server;
import fr.packnum.testing.Workshop;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Households and pack requests over HTTP: isolation between structures on every endpoint, consent,
 * the eligibility rules and their overrides, quotas, cross-structure duplicates, GDPR export and
 * anonymisation, the referral slip — and no household's name or phone in the server's log.
 */
class HouseholdsIT {

  final URL base = Server.base();

  static final LocalDate TODAY = fr.packnum.testing.Days.today();

  static final List<String> PERSONAL = Referrals.PERSONAL;

  private long logOffset;

  @BeforeEach
  void noteWhereTheServerLogEnds() {
    synchronized (PERSONAL) {
      PERSONAL.clear();
    }
    logOffset = Server.logLength();
  }

  /** What the server logged during this test holds none of the names and phones it was given. */
  @AfterEach
  void theServerLogHoldsNoHouseholdNameNorPhone() {
    assertThat(Server.logLength()).as("the server's output is captured").isPositive();
    String log = Server.logSince(logOffset);
    synchronized (PERSONAL) {
      for (String personal : PERSONAL) {
        assertThat(log).doesNotContain(personal);
      }
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  private Api admin() {
    return Accounts.admin(base);
  }

  private Api socialWorker(long structureId) {
    return Accounts.user(admin(), "SOCIAL_WORKER", structureId).signIn(base);
  }

  private Api coordinator() {
    return Accounts.user(admin(), "COORDINATOR").signIn(base);
  }

  private long ccas() {
    return Accounts.structure(admin(), "CCAS");
  }

  /** Null fields are left out of the answers. */
  static boolean absent(JsonObject json, String key) {
    return !json.containsKey(key) || json.isNull(key);
  }

  // --- isolation -----------------------------------------------------------------------------

  @Test
  void anotherStructuresSocialWorkerNeitherFindsNorListsNorCountsAStructuresHouseholds() {
    Api a = socialWorker(ccas());
    Api b = socialWorker(ccas());
    Person person = Person.next();
    long household = eligibleHousehold(a, person);
    JsonObject request = submitted(a, household);
    long requestId = request.getJsonNumber("id").longValue();
    String reference = request.getString("reference");
    String householdReference = request.getString("householdReference");

    String update = householdJson(person, "", ",\"version\":0", false);
    String consent = "{\"noticeVersion\":1,\"givenOn\":\"" + TODAY + "\"}";
    String wish = "{" + WISH + ",\"version\":0}";
    for (Api.Reply reply :
        List.of(
            b.get("api/households/" + household),
            b.put("api/households/" + household, update),
            b.post("api/households/" + household + "/consent", consent),
            b.get("api/households/" + household + "/eligibility"),
            b.get("api/households/" + household + "/export"),
            b.get("api/pack-requests/" + requestId),
            b.put("api/pack-requests/" + requestId, wish),
            b.post("api/pack-requests/" + requestId + "/submission", ""),
            b.post("api/pack-requests/" + requestId + "/cancellation", "{}"),
            b.get("api/pack-requests/" + requestId + "/referral-slip"),
            requestFor(b, household))) {
      assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
      assertThat(reply.body()).doesNotContain(person.name()).doesNotContain(reference);
    }
    for (String search :
        List.of(
            "api/households",
            "api/households?q=" + person.name().substring(0, 12).replace(" ", "%20"),
            "api/households?q=" + householdReference,
            "api/pack-requests",
            "api/pack-requests?q=" + reference,
            "api/pack-requests?householdId=" + household,
            "api/pack-requests?status=SUBMITTED")) {
      Api.Reply list = b.get(search);
      assertThat(list.status()).as(search).isEqualTo(200);
      assertThat(list.json().getJsonNumber("total").longValue()).as(search).isZero();
      assertThat(list.json().getJsonArray("items")).as(search).isEmpty();
    }
    JsonObject summary = b.get("api/pack-requests/summary").json();
    summary.values().forEach(count -> assertThat(count.toString()).isEqualTo("0"));
    JsonObject statistics = b.get("api/households/statistics").json();
    assertThat(statistics.getJsonNumber("households").longValue()).isZero();
    assertThat(b.post("api/pack-requests/" + requestId + "/decision", "{}").status())
        .isEqualTo(403);
    assertThat(b.get("api/pack-requests/queue").status()).isEqualTo(403);
    assertThat(b.post("api/households/" + household + "/anonymisation", "").status())
        .isEqualTo(403);

    // its own structure and the coordination see it
    assertThat(a.get("api/households?q=" + householdReference).json().getInt("total")).isEqualTo(1);
    assertThat(a.get("api/pack-requests/summary").json().getInt("SUBMITTED")).isEqualTo(1);
    Api coordinator = coordinator();
    assertThat(coordinator.get("api/households/" + household).status()).isEqualTo(200);
    assertThat(coordinator.get("api/pack-requests/" + requestId).status()).isEqualTo(200);
  }

  @Test
  void everyReadOfAHouseholdIsInTheAuditLogWithWhoReadIt() {
    Accounts.NewUser reader = Accounts.user(admin(), "SOCIAL_WORKER", ccas());
    Api a = reader.signIn(base);
    long household = eligibleHousehold(a, Person.next());
    assertThat(a.get("api/households/" + household).status()).isEqualTo(200);
    JsonObject reads =
        admin()
            .get("api/audit-events?targetType=household&action=READ&targetId=" + household)
            .json();
    assertThat(reads.getInt("total")).isGreaterThanOrEqualTo(1);
    assertThat(reads.getJsonArray("items").getJsonObject(0).getString("actorUsername"))
        .isEqualTo(reader.username());
    assertThat(
            admin()
                .get("api/audit-events?targetType=household&action=CREATE&targetId=" + household)
                .json()
                .getInt("total"))
        .isEqualTo(1);
  }

  @Test
  void everyHouseholdOfAListPageReadIsInTheAuditLogOnceWithWhoReadIt() {
    Accounts.NewUser reader = Accounts.user(admin(), "SOCIAL_WORKER", ccas());
    Api a = reader.signIn(base);
    long first = eligibleHousehold(a, Person.next());
    long second = eligibleHousehold(a, Person.next());
    JsonObject page = a.get("api/households?size=100").expect(200);
    assertThat(
            page.getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getJsonNumber("id").longValue()))
        .contains(first, second);
    for (long household : List.of(first, second)) {
      JsonObject reads =
          admin()
              .get(
                  "api/audit-events?targetType=household&action=READ&actorId="
                      + reader.id()
                      + "&targetId="
                      + household)
              .json();
      assertThat(reads.getInt("total")).as("one READ line per household listed").isEqualTo(1);
      JsonObject line = reads.getJsonArray("items").getJsonObject(0);
      assertThat(line.getString("actorUsername")).isEqualTo(reader.username());
      assertThat(line.getString("actorRole")).isEqualTo("SOCIAL_WORKER");
      assertThat(line.getString("occurredAt")).isNotBlank();
    }
  }

  // --- consent -------------------------------------------------------------------------------

  @Test
  void aRequestWithoutAConsentRecordIsRefusedNamingTheMissingConsent() {
    Api a = socialWorker(ccas());
    Api.Reply created =
        a.post(
            "api/households",
            householdJson(Person.next(), situation("RSA", TODAY.minusMonths(1)), "", false));
    assertThat(created.status()).isEqualTo(201);
    assertThat(absent(created.json(), "consent")).isTrue();
    long household = created.json().getJsonNumber("id").longValue();

    Api.Reply refused = requestFor(a, household);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().getString("type")).isEqualTo("/problems/consent-missing");
    assertThat(refused.json().getString("detail")).contains("consentement");
    Api.Reply english =
        a.post(
            "api/pack-requests",
            "{\"householdId\":" + household + "," + WISH + "}",
            "Accept-Language",
            "en");
    assertThat(english.json().getString("title")).isEqualTo("Consent missing");
    assertThat(a.get("api/pack-requests?householdId=" + household).json().getInt("total"))
        .as("nothing half-written")
        .isZero();

    Api.Reply oldNotice =
        a.post(
            "api/households/" + household + "/consent",
            "{\"noticeVersion\":0,\"givenOn\":\"" + TODAY + "\"}");
    assertThat(oldNotice.status()).isEqualTo(422);
    JsonObject notice = a.get("api/consent-notice").json();
    Api.Reply consent =
        a.post(
            "api/households/" + household + "/consent",
            "{\"noticeVersion\":" + notice.getInt("version") + ",\"givenOn\":\"" + TODAY + "\"}");
    assertThat(consent.status()).isEqualTo(200);
    assertThat(consent.json().getJsonObject("consent").getInt("noticeVersion")).isEqualTo(1);
    assertThat(requestFor(a, household).status()).isEqualTo(201);
  }

  @Test
  void theViewSaysWhatTheCallerMayDoNextAndTheVocabularyIsServed() {
    Api a = socialWorker(ccas());
    Api.Reply created =
        a.post(
            "api/households",
            householdJson(Person.next(), situation("RSA", TODAY.minusMonths(1)), "", false));
    long household = created.json().getJsonNumber("id").longValue();
    assertThat(strings(created.json().getJsonArray("actions")))
        .containsExactlyInAnyOrder("EDIT", "CONSENT", "REQUEST_PACK", "EXPORT");
    JsonObject read = ok(coordinator().get("api/households/" + household));
    assertThat(strings(read.getJsonArray("actions")))
        .containsExactlyInAnyOrder("EXPORT", "ANONYMISE");

    JsonObject vocabulary = ok(a.get("api/households/vocabulary"));
    assertThat(strings(vocabulary.getJsonArray("situations"))).startsWith("RSA").contains("OTHER");
    assertThat(strings(vocabulary.getJsonArray("needs"))).contains("SCHOOL", "SOCIAL_TIES");
    assertThat(strings(vocabulary.getJsonArray("connectivities"))).contains("MOBILE_ONLY");
    assertThat(strings(vocabulary.getJsonArray("requestStatuses"))).startsWith("DRAFT");
  }

  private static List<String> strings(jakarta.json.JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private static JsonObject ok(Api.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  // --- validation ----------------------------------------------------------------------------

  @Test
  void badHouseholdInputGetsFieldLevelAnswersInFrenchOrEnglish() {
    Api a = socialWorker(ccas());
    Person person = Person.next();
    Api.Reply badCommune =
        a.post(
            "api/households",
            householdJson(person, "", "", true).replace("\"93048\"", "\"93100 Montreuil\""));
    assertThat(badCommune.status()).isEqualTo(400);
    assertThat(badCommune.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("inseeCode");

    Api.Reply undated =
        a.post(
            "api/households",
            householdJson(
                person, "{\"situation\":\"RSA\",\"proofType\":\"Attestation CAF\"}", "", true),
            "Accept-Language",
            "en");
    assertThat(undated.status()).isEqualTo(400);
    JsonObject error = undated.json().getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("situations[0].proofDate");
    assertThat(error.getString("message")).isEqualTo("This field is required.");

    Api.Reply impossible =
        a.post(
            "api/households",
            householdJson(person, "", "", true)
                .replace("\"schoolChildren\":2", "\"schoolChildren\":3"));
    assertThat(impossible.status()).isEqualTo(422);
    assertThat(impossible.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("schoolChildren");

    long household = household(a, Person.next(), situation("AAH", TODAY));
    Api.Reply urgent =
        a.post(
            "api/pack-requests",
            "{\"householdId\":" + household + "," + WISH.replace("NORMAL", "URGENT") + "}");
    assertThat(urgent.status()).isEqualTo(422);
    assertThat(urgent.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("urgencyReason");
  }

  // --- eligibility ---------------------------------------------------------------------------

  @Test
  void theDefaultRulesDecideOverHttpWithReasonsAndTheirVersion() {
    Api a = socialWorker(ccas());
    int version = a.get("api/eligibility-rules").json().getInt("version");

    JsonObject rsa = submitted(a, eligibleHousehold(a, Person.next()));
    JsonObject assessment = rsa.getJsonObject("assessment");
    assertThat(assessment.getString("outcome")).isEqualTo("ELIGIBLE");
    assertThat(assessment.getInt("ruleSetVersion")).isEqualTo(version);
    assertThat(assessment.getJsonArray("reasons").getJsonObject(0).getString("message"))
        .contains("RSA")
        .contains("en cours de validité");

    JsonObject stale =
        submitted(a, household(a, Person.next(), situation("AAH", TODAY.minusMonths(13))))
            .getJsonObject("assessment");
    assertThat(stale.getString("outcome")).isEqualTo("NOT_ELIGIBLE");
    assertThat(stale.getJsonArray("reasons").getJsonObject(0).getString("message"))
        .contains("plus de 12 mois");

    long borderline =
        a.post(
                "api/households",
                householdJson(
                    Person.next(),
                    "",
                    ",\"quotientFamilial\":850,\"quotientFamilialDate\":\""
                        + TODAY.minusMonths(2)
                        + "\"",
                    true))
            .json()
            .getJsonNumber("id")
            .longValue();
    Api.Reply preview =
        a.get("api/households/" + borderline + "/eligibility", "Accept-Language", "en");
    assertThat(preview.json().getString("outcome")).isEqualTo("NEEDS_REVIEW");
    assertThat(preview.json().getJsonArray("reasons").getJsonObject(0).getString("message"))
        .contains("just above the €800 threshold");
    assertThat(submitted(a, borderline).getJsonObject("assessment").getString("outcome"))
        .isEqualTo("NEEDS_REVIEW");
  }

  @Test
  void eachDefaultRuleOpensThePackOverHttp() {
    Api a = socialWorker(ccas());
    for (String benefit : List.of("RSA", "AAH", "ASS", "ASPA", "CSS", "ADA", "CEJ")) {
      long household = household(a, Person.next(), situation(benefit, TODAY.minusMonths(11)));
      JsonObject preview = a.get("api/households/" + household + "/eligibility").json();
      assertThat(preview.getString("outcome")).as(benefit).isEqualTo("ELIGIBLE");
      assertThat(preview.getJsonArray("reasons").getJsonObject(0).getString("message"))
          .contains(benefit);
    }
    String proven = "Date\":\"" + TODAY.minusMonths(1) + "\"";
    for (String[] amount :
        new String[][] {
          {"quotientFamilial", "799", "ELIGIBLE"},
          {"quotientFamilial", "880", "NOT_ELIGIBLE"},
          {"resteAVivre", "11.5", "ELIGIBLE"},
          {"resteAVivre", "13", "NEEDS_REVIEW"}
        }) {
      Api.Reply created =
          a.post(
              "api/households",
              householdJson(
                  Person.next(),
                  "",
                  ",\"" + amount[0] + "\":" + amount[1] + ",\"" + amount[0] + proven,
                  true));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      assertThat(
              a.get("api/households/" + created.json().getJsonNumber("id") + "/eligibility")
                  .json()
                  .getString("outcome"))
          .as(amount[0] + " " + amount[1])
          .isEqualTo(amount[2]);
    }
  }

  @Test
  void anOverrideNeedsAWrittenJustificationAndIsAudited() {
    Api a = socialWorker(ccas());
    Api coordinator = coordinator();
    JsonObject notEligible =
        submitted(a, household(a, Person.next(), situation("AAH", TODAY.minusMonths(14))));
    assertThat(notEligible.getJsonObject("assessment").getString("outcome"))
        .isEqualTo("NOT_ELIGIBLE");

    Api.Reply unjustified = decide(coordinator, notEligible, "ELIGIBLE", null);
    assertThat(unjustified.status()).isEqualTo(422);
    assertThat(unjustified.json().getString("type")).isEqualTo("/problems/justification-required");
    assertThat(unjustified.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("justification");
    assertThat(decide(coordinator, notEligible, "ELIGIBLE", "   ").status()).isEqualTo(422);

    Api.Reply overridden =
        decide(
            coordinator,
            notEligible,
            "ELIGIBLE",
            "Renouvellement AAH en cours, notification MDPH vue.");
    assertThat(overridden.status()).as(overridden.toString()).isEqualTo(200);
    assertThat(overridden.json().getString("status")).isEqualTo("ELIGIBLE");
    assertThat(overridden.json().getJsonObject("decision").getBoolean("override")).isTrue();
    JsonObject line = overridden.json().getJsonArray("events").getJsonObject(0);
    assertThat(line.getString("kind")).isEqualTo("OVERRIDDEN");
    // a request's history is signed like a device's: the name people read, not the login
    assertThat(line.getString("actor"))
        .isEqualTo(coordinator.get("api/me").json().getString("displayName"));
    long id = notEligible.getJsonNumber("id").longValue();
    assertThat(
            admin()
                .get("api/audit-events?targetType=pack-request&action=OVERRIDE&targetId=" + id)
                .json()
                .getInt("total"))
        .isEqualTo(1);

    // agreeing with the rules needs no justification; deciding twice is refused
    JsonObject eligible = submitted(a, eligibleHousehold(a, Person.next()));
    Api.Reply agreed = decide(coordinator, eligible, "ELIGIBLE", null);
    assertThat(agreed.status()).isEqualTo(200);
    assertThat(agreed.json().getJsonObject("decision").getBoolean("override")).isFalse();
    assertThat(decide(coordinator, agreed.json(), "REJECTED", "Erreur").status()).isEqualTo(409);
    // a review case needs one too
    JsonObject review =
        submitted(a, household(a, Person.next(), situation("STUDENT_GRANT", TODAY)));
    assertThat(decide(coordinator, review, "REJECTED", null).status()).isEqualTo(422);
  }

  @Test
  void theQueueShowsCasesToReviewFirstThenTheOldest() {
    Api a = socialWorker(ccas());
    Api coordinator = coordinator();
    JsonObject first = submitted(a, eligibleHousehold(a, Person.next()));
    JsonObject review = submitted(a, household(a, Person.next(), situation("OTHER", TODAY)));
    List<String> queue =
        coordinator.get("api/pack-requests/queue?size=100").json().getJsonArray("items").stream()
            .map(item -> item.asJsonObject().getString("reference"))
            .toList();
    assertThat(queue).contains(first.getString("reference"), review.getString("reference"));
    assertThat(queue.indexOf(review.getString("reference")))
        .isLessThan(queue.indexOf(first.getString("reference")));
    List<String> outcomes =
        coordinator.get("api/pack-requests/queue?size=100").json().getJsonArray("items").stream()
            .map(item -> item.asJsonObject().getString("assessmentOutcome"))
            .toList();
    int lastReview = outcomes.lastIndexOf("NEEDS_REVIEW");
    assertThat(outcomes.subList(0, lastReview + 1)).containsOnly("NEEDS_REVIEW");
    // paged one by one across the boundary between cases to review and the others
    for (int page = Math.max(0, lastReview - 1); page <= lastReview + 1; page++) {
      JsonObject one = coordinator.get("api/pack-requests/queue?size=1&page=" + page).json();
      assertThat(one.getJsonNumber("total").longValue()).isEqualTo(queue.size());
      assertThat(one.getJsonArray("items").getJsonObject(0).getString("reference"))
          .as("page %d", page)
          .isEqualTo(queue.get(page));
    }
  }

  @Test
  void coordinatorsEditTheRulesAsNewVersionsAndDecisionsKeepTheirVersion() {
    Api coordinator = coordinator();
    JsonObject current = coordinator.get("api/eligibility-rules").json();
    int version = current.getInt("version");
    String stricter =
        "{\"basedOnVersion\":%d,\"qualifyingSituations\":[\"RSA\",\"AAH\",\"ASS\",\"ASPA\","
            + "\"CSS\",\"ADA\",\"CEJ\"],\"maxProofAgeMonths\":%d,"
            + "\"quotientFamilialThreshold\":800,\"resteAVivreThreshold\":12,"
            + "\"reviewMarginPercent\":10,\"repeatPeriodMonths\":36}";
    Api.Reply created = coordinator.post("api/eligibility-rules", stricter.formatted(version, 6));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getInt("version")).isEqualTo(version + 1);
    try {
      assertThat(coordinator.post("api/eligibility-rules", stricter.formatted(version, 3)).status())
          .as("based on an outdated version")
          .isEqualTo(409);
      assertThat(
              socialWorker(ccas())
                  .post("api/eligibility-rules", stricter.formatted(version + 1, 3))
                  .status())
          .isEqualTo(403);
      Api a = socialWorker(ccas());
      JsonObject assessment =
          submitted(a, household(a, Person.next(), situation("RSA", TODAY.minusMonths(8))))
              .getJsonObject("assessment");
      assertThat(assessment.getString("outcome")).isEqualTo("NOT_ELIGIBLE");
      assertThat(assessment.getInt("ruleSetVersion")).isEqualTo(version + 1);
      assertThat(
              coordinator
                  .get("api/eligibility-rules/" + version)
                  .json()
                  .getInt("maxProofAgeMonths"))
          .isEqualTo(current.getInt("maxProofAgeMonths"));
    } finally {
      restoreRules(coordinator, current);
    }
  }

  /** Puts {@code rules} back in force as a new version on top of whatever is in force now. */
  private static void restoreRules(Api coordinator, JsonObject rules) {
    jakarta.json.JsonObjectBuilder restored =
        jakarta.json.Json.createObjectBuilder()
            .add(
                "basedOnVersion",
                coordinator.get("api/eligibility-rules").json().getInt("version"));
    for (String field :
        List.of(
            "qualifyingSituations",
            "maxProofAgeMonths",
            "quotientFamilialThreshold",
            "resteAVivreThreshold",
            "reviewMarginPercent",
            "repeatPeriodMonths")) {
      if (rules.get(field) != null) { // an absent threshold is no threshold
        restored.add(field, rules.get(field));
      }
    }
    Api.Reply reply = coordinator.post("api/eligibility-rules", restored.build().toString());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
  }

  // --- quotas and duplicates -----------------------------------------------------------------

  @Test
  void theNPlusOnethOpenRequestOfAStructureIsAConflictWithItsReason() {
    long structure = cappedStructure(2);
    Api a = socialWorker(structure);
    draft(a, eligibleHousehold(a, Person.next()));
    long second = draft(a, eligibleHousehold(a, Person.next()));
    long third = eligibleHousehold(a, Person.next());
    Api.Reply refused = requestFor(a, third);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().getString("type")).isEqualTo("/problems/open-request-quota");
    assertThat(refused.json().getString("detail")).contains("2 demande(s)");

    assertThat(
            a.post("api/pack-requests/" + second + "/cancellation", "{\"reason\":\"Déménagé\"}")
                .status())
        .isEqualTo(200);
    assertThat(requestFor(a, third).status()).isEqualTo(201);
    assertThat(requestFor(a, third).json().getString("type"))
        .isEqualTo("/problems/open-request-exists");
  }

  @Test
  void concurrentCallersEachReadTheNoticeInTheirOwnLanguage() throws Exception {
    // The resources are application-scoped: each call must still see its own request's headers.
    Api a = socialWorker(ccas());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> callers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String language = i % 2 == 0 ? "fr" : "en";
        Callable<List<String>> caller =
            () -> {
              start.await();
              List<String> texts = new ArrayList<>();
              for (int call = 0; call < 40; call++) {
                texts.add(
                    a.get("api/consent-notice", "Accept-Language", language)
                        .json()
                        .getString("text"));
              }
              return texts;
            };
        callers.add(pool.submit(caller));
      }
      start.countDown();
      for (int i = 0; i < callers.size(); i++) {
        String opening = i % 2 == 0 ? "Vos informations sont enregistrées" : "Your information is";
        assertThat(callers.get(i).get()).as("caller %d", i).allMatch(t -> t.startsWith(opening));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentRequestsNeverExceedTheCap() throws Exception {
    long structure = cappedStructure(3);
    Api a = socialWorker(structure);
    List<Long> households = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      households.add(eligibleHousehold(a, Person.next()));
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> replies = new ArrayList<>();
      for (long household : households) {
        Callable<Integer> call =
            () -> {
              start.await();
              return requestFor(a, household).status();
            };
        replies.add(pool.submit(call));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> reply : replies) {
        statuses.add(reply.get());
      }
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
      assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);
    } finally {
      pool.shutdownNow();
    }
    assertThat(a.get("api/pack-requests/summary").json().getInt("DRAFT")).isEqualTo(3);
  }

  private long cappedStructure(int cap) {
    long structure = ccas();
    Api admin = admin();
    JsonObject current = admin.get("api/structures/" + structure).json();
    Api.Reply capped =
        admin.put(
            "api/structures/" + structure,
            "{\"name\":\""
                + current.getString("name")
                + "\",\"kind\":\"CCAS\",\"maxOpenRequests\":"
                + cap
                + ",\"version\":"
                + current.getJsonNumber("version")
                + "}");
    assertThat(capped.status()).as(capped.toString()).isEqualTo(200);
    assertThat(capped.json().getInt("maxOpenRequests")).isEqualTo(cap);
    return structure;
  }

  @Test
  void aHouseholdEquippedThroughOneStructureIsFlaggedWhenAnotherRefersItWithoutRevealingWho() {
    long structureA = ccas();
    String structureAName = admin().get("api/structures/" + structureA).json().getString("name");
    Api a = socialWorker(structureA);
    Person person = Person.next();
    JsonObject first = submitted(a, eligibleHousehold(a, person));
    Api coordinator = coordinator();
    Api.Reply eligible = decide(coordinator, first, "ELIGIBLE", null);
    assertThat(eligible.status()).isEqualTo(200);
    // "one pack per household" counts packs delivered: this one goes all the way to the household
    Accounts.NewUser mediator = Accounts.user(admin(), "SUPPORT");
    JsonObject handover =
        Packs.book(
            coordinator,
            Packs.reserve(
                coordinator,
                eligible.json(),
                Workshop.readyLaptop(Accounts.user(admin(), "TECHNICIAN").signIn(base))),
            mediator);
    Packs.handOver(mediator.signIn(base), handover);

    // the same person at another structure, written differently
    Api b = socialWorker(ccas());
    String[] names = person.name().split(" ");
    Person again =
        new Person(
            names[1].toUpperCase() + "  " + names[0].toLowerCase(),
            "+33 " + person.phone().substring(1));
    PERSONAL.add(again.name());
    PERSONAL.add(again.phone());
    JsonObject second = submitted(b, eligibleHousehold(b, again));
    JsonObject assessment = second.getJsonObject("assessment");
    assertThat(assessment.getString("outcome")).isEqualTo("NEEDS_REVIEW");
    LocalDate grantedOn = fr.packnum.testing.Days.today();
    assertThat(assessment.getString("previousPackOn")).isEqualTo(grantedOn.toString());
    assertThat(assessment.getJsonArray("reasons").getJsonObject(0).getString("message"))
        .contains("déjà reçu un pack")
        .contains(grantedOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    for (Api.Reply seen :
        List.of(
            b.get("api/pack-requests/" + second.getJsonNumber("id")),
            coordinator.get("api/pack-requests/" + second.getJsonNumber("id")),
            coordinator.get("api/pack-requests/queue?size=100"))) {
      assertThat(seen.body())
          .contains(second.getString("reference"))
          .doesNotContain(structureAName)
          .doesNotContain(first.getString("reference"))
          .doesNotContain(first.getString("householdReference"));
    }
    // somebody else entirely is not flagged
    JsonObject other = submitted(b, eligibleHousehold(b, Person.next()));
    assertThat(other.getJsonObject("assessment").getString("outcome")).isEqualTo("ELIGIBLE");
  }

  // --- GDPR and the referral slip ------------------------------------------------------------

  @Test
  void exportGivesTheWholeFileAndAnonymisationKeepsTheStatistics() {
    Api a = socialWorker(ccas());
    Person person = Person.next();
    long household = eligibleHousehold(a, person);
    submitted(a, household);

    Api.Reply export = a.get("api/households/" + household + "/export");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.header("Content-Disposition")).startsWith("attachment");
    JsonObject file = export.json();
    assertThat(file.getJsonObject("household").getString("contactName")).isEqualTo(person.name());
    assertThat(file.getJsonArray("packRequests")).hasSize(1);
    assertThat(file.getJsonArray("accesses").toString())
        .contains("CREATE")
        .contains("SOCIAL_WORKER");

    Api coordinator = coordinator();
    JsonObject before = coordinator.get("api/households/statistics").json();
    Api.Reply anonymised = admin().post("api/households/" + household + "/anonymisation", "");
    assertThat(anonymised.status()).as(anonymised.toString()).isEqualTo(200);
    assertThat(anonymised.json().getBoolean("anonymised")).isTrue();
    assertThat(absent(anonymised.json(), "contactName")).isTrue();
    assertThat(absent(anonymised.json(), "contactPhone")).isTrue();
    assertThat(anonymised.json().getString("inseeCode")).isEqualTo("93048");
    JsonObject after = coordinator.get("api/households/statistics").json();
    assertThat(after.getJsonNumber("households")).isEqualTo(before.getJsonNumber("households"));
    assertThat(after.getJsonObject("bySituation")).isEqualTo(before.getJsonObject("bySituation"));
    assertThat(after.getJsonObject("byNeed")).isEqualTo(before.getJsonObject("byNeed"));
    assertThat(after.getJsonObject("byCommune")).isEqualTo(before.getJsonObject("byCommune"));

    Api.Reply read = a.get("api/households/" + household);
    assertThat(read.body()).doesNotContain(person.name()).doesNotContain(person.phone());
    assertThat(
            a.get("api/pack-requests?householdId=" + household)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("status"))
        .isEqualTo("CANCELLED");
    Api.Reply change =
        a.put(
            "api/households/" + household,
            householdJson(
                person, "", ",\"version\":" + read.json().getJsonNumber("version"), false));
    assertThat(change.status()).isEqualTo(409);
    assertThat(change.json().getString("type")).isEqualTo("/problems/household-anonymised");
    assertThat(
            admin()
                .get("api/audit-events?targetType=household&action=ERASE&targetId=" + household)
                .json()
                .getInt("total"))
        .isEqualTo(1);
  }

  @Test
  void theReferralSlipCarriesTheReferenceAndNoPersonalData() {
    Api a = socialWorker(ccas());
    Person person = Person.next();
    long household = eligibleHousehold(a, person);
    long draft = draft(a, household);
    assertThat(
            a.binary("GET", "api/pack-requests/" + draft + "/referral-slip", null, null).status())
        .as("not before it is sent")
        .isEqualTo(409);
    JsonObject sent = a.post("api/pack-requests/" + draft + "/submission", "").json();

    Api.Binary slip = a.binary("GET", "api/pack-requests/" + draft + "/referral-slip", null, null);
    assertThat(slip.status()).isEqualTo(200);
    assertThat(slip.contentType()).startsWith("application/pdf");
    String text = Pdfs.text(slip.body());
    assertThat(text).contains(sent.getString("reference")).contains("EPN de la mairie");
    assertThat(text)
        .doesNotContain(person.name())
        .doesNotContain(person.phone())
        .doesNotContain("RSA")
        .doesNotContain(sent.getString("householdReference"));
  }
}
