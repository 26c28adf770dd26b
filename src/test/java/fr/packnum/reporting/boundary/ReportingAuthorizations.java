package fr.packnum.reporting.boundary;

import static fr.packnum.testing.Authorizations.COORDINATOR;

import fr.packnum.testing.Authorizations;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Who may call the reporting operations: partners read their conventions, the coordination all. */
public class ReportingAuthorizations implements Authorizations {

  @Override
  public Map<String, Set<String>> expected() {
    Map<String, Set<String>> expected = new TreeMap<>();
    Set<String> readers = Set.of("COORDINATOR", "PARTNER");
    expected.put("GET /api/conventions", readers);
    expected.put("GET /api/conventions/{id}", readers);
    expected.put("GET /api/statements", readers);
    expected.put("GET /api/statements/jobs", readers);
    expected.put("POST /api/statements/jobs", readers);
    expected.put("GET /api/statements/jobs/{id}", readers);
    expected.put("GET /api/statements/jobs/{id}/file", readers);
    expected.put("GET /api/dashboards/partner", readers);
    expected.put("GET /api/dashboards/coordination", COORDINATOR);
    expected.put("POST /api/conventions", COORDINATOR);
    expected.put("PUT /api/conventions/{id}", COORDINATOR);
    expected.put("GET /api/impact-factors", readers);
    expected.put("PUT /api/impact-factors/{deviceType}", COORDINATOR);
    expected.put("GET /api/impact", readers);
    return expected;
  }

  /** A partner's impact is of one of its conventions (403 without one): probe with one, unknown. */
  @Override
  public Map<String, String> probes() {
    return Map.of("GET /api/impact", "?conventionId=0");
  }
}
