package fr.packnum.support.control;

import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.PagedQuery;
import fr.packnum.support.entity.Service;
import fr.packnum.support.entity.SupportPlace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Support places in the database. */
@ApplicationScoped
public class PlaceStore {

  @PersistenceContext EntityManager em;

  public void add(SupportPlace place) {
    em.persist(place);
  }

  public void flush() {
    em.flush();
  }

  public SupportPlace get(long id) {
    SupportPlace place = em.find(SupportPlace.class, id);
    if (place == null) {
      throw new PlaceNotFound();
    }
    return place;
  }

  public Optional<SupportPlace> byStandardId(String standardId) {
    return em.createQuery(
            "select p from SupportPlace p where p.standardId = :id", SupportPlace.class)
        .setParameter("id", standardId)
        .getResultStream()
        .findFirst();
  }

  /** The places of these identifiers, by identifier (for an import, in slices). */
  public Map<String, SupportPlace> byStandardIds(Collection<String> standardIds) {
    if (standardIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select p from SupportPlace p where p.standardId in :ids", SupportPlace.class)
        .setParameter("ids", List.copyOf(standardIds))
        .getResultStream()
        .collect(Collectors.toMap(SupportPlace::standardId, Function.identity()));
  }

  /**
   * The directory: places whose name or commune contains {@code text} (case aside), offering {@code
   * service}, by name.
   */
  public Page<SupportPlace> list(String text, Service service, int offset, int size) {
    String like =
        text == null || text.isBlank()
            ? null
            : "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    return PagedQuery.of(SupportPlace.class, "p")
        .where("(lower(p.name) like :text or lower(p.communeName) like :text)", "text", like)
        .where("p.services like :service", "service", serviceLike(service))
        .page(em, "p.name, p.id", offset, size);
  }

  /** Every place offering {@code service} (all when null), for distances. */
  public List<SupportPlace> offering(Service service) {
    String like = serviceLike(service);
    return like == null
        ? em.createQuery("select p from SupportPlace p order by p.id", SupportPlace.class)
            .getResultList()
        : em.createQuery(
                "select p from SupportPlace p where p.services like :service order by p.id",
                SupportPlace.class)
            .setParameter("service", like)
            .getResultList();
  }

  /** No service's label holds another's, so a LIKE on the "|"-separated labels is exact. */
  private static String serviceLike(Service service) {
    return service == null ? null : "%" + service.label() + "%";
  }
}
