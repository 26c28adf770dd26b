package fr.packnum.support.boundary;

import static fr.packnum.testing.Authorizations.COORDINATOR;

import fr.packnum.testing.Authorizations;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who may call the support places operations: the coordination keeps the directory; support people
 * and social workers read it to tell households where to go.
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
    return expected;
  }
}
