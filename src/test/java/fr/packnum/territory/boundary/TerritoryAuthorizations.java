package fr.packnum.territory.boundary;

import fr.packnum.testing.Authorizations;
import java.util.Map;
import java.util.Set;

/** The commune list is reference data: every signed-in role reads it, nobody changes it. */
public class TerritoryAuthorizations implements Authorizations {

  @Override
  public Map<String, Set<String>> expected() {
    return Map.of("GET /api/communes", EVERY_ROLE, "GET /api/communes/{code}", EVERY_ROLE);
  }
}
