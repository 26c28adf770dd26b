package fr.packnum.accounts.control;

import fr.packnum.accounts.entity.Structure;
import fr.packnum.accounts.entity.StructureKind;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.PagedQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;

/** Structures in the database. */
@ApplicationScoped
public class StructureStore {

  @PersistenceContext EntityManager em;

  public Structure get(long id) {
    return Optional.ofNullable(em.find(Structure.class, id)).orElseThrow(StructureNotFound::new);
  }

  /** The structure a new or moved user joins: it must exist and be active. */
  public Structure getActive(long id) {
    Structure structure = get(id);
    if (!structure.isActive()) {
      throw new StructureInactive();
    }
    return structure;
  }

  public Optional<Structure> findByName(String name) {
    return em.createQuery("select s from Structure s where s.name = :name", Structure.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  public void add(Structure structure) {
    em.persist(structure);
    em.flush();
  }

  public void flush() {
    em.flush();
  }

  public record Filter(String text, StructureKind kind, Boolean active) {}

  public Page<Structure> list(Filter filter, int offset, int size) {
    String text =
        filter.text() == null || filter.text().isBlank()
            ? null
            : "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
    return PagedQuery.of(Structure.class, "s")
        .where("lower(s.name) like :text", "text", text)
        .where("s.kind = :kind", "kind", filter.kind())
        .where("s.active = :active", "active", filter.active())
        .page(em, "s.name, s.id", offset, size);
  }
}
