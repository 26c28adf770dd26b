package fr.packnum.connectivity.boundary;

import static fr.packnum.testing.Authorizations.COORDINATOR;
import static fr.packnum.testing.Authorizations.REFERRING;

import fr.packnum.testing.Authorizations;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who may call the connectivity operations: the coordination edits the offer catalogue; social
 * workers, support people and coordinators read it; a household's offers are read by those who
 * reach its file (support people reach none outside a hand-over), and so is a household's internet
 * line; support people and coordinators read the worklist of lines to call about.
 */
public class ConnectivityAuthorizations implements Authorizations {

  static final Set<String> READERS = Set.of("COORDINATOR", "SOCIAL_WORKER", "SUPPORT");

  @Override
  public Map<String, Set<String>> expected() {
    Map<String, Set<String>> expected = new TreeMap<>();
    for (String read :
        List.of("GET /api/offers", "GET /api/offers/vocabulary", "GET /api/offers/{id}")) {
      expected.put(read, READERS);
    }
    for (String edit :
        List.of(
            "POST /api/offers",
            "PUT /api/offers/{id}",
            "POST /api/offers/{id}/deactivation",
            "POST /api/offers/{id}/activation")) {
      expected.put(edit, COORDINATOR);
    }
    expected.put("GET /api/offers/for-household/{householdId}", REFERRING);
    for (String line :
        List.of(
            "GET /api/subscriptions",
            "POST /api/subscriptions",
            "GET /api/subscriptions/{id}",
            "POST /api/subscriptions/{id}/activation",
            "POST /api/subscriptions/{id}/refusal",
            "POST /api/subscriptions/{id}/end",
            "POST /api/subscriptions/{id}/unpaid",
            "POST /api/subscriptions/{id}/paid")) {
      expected.put(line, REFERRING);
    }
    expected.put("GET /api/subscriptions/worklist", Set.of("SUPPORT", "COORDINATOR"));
    return expected;
  }
}
