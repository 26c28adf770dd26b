package fr.packnum.accounts.control;

import fr.packnum.accounts.entity.LoginFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** Failed sign-ins per username, counted over a sliding window. */
@ApplicationScoped
public class LoginFailureStore {

  @PersistenceContext EntityManager em;

  public long countSince(String username, Instant since) {
    return em.createQuery(
            "select count(f) from LoginFailure f where f.username = :username and f.failedAt > :since",
            Long.class)
        .setParameter("username", key(username))
        .setParameter("since", since)
        .getSingleResult();
  }

  public void record(String username, Instant at) {
    em.persist(new LoginFailure(key(username), at));
  }

  public void clear(String username) {
    em.createQuery("delete from LoginFailure f where f.username = :username")
        .setParameter("username", key(username))
        .executeUpdate();
  }

  /** Failures older than the window no longer count; they are removed to keep the table small. */
  public int purgeBefore(Instant before) {
    return em.createQuery("delete from LoginFailure f where f.failedAt < :before")
        .setParameter("before", before)
        .executeUpdate();
  }

  private static String key(String username) {
    String normalised = fr.packnum.accounts.entity.User.normalise(username);
    return normalised.length() > 50 ? normalised.substring(0, 50) : normalised;
  }

  /** Failed sign-ins on every account after {@code since}, cluster-wide (for the operators). */
  public long countAllSince(Instant since) {
    return em.createQuery(
            "select count(f) from LoginFailure f where f.failedAt > :since", Long.class)
        .setParameter("since", since)
        .getSingleResult();
  }
}
