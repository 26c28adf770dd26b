package fr.packnum.households.boundary;

import fr.packnum.accounts.entity.AuditEvent;
import java.time.Instant;
import java.util.List;

/**
 * Everything PackNum holds about one household, as given to the person on request (GDPR article
 * 15): the file, its pack requests with their history, and who read or changed it.
 */
public record HouseholdExport(
    Instant exportedAt,
    HouseholdView household,
    List<PackRequestView> packRequests,
    List<Access> accesses) {

  /** One line of "who saw or changed this file": role and action, when. */
  public record Access(Instant at, String role, String action) {
    static Access of(AuditEvent event) {
      return new Access(
          event.occurredAt(),
          event.actorRole() == null ? "SYSTEM" : event.actorRole(),
          event.action().name());
    }
  }
}
