package fr.packnum.support.boundary;

import static fr.packnum.testing.Authorizations.COORDINATOR;

import fr.packnum.testing.Authorizations;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who may call the support operations: the coordination keeps the directory; support people and
 * social workers read it to tell households where to go. Support people and the coordination run
 * the follow-up (plans, calls, sessions, pass numérique vouchers); a social worker reads only where
 * it stands. The coordination records the voucher books funders send.
 */
public class SupportAuthorizations implements Authorizations {

  static final Set<String> READERS = Set.of("COORDINATOR", "SUPPORT", "SOCIAL_WORKER");

  @Override
  public Map<String, Set<String>> expected() {
    Map<String, Set<String>> expected = new TreeMap<>();
    for (String read :
        List.of(
            "GET /api/support-places",
            "GET /api/support-places/{id}",
            "GET /api/support-places/services",
            "GET /api/support-places/nearest",
            "GET /api/support-places/export.geojson")) {
      expected.put(read, READERS);
    }
    for (String write :
        List.of(
            "POST /api/support-places",
            "PUT /api/support-places/{id}",
            "POST /api/support-places/import")) {
      expected.put(write, COORDINATOR);
    }
    Set<String> team = Set.of("COORDINATOR", "SUPPORT");
    for (String followUp :
        List.of(
            "GET /api/support-plans",
            "GET /api/support-plans/day",
            "GET /api/support-plans/{id}",
            "POST /api/support-plans/{id}/calls/{callId}",
            "PUT /api/support-plans/{id}/skills/{phase}",
            "PUT /api/support-plans/{id}/support-person",
            "GET /api/support-sessions",
            "POST /api/support-sessions",
            "GET /api/support-sessions/{id}",
            "PUT /api/support-sessions/{id}",
            "POST /api/support-sessions/{id}/cancellation",
            "POST /api/support-sessions/{id}/bookings",
            "POST /api/support-sessions/{id}/attendance",
            "GET /api/voucher-books",
            "GET /api/vouchers",
            "GET /api/vouchers/{serial}",
            "POST /api/vouchers/{serial}/issue",
            "POST /api/vouchers/{serial}/redemption")) {
      expected.put(followUp, team);
    }
    expected.put("POST /api/voucher-books", COORDINATOR);
    expected.put("GET /api/support-plans/status", Set.of("COORDINATOR", "SOCIAL_WORKER"));
    return expected;
  }
}
