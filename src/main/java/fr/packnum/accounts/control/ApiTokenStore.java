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
    return em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
        .setParameter("hash", TokenCodec.hash(token))
        .getResultStream()
        .findFirst();
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
