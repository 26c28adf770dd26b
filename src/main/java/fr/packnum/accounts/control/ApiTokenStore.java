package fr.packnum.accounts.control;

import fr.packnum.accounts.entity.ApiToken;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.PagedQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** API tokens in the database, found by the hash of the presented token. */
@ApplicationScoped
public class ApiTokenStore {

  @PersistenceContext EntityManager em;

  public Optional<ApiToken> findByToken(String token) {
    // the token, its user and the user's structure in one query: it runs on every bearer call
    return em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
        .setParameter("hash", TokenCodec.hash(token))
        .setHint(PagedQuery.JOIN_FETCH, "t.user")
        .setHint(PagedQuery.JOIN_FETCH, "t.user.structure")
        .getResultStream()
        .findFirst();
  }

  /**
   * Records a use at {@code now} unless one within {@code precision} is recorded already: one
   * conditional UPDATE, no version raised, so that the calls of one script racing at the minute's
   * turn update the row once and never fail each other (updating the entity did: an optimistic lock
   * conflict, a 500, for all but one of them).
   */
  public void noteUse(long id, java.time.Instant now, java.time.Duration precision) {
    em.createQuery(
            "update ApiToken t set t.lastUsedAt = :now where t.id = :id"
                + " and (t.lastUsedAt is null or t.lastUsedAt < :since)")
        .setParameter("now", now)
        .setParameter("id", id)
        .setParameter("since", now.minus(precision))
        .executeUpdate();
  }

  public ApiToken get(long id) {
    return Optional.ofNullable(em.find(ApiToken.class, id)).orElseThrow(TokenNotFound::new);
  }

  public void add(ApiToken token) {
    em.persist(token);
    em.flush();
  }

  public Page<ApiToken> list(Long userId, int offset, int size) {
    return PagedQuery.of(ApiToken.class, "t")
        .where("t.user.id = :user", "user", userId)
        .page(em, "t.createdAt desc, t.id desc", offset, size);
  }

  /** Revokes every token of a user (deactivation). */
  public void revokeAll(long userId, java.time.Instant now) {
    em.createQuery(
            "select t from ApiToken t where t.user.id = :user and t.revokedAt is null",
            ApiToken.class)
        .setParameter("user", userId)
        .getResultList()
        .forEach(t -> t.revoke(now));
  }
}
