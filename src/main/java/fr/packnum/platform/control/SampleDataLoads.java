package fr.packnum.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The marker of a component's demonstration data, a {@code sample_data_loads} row nobody edits
 * (renaming a sample structure changes nothing). {@link #record} joins the transaction that creates
 * the data: a second instance loading at the same time breaks the primary key and its whole load
 * rolls back.
 */
@ApplicationScoped
public class SampleDataLoads {

  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.MANDATORY)
  public boolean loaded(String component) {
    return ((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM sample_data_loads WHERE component = ?")
                    .setParameter(1, component)
                    .getSingleResult())
            .longValue()
        > 0;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String component) {
    em.createNativeQuery(
            "INSERT INTO sample_data_loads (component, loaded_at) VALUES (?, CURRENT_TIMESTAMP)")
        .setParameter(1, component)
        .executeUpdate();
  }
}
