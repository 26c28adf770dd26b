package fr.packnum.connectivity.control;

import fr.packnum.connectivity.entity.Subscription;
import fr.packnum.connectivity.entity.SubscriptionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The households' internet lines in the database. */
@ApplicationScoped
public class SubscriptionStore {

  @PersistenceContext EntityManager em;

  public Subscription get(long id) {
    return Optional.ofNullable(em.find(Subscription.class, id))
        .orElseThrow(SubscriptionNotFound::new);
  }

  /**
   * Persists and flushes, so that the unique constraint refuses a second open line here (409), not
   * at commit; the check before it answers the common case with a clearer problem.
   */
  public void add(Subscription subscription) {
    if (!open(subscription.request().id()).isEmpty()) {
      throw new OpenSubscriptionExists();
    }
    em.persist(subscription);
    em.flush();
  }

  public void flush() {
    em.flush();
  }

  /** Every line of a pack request, the latest first. */
  public List<Subscription> ofRequest(long requestId) {
    return em.createQuery(
            "select s from Subscription s where s.request.id = :request order by s.id desc",
            Subscription.class)
        .setParameter("request", requestId)
        .getResultList();
  }

  private List<Subscription> open(long requestId) {
    return em.createQuery(
            "select s from Subscription s where s.openRequestId = :request", Subscription.class)
        .setParameter("request", requestId)
        .getResultList();
  }

  /** ACTIVE lines reported unpaid or whose promotion ends by {@code until}: the worklist's pool. */
  public List<Subscription> atRisk(LocalDate until) {
    return em.createQuery(
            "select s from Subscription s where s.status = :active and (s.unpaid = :yes or"
                + " (s.promotionEndsOn is not null and s.promotionEndsOn <= :until))",
            Subscription.class)
        .setParameter("active", SubscriptionStatus.ACTIVE)
        .setParameter("yes", true)
        .setParameter("until", until)
        .getResultList();
  }
}
