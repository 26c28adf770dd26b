package fr.packnum.matching.boundary;

import static fr.packnum.testing.Authorizations.COORDINATOR;

import fr.packnum.testing.Authorizations;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who may call the matching operations: reservations are the coordination's; hand-overs too, run at
 * the counter by support people.
 */
public class MatchingAuthorizations implements Authorizations {

  @Override
  public Map<String, Set<String>> expected() {
    Map<String, Set<String>> expected = new TreeMap<>();
    for (String operation :
        List.of(
            "GET /api/matching/overview",
            "GET /api/matching/proposal",
            "GET /api/matching/weights",
            "POST /api/matching/weights",
            "GET /api/reservations",
            "GET /api/reservations/{id}",
            "POST /api/reservations",
            "POST /api/reservations/{id}/release")) {
      expected.put(operation, COORDINATOR);
    }
    expected.put("POST /api/handovers", COORDINATOR);
    expected.put("PUT /api/handovers/{id}", COORDINATOR);
    expected.put("GET /api/handovers/support-people", COORDINATOR);
    for (String read :
        List.of(
            "GET /api/handovers",
            "GET /api/handovers/{id}",
            "GET /api/handovers/{id}/letter.pdf",
            "GET /api/handovers/{id}/receipt.pdf",
            "GET /api/handovers/{id}/return-receipt.pdf")) {
      expected.put(read, Set.of("COORDINATOR", "SUPPORT", "SOCIAL_WORKER"));
    }
    for (String counter :
        List.of(
            "POST /api/handovers/{id}/completion",
            "POST /api/handovers/{id}/refusal",
            "POST /api/handovers/{id}/no-show",
            "POST /api/handovers/{id}/return")) {
      expected.put(counter, Set.of("COORDINATOR", "SUPPORT"));
    }
    return expected;
  }
}
