package fr.packnum.matching.boundary;

import static fr.packnum.testing.Authorizations.COORDINATOR;

import fr.packnum.testing.Authorizations;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Who may call the matching operations: the coordination only, for now. */
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
    return expected;
  }
}
