package fr.packnum.accounts.control;

import fr.packnum.accounts.entity.Role;
import fr.packnum.accounts.entity.User;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.PagedQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;

/** Users in the database. */
@ApplicationScoped
public class UserStore {

  @PersistenceContext EntityManager em;

  /**
   * The user with its structure in one query (every authenticated call asks): {@code find} would
   * read the structure in a second one.
   */
  public Optional<User> find(long id) {
    return em.createQuery("select u from User u where u.id = :id", User.class)
        .setParameter("id", id)
        .setHint(PagedQuery.JOIN_FETCH, "u.structure")
        .getResultStream()
        .findFirst();
  }

  public User get(long id) {
    return find(id).orElseThrow(UserNotFound::new);
  }

  public Optional<User> findByUsername(String username) {
    return em.createQuery("select u from User u where u.username = :username", User.class)
        .setParameter("username", User.normalise(username))
        .setHint(PagedQuery.JOIN_FETCH, "u.structure")
        .getResultStream()
        .findFirst();
  }

  /**
   * Locks the users table against writers until the transaction ends: instances of a cluster
   * starting together on a fresh database create the first administrator once, the others waiting
   * here then finding it. (The same statement on Derby and PostgreSQL.)
   */
  public void lockTable() {
    em.createNativeQuery("LOCK TABLE users IN EXCLUSIVE MODE").executeUpdate();
  }

  /**
   * Locks the user's row until the transaction ends ({@code SELECT … FOR UPDATE}) and reads it
   * again: concurrent sign-ins of one account, on one instance or several, are served in turn, so
   * each one counts the failures of those before it and the throttle's limit holds.
   */
  public User lockedForSignIn(User user) {
    em.refresh(user, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    return user;
  }

  /** Writes pending changes now, so a version conflict surfaces inside the caller's transaction. */
  public void flush() {
    em.flush();
  }

  public boolean exists(String username) {
    return findByUsername(username).isPresent();
  }

  public long count() {
    return em.createQuery("select count(u) from User u", Long.class).getSingleResult();
  }

  public void add(User user) {
    em.persist(user);
    em.flush();
  }

  /** Filters: free text on username and display name, role, structure, active. */
  public record Filter(String text, Role role, Long structureId, Boolean active) {}

  public Page<User> list(Filter filter, int offset, int size) {
    String text =
        filter.text() == null || filter.text().isBlank()
            ? null
            : "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
    return PagedQuery.of(User.class, "u")
        .where("(lower(u.username) like :text or lower(u.displayName) like :text)", "text", text)
        .where("u.role = :role", "role", filter.role())
        .where("u.structure.id = :structure", "structure", filter.structureId())
        .where("u.active = :active", "active", filter.active())
        .page(em, "u.username", offset, size);
  }
}
