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

  public Optional<User> find(long id) {
    return Optional.ofNullable(em.find(User.class, id));
  }

  public User get(long id) {
    return find(id).orElseThrow(UserNotFound::new);
  }

  public Optional<User> findByUsername(String username) {
    return em.createQuery("select u from User u where u.username = :username", User.class)
        .setParameter("username", User.normalise(username))
        .getResultStream()
        .findFirst();
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
