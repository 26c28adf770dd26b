package fr.packnum.reporting.control;

import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.PagedQuery;
import fr.packnum.reporting.entity.Convention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Conventions in the database, seen by a partner (its own) or the coordination (all). */
@ApplicationScoped
public class ConventionStore {

  @PersistenceContext EntityManager em;

  /** Which conventions a caller reaches: a partner's users, their structure's; others, all. */
  public record Scope(Long partnerStructureId) {
    public static final Scope ALL = new Scope(null);

    boolean reaches(Convention convention) {
      return partnerStructureId == null || convention.belongsTo(partnerStructureId);
    }
  }

  public void add(Convention convention) {
    em.persist(convention);
    saved(convention);
  }

  /**
   * Writes the convention now and reads it back, so that the version it answers with is the one
   * committed: EclipseLink swaps the element collections for its own once written, and could
   * otherwise take the swap for a change at commit and raise the version once more.
   */
  public void saved(Convention convention) {
    em.flush();
    em.refresh(convention);
  }

  /** The convention, if the caller reaches it; another partner's is "not found". */
  public Convention get(long id, Scope scope) {
    Convention convention = em.find(Convention.class, id);
    if (convention == null || !scope.reaches(convention)) {
      throw new ConventionNotFound();
    }
    return convention;
  }

  /** The latest period first. */
  public Page<Convention> list(Scope scope, int offset, int size) {
    return PagedQuery.of(Convention.class, "c")
        .where("c.partner.id = :partner", "partner", scope.partnerStructureId())
        .page(em, "c.startsOn desc, c.id desc", offset, size);
  }
}
