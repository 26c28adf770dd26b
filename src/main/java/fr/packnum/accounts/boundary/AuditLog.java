package fr.packnum.accounts.boundary;

import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.accounts.entity.AuditEvent;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.PagedQuery;
import fr.packnum.platform.entity.UtcInstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

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

  /** Rows per statement of {@link #recordAll}: well under the databases' parameter limits. */
  static final int ROWS_PER_INSERT = 50;

  /**
   * Records {@code action} on each of the records {@code targetIds}, one audit line each as {@link
   * #record} would write them, in one statement per {@link #ROWS_PER_INSERT} lines: a page of
   * households read costs one round trip to the database, not two per household (an insert, then
   * the generated id).
   */
  public void recordAll(AuditAction action, String targetType, Collection<?> targetIds) {
    List<String> ids =
        targetIds.stream().filter(Objects::nonNull).map(Object::toString).distinct().toList();
    if (ids.isEmpty()) {
      return;
    }
    AuditEvent.Actor actor = actor();
    Timestamp now = new UtcInstantConverter().convertToDatabaseColumn(clock.instant());
    for (int from = 0; from < ids.size(); from += ROWS_PER_INSERT) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + ROWS_PER_INSERT));
      // NULL written out, not bound: a null parameter has no SQL type Derby would accept
      String row =
          "(?, "
              + (actor.id() == null ? "NULL" : "?")
              + ", ?, "
              + (actor.role() == null ? "NULL" : "?")
              + ", ?, ?, ?)";
      String rows = String.join(", ", Collections.nCopies(chunk.size(), row));
      Query insert =
          em.createNativeQuery(
              "INSERT INTO audit_events (occurred_at, actor_id, actor_username, actor_role,"
                  + " action, target_type, target_id) VALUES "
                  + rows);
      int parameter = 1;
      for (String id : chunk) {
        insert.setParameter(parameter++, now);
        if (actor.id() != null) {
          insert.setParameter(parameter++, actor.id());
        }
        insert.setParameter(parameter++, actor.username());
        if (actor.role() != null) {
          insert.setParameter(parameter++, actor.role().name());
        }
        insert.setParameter(parameter++, action.name());
        insert.setParameter(parameter++, targetType);
        insert.setParameter(parameter++, id);
      }
      insert.executeUpdate();
    }
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
