package fr.packnum.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JPQL list with optional filters, answered as a {@link Page}: each filter applies only when its
 * value is given, and the same conditions feed the items and the total.
 */
public final class PagedQuery<T> {

  /**
   * EclipseLink's hint that reads a relation in the same query (a join), given once per path
   * ({@code "u.structure"}, nested {@code "t.user.structure"}); other providers ignore it.
   */
  public static final String JOIN_FETCH = "eclipselink.join-fetch";

  private final Class<T> type;
  private final String alias;
  private final StringBuilder where = new StringBuilder(" where 1 = 1");
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private final java.util.List<String> joined = new java.util.ArrayList<>();

  private PagedQuery(Class<T> type, String alias) {
    this.type = type;
    this.alias = alias;
  }

  /** A list of {@code type}, named {@code alias} in conditions (e.g. {@code "u.role = :role"}). */
  public static <T> PagedQuery<T> of(Class<T> type, String alias) {
    return new PagedQuery<>(type, alias);
  }

  /** Adds {@code condition} (using {@code :name}) when {@code value} is not null. */
  public PagedQuery<T> where(String condition, String name, Object value) {
    if (value != null) {
      where.append(" and ").append(condition);
      parameters.put(name, value);
    }
    return this;
  }

  /**
   * Reads the to-one relation {@code path} (e.g. {@code "r.household"}) in the same query as the
   * items, instead of one query per item (EclipseLink's join fetch hint).
   */
  public PagedQuery<T> joining(String path) {
    joined.add(path);
    return this;
  }

  public Page<T> page(EntityManager em, String orderBy, int offset, int size) {
    String from = " from " + type.getSimpleName() + " " + alias + where;
    TypedQuery<T> items = em.createQuery("select " + alias + from + " order by " + orderBy, type);
    joined.forEach(path -> items.setHint(JOIN_FETCH, path));
    TypedQuery<Long> total = em.createQuery("select count(" + alias + ")" + from, Long.class);
    parameters.forEach(
        (name, value) -> {
          items.setParameter(name, value);
          total.setParameter(name, value);
        });
    return new Page<>(
        items.setFirstResult(offset).setMaxResults(size).getResultList(),
        offset / Math.max(size, 1),
        size,
        total.getSingleResult());
  }
}
