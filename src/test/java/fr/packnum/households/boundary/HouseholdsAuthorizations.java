package fr.packnum.households.boundary;

import static fr.packnum.testing.Authorizations.ADMIN_COORDINATOR;
import static fr.packnum.testing.Authorizations.COORDINATOR;
import static fr.packnum.testing.Authorizations.REFERRING;
import static fr.packnum.testing.Authorizations.SOCIAL_WORKER;

import fr.packnum.testing.Authorizations;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who may call the households operations: households, consent, pack requests, eligibility rules.
 */
public class HouseholdsAuthorizations implements Authorizations {

  @Override
  public Map<String, Set<String>> expected() {
    Map<String, Set<String>> expected = new TreeMap<>();
    expected.put("GET /api/consent-notice", Set.of("SOCIAL_WORKER", "COORDINATOR", "ADMIN"));
    expected.put("GET /api/households", REFERRING);
    expected.put("POST /api/households", SOCIAL_WORKER);
    expected.put("GET /api/households/statistics", REFERRING);
    expected.put("GET /api/households/vocabulary", REFERRING);
    expected.put("GET /api/households/{id}", REFERRING);
    expected.put("PUT /api/households/{id}", SOCIAL_WORKER);
    expected.put("POST /api/households/{id}/consent", SOCIAL_WORKER);
    expected.put("GET /api/households/{id}/eligibility", REFERRING);
    expected.put(
        "GET /api/households/{id}/export", Set.of("SOCIAL_WORKER", "COORDINATOR", "ADMIN"));
    expected.put("POST /api/households/{id}/anonymisation", ADMIN_COORDINATOR);
    expected.put("GET /api/pack-requests", REFERRING);
    expected.put("POST /api/pack-requests", SOCIAL_WORKER);
    expected.put("GET /api/pack-requests/summary", REFERRING);
    expected.put("GET /api/pack-requests/queue", COORDINATOR);
    expected.put("GET /api/pack-requests/{id}", REFERRING);
    expected.put("PUT /api/pack-requests/{id}", SOCIAL_WORKER);
    expected.put("POST /api/pack-requests/{id}/submission", SOCIAL_WORKER);
    expected.put("POST /api/pack-requests/{id}/decision", COORDINATOR);
    expected.put("POST /api/pack-requests/{id}/cancellation", REFERRING);
    expected.put("GET /api/pack-requests/{id}/referral-slip", REFERRING);
    expected.put("GET /api/eligibility-rules", REFERRING);
    expected.put("POST /api/eligibility-rules", COORDINATOR);
    expected.put("GET /api/eligibility-rules/{version}", REFERRING);
    return expected;
  }
}
