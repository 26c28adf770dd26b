package fr.packnum.accounts.boundary;

import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.accounts.entity.AuditEvent;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.PagedQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The append-only audit log, open to every component: it writes in the caller's transaction, so a
 * change and its audit line commit or roll back together. Reads of personal data are recorded the
 * same way ({@link AuditAction#READ}).
 */
@ApplicationScoped
@Transactional
public class AuditLog {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  /**
   * Records that the current caller did {@code action} on the record {@code targetType/targetId}.
   */
  public void record(AuditAction action, String targetType, Object targetId) {
    recordAs(actor(), action, targetType, targetId);
  }

  public void recordAs(
      AuditEvent.Actor actor, AuditAction action, String targetType, Object targetId) {
    em.persist(
        new AuditEvent(
            clock.instant(),
            actor,
            action,
            targetType,
            targetId == null ? null : targetId.toString()));
  }

  private AuditEvent.Actor actor() {
    try {
      return currentUser.actor();
    } catch (ContextNotActiveException scheduledOrStartupWork) {
      return AuditEvent.Actor.SYSTEM;
    }
  }

  /** Filters on the record, the actor and the action; newest first. */
  public record Filter(String targetType, String targetId, Long actorId, AuditAction action) {}

  public Page<AuditEvent> list(Filter filter, int offset, int size) {
    return PagedQuery.of(AuditEvent.class, "e")
        .where("e.targetType = :type", "type", filter.targetType())
        .where("e.targetId = :target", "target", filter.targetId())
        .where("e.actorId = :actor", "actor", filter.actorId())
        .where("e.action = :action", "action", filter.action())
        .page(em, "e.occurredAt desc, e.id desc", offset, size);
  }
}
