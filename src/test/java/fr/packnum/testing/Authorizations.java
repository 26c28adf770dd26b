package fr.packnum.testing;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who may call each operation of one component, beside that component's tests. {@code
 * AuthorizationIT} gathers every implementation listed in {@code
 * META-INF/services/fr.packnum.testing.Authorizations} and requires an expectation for every
 * operation of {@code /openapi}: a new component adds its own class and its line there.
 */
public interface Authorizations {

  String ANONYMOUS = "ANONYMOUS";
  Set<String> EVERY_ROLE =
      Set.of("ADMIN", "COORDINATOR", "TECHNICIAN", "SOCIAL_WORKER", "SUPPORT", "PARTNER");
  Set<String> EVERYBODY = Authorizations.union(EVERY_ROLE, Set.of(ANONYMOUS));
  Set<String> ADMIN = Set.of("ADMIN");
  Set<String> ADMIN_COORDINATOR = Set.of("ADMIN", "COORDINATOR");
  Set<String> WORKSHOP = Set.of("TECHNICIAN", "COORDINATOR");
  Set<String> REFERRING = Set.of("SOCIAL_WORKER", "COORDINATOR");
  Set<String> SOCIAL_WORKER = Set.of("SOCIAL_WORKER");
  Set<String> COORDINATOR = Set.of("COORDINATOR");

  /** Operation ({@code "VERB /path"}) → the roles (or {@link #ANONYMOUS}) that may call it. */
  Map<String, Set<String>> expected();

  /**
   * Operation → the query string an allowed caller needs to get past authorization, for the few
   * operations that also refuse a caller by what it asks (a partner's impact needs one of its
   * conventions: without one it is 403 by design, not for its role).
   */
  default Map<String, String> probes() {
    return Map.of();
  }

  /** Every component's probes (see {@link #probes()}). */
  static Map<String, String> allProbes() {
    Map<String, String> all = new TreeMap<>();
    for (Authorizations component : ServiceLoader.load(Authorizations.class)) {
      all.putAll(component.probes());
    }
    return all;
  }

  /** Every component's expectations; an operation claimed by two components is an error. */
  static Map<String, Set<String>> all() {
    Map<String, Set<String>> all = new TreeMap<>();
    for (Authorizations component : ServiceLoader.load(Authorizations.class)) {
      component
          .expected()
          .forEach(
              (operation, roles) -> {
                if (all.putIfAbsent(operation, roles) != null) {
                  throw new IllegalStateException(
                      operation + " has an expectation in two components");
                }
              });
    }
    return all;
  }

  static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
