package fr.packnum.accounts.boundary;

import static fr.packnum.testing.Authorizations.ADMIN;
import static fr.packnum.testing.Authorizations.ADMIN_COORDINATOR;
import static fr.packnum.testing.Authorizations.EVERYBODY;
import static fr.packnum.testing.Authorizations.EVERY_ROLE;

import fr.packnum.testing.Authorizations;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who may call the accounts operations: sessions, own account, users, structures, tokens, audit,
 * backups.
 */
public class AccountsAuthorizations implements Authorizations {

  @Override
  public Map<String, Set<String>> expected() {
    Map<String, Set<String>> expected = new TreeMap<>();
    expected.put("GET /api/session", EVERYBODY);
    expected.put("POST /api/session", EVERYBODY);
    expected.put("POST /api/session/totp", EVERYBODY);
    expected.put("DELETE /api/session", EVERYBODY);
    expected.put("GET /api/me", EVERY_ROLE);
    expected.put("PUT /api/me/password", EVERY_ROLE);
    expected.put("POST /api/me/totp", EVERY_ROLE);
    expected.put("POST /api/me/totp/confirmation", EVERY_ROLE);
    expected.put("POST /api/me/totp/deactivation", EVERY_ROLE);
    expected.put("GET /api/users", ADMIN);
    expected.put("POST /api/users", ADMIN);
    expected.put("GET /api/users/{id}", ADMIN);
    expected.put("PUT /api/users/{id}", ADMIN);
    expected.put("POST /api/users/{id}/activation", ADMIN);
    expected.put("POST /api/users/{id}/deactivation", ADMIN);
    expected.put("POST /api/users/{id}/password", ADMIN);
    expected.put("POST /api/users/{id}/totp-reset", ADMIN);
    expected.put("GET /api/structures", ADMIN_COORDINATOR);
    expected.put("GET /api/structures/{id}", ADMIN_COORDINATOR);
    expected.put("POST /api/structures", ADMIN);
    expected.put("PUT /api/structures/{id}", ADMIN);
    expected.put("POST /api/structures/{id}/activation", ADMIN);
    expected.put("POST /api/structures/{id}/deactivation", ADMIN);
    expected.put("GET /api/tokens", ADMIN);
    expected.put("POST /api/tokens", ADMIN);
    expected.put("DELETE /api/tokens/{id}", ADMIN);
    expected.put("GET /api/audit-events", ADMIN);
    expected.put("GET /api/admin/backups", ADMIN);
    expected.put("POST /api/admin/backups", ADMIN);
    return expected;
  }
}
