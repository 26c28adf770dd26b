package fr.packnum.households.control;

import fr.packnum.households.entity.EligibilityRuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The versions of the eligibility rules; the highest is in force. */
@ApplicationScoped
public class RuleSetStore {

  @PersistenceContext EntityManager em;

  public EligibilityRuleSet current() {
    return em.createQuery(
            "select r from EligibilityRuleSet r order by r.version desc", EligibilityRuleSet.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(RuleSetNotFound::new);
  }

  public EligibilityRuleSet get(int version) {
    return Optional.ofNullable(em.find(EligibilityRuleSet.class, version))
        .orElseThrow(RuleSetNotFound::new);
  }

  /**
   * Adds the next version; two coordinators saving at once both aim at the same version number, and
   * the primary key lets one of them through.
   */
  public void add(EligibilityRuleSet rules) {
    em.persist(rules);
    em.flush();
  }
}
