package fr.packnum.platform.boundary;

import fr.packnum.platform.entity.IdempotencyRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Keys live in the database so every instance sees them. Each operation is its own transaction: the
 * claim must be visible to a concurrent duplicate before the work commits.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class IdempotencyStore {

  /** A claim whose request died before completing it is given up after this long. */
  static final Duration ABANDONED = Duration.ofMinutes(5);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public Optional<IdempotencyRecord> find(String caller, String key) {
    return em.createQuery(
            "select r from IdempotencyRecord r where r.caller = :caller and r.key = :key",
            IdempotencyRecord.class)
        .setParameter("caller", caller)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  /** Claims the key; fails with a persistence exception when another request holds it. */
  public long claim(String caller, String key, String requestHash) {
    find(caller, key)
        .filter(r -> !r.isCompleted() && r.createdAt().plus(ABANDONED).isBefore(clock.instant()))
        .ifPresent(em::remove);
    em.flush();
    IdempotencyRecord record = new IdempotencyRecord(caller, key, requestHash, clock.instant());
    em.persist(record);
    em.flush();
    return record.id();
  }

  /**
   * After the answer: completes the key unless the work's transaction did ({@link IdempotentWork}).
   */
  public void complete(long id, int status, String location, String body) {
    IdempotencyRecord record = em.find(IdempotencyRecord.class, id);
    if (record != null && !record.isCompleted()) {
      record.complete(status, location, body);
    }
  }

  /** Completes the key in the caller's transaction: it commits with the work, or not at all. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void completeInTheWork(long id, int status, String location, String body) {
    IdempotencyRecord record = em.find(IdempotencyRecord.class, id);
    if (record != null) {
      record.complete(status, location, body);
    }
  }

  /** Keys older than {@code before} are forgotten; a replay is guaranteed for a day. */
  public int purgeBefore(java.time.Instant before) {
    return em.createQuery("delete from IdempotencyRecord r where r.createdAt < :before")
        .setParameter("before", before)
        .executeUpdate();
  }

  public void release(long id) {
    IdempotencyRecord record = em.find(IdempotencyRecord.class, id);
    if (record != null) {
      em.remove(record);
    }
  }
}
