package fr.packnum.households.control;

import fr.packnum.accounts.boundary.AuditLog;
import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.accounts.entity.AuditEvent;
import fr.packnum.households.entity.Household;
import fr.packnum.households.entity.PackRequest;
import fr.packnum.platform.entity.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Erases a household's personal data and keeps its statistics (GDPR right to erasure, and the
 * retention limit). Its open request is cancelled first: nobody can hand a pack to a household
 * nobody can call.
 */
@ApplicationScoped
public class Anonymisation {

  @Inject PackRequestStore requests;
  @Inject PackRequests packRequests;
  @Inject AuditLog audit;

  public void anonymise(Household household, AuditEvent.Actor actor, Instant now) {
    if (household.isAnonymised()) {
      return;
    }
    for (PackRequest request : requests.of(household)) {
      if (request.status().isOpen()) {
        // The request's history says PackNum cancelled it as part of the erasure; the audit
        // log below keeps who asked for it.
        packRequests.cancel(request, "anonymisation", Actor.SYSTEM, now);
      }
      request.anonymise(now);
    }
    household.anonymise(now);
    audit.recordAs(actor, AuditAction.ERASE, "household", household.id());
  }
}
