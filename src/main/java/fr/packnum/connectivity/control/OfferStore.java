package fr.packnum.connectivity.control;

import fr.packnum.connectivity.entity.Offer;
import fr.packnum.connectivity.entity.OfferKind;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.PagedQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The offer catalogue in the database. */
@ApplicationScoped
public class OfferStore {

  @PersistenceContext EntityManager em;

  public Offer get(long id) {
    return Optional.ofNullable(em.find(Offer.class, id)).orElseThrow(OfferNotFound::new);
  }

  public void add(Offer offer) {
    em.persist(offer);
    em.flush();
  }

  public void flush() {
    em.flush();
  }

  /** Offers by operator and name; {@code text} matches either, {@code active} and kind filter. */
  public Page<Offer> list(String text, OfferKind kind, Boolean active, int offset, int size) {
    String like =
        text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    return PagedQuery.of(Offer.class, "o")
        .where("(lower(o.operator) like :text or lower(o.name) like :text)", "text", like)
        .where("o.kind = :kind", "kind", kind)
        .where("o.active = :active", "active", active)
        .page(em, "o.operator, o.name, o.id", offset, size);
  }

  /** Every active offer: those a household may be pointed to. */
  public List<Offer> active() {
    return em.createQuery("select o from Offer o where o.active = :yes order by o.id", Offer.class)
        .setParameter("yes", true)
        .getResultList();
  }
}
