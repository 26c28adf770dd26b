package fr.packnum.households.control;

import fr.packnum.accounts.entity.Structure;
import fr.packnum.households.entity.EligibilityOutcome;
import fr.packnum.households.entity.Household;
import fr.packnum.households.entity.PackGranted;
import fr.packnum.households.entity.PackRequest;
import fr.packnum.households.entity.RequestStatus;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.PagedQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Pack requests in the database, always seen through the caller's {@link Scope}. */
@ApplicationScoped
public class PackRequestStore {

  @PersistenceContext EntityManager em;

  public PackRequest get(long id, Scope scope) {
    PackRequest request = em.find(PackRequest.class, id);
    if (request == null || !scope.reaches(request.structure().id())) {
      throw new RequestNotFound();
    }
    return request;
  }

  /** The request with its row locked until the transaction ends, read afresh from the database. */
  public PackRequest locked(long id) {
    return Optional.ofNullable(em.find(PackRequest.class, id, LockModeType.PESSIMISTIC_WRITE))
        .orElseThrow(RequestNotFound::new);
  }

  public void add(PackRequest request) {
    em.persist(request);
    em.flush();
  }

  public String newReference() {
    return References.request(
        reference ->
            em.createQuery("select count(r) from PackRequest r where r.reference = :r", Long.class)
                    .setParameter("r", reference)
                    .getSingleResult()
                > 0);
  }

  public void flush() {
    em.flush();
  }

  /**
   * Locks the structure's row for the rest of the transaction, so that two requests created at once
   * for the same structure are counted one after the other against its cap.
   */
  public Structure lockStructure(Structure structure) {
    return em.find(Structure.class, structure.id(), LockModeType.PESSIMISTIC_WRITE);
  }

  public long openCount(Structure structure) {
    return em.createQuery(
            "select count(r) from PackRequest r where r.structure = :s and r.status in :open",
            Long.class)
        .setParameter("s", structure)
        .setParameter("open", RequestStatus.OPEN)
        .getSingleResult();
  }

  public Optional<PackRequest> openFor(Household household) {
    return em.createQuery(
            "select r from PackRequest r where r.household = :h and r.status in :open",
            PackRequest.class)
        .setParameter("h", household)
        .setParameter("open", RequestStatus.OPEN)
        .getResultStream()
        .findFirst();
  }

  /** The open request of each of {@code households} that has one. */
  public Map<Long, PackRequest> openFor(Collection<Household> households) {
    if (households.isEmpty()) {
      return Map.of();
    }
    Map<Long, PackRequest> open = new java.util.HashMap<>();
    em.createQuery(
            "select r from PackRequest r where r.household in :hs and r.status in :open",
            PackRequest.class)
        .setParameter("hs", households)
        .setParameter("open", RequestStatus.OPEN)
        .getResultList()
        .forEach(r -> open.put(r.household().id(), r));
    return open;
  }

  public List<PackRequest> of(Household household) {
    return em.createQuery(
            "select r from PackRequest r where r.household = :h order by r.createdAt desc, r.id desc",
            PackRequest.class)
        .setParameter("h", household)
        .getResultList();
  }

  public record Filter(RequestStatus status, String text, Long householdId) {}

  /** Requests of the scope, newest first. */
  public Page<PackRequest> list(Scope scope, Filter filter, int offset, int size) {
    String pattern =
        filter.text() == null || filter.text().isBlank()
            ? null
            : "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
    return PagedQuery.of(PackRequest.class, "r")
        .where("r.structure.id = :structure", "structure", scope.structureId())
        .where("r.status = :status", "status", filter.status())
        .where("r.household.id = :household", "household", filter.householdId())
        .where(
            "(lower(r.reference) like :text or lower(r.household.reference) like :text"
                + " or lower(r.household.contactName) like :text)",
            "text",
            pattern)
        .joining("r.household")
        .page(em, "r.createdAt desc, r.id desc", offset, size);
  }

  /**
   * The coordination's eligibility queue: submitted requests the rules left to review first, then
   * the others; the longest waiting first within each.
   */
  public Page<PackRequest> queue(int offset, int size) {
    Page<PackRequest> review = submitted(EligibilityOutcome.NEEDS_REVIEW, true, offset, size);
    long reviewCount = review.total();
    List<PackRequest> items = new ArrayList<>(review.items());
    int restOffset = (int) Math.max(0, offset - reviewCount);
    // A full page still needs the others' count; one row is enough to get it (0 means "no limit").
    int restSize = Math.max(1, size - items.size());
    Page<PackRequest> rest =
        submitted(EligibilityOutcome.NEEDS_REVIEW, false, restOffset, restSize);
    if (items.size() < size) {
      items.addAll(rest.items());
    }
    return new Page<>(items, offset / Math.max(size, 1), size, reviewCount + rest.total());
  }

  private Page<PackRequest> submitted(
      EligibilityOutcome outcome, boolean matching, int offset, int size) {
    return PagedQuery.of(PackRequest.class, "r")
        .where("r.status = :status", "status", RequestStatus.SUBMITTED)
        .where(
            matching ? "r.assessment = :outcome" : "r.assessment <> :outcome", "outcome", outcome)
        .joining("r.household")
        .page(em, "r.submittedAt, r.id", offset, size);
  }

  /** How many requests of the scope are in each status (every status, zero included). */
  public Map<RequestStatus, Long> summary(Scope scope) {
    var query =
        em.createQuery(
            "select r.status, count(r) from PackRequest r"
                + (scope.structureId() == null ? "" : " where r.structure.id = :structure")
                + " group by r.status",
            Object[].class);
    scope.structure().ifPresent(id -> query.setParameter("structure", id));
    Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
    for (RequestStatus status : RequestStatus.values()) {
      counts.put(status, 0L);
    }
    query.getResultList().forEach(row -> counts.put((RequestStatus) row[0], (Long) row[1]));
    return counts;
  }

  /**
   * The latest date a pack was granted to the household with this identity hash, on or after {@code
   * since}, by another request than {@code except} — whichever structure referred it.
   */
  public Optional<LocalDate> grantedSince(
      String identityHash, LocalDate since, PackRequest except) {
    return em.createQuery(
            "select max(g.grantedOn) from PackGranted g where g.identityHash = :hash"
                + " and g.grantedOn >= :since and g.requestId <> :except",
            LocalDate.class)
        .setParameter("hash", identityHash)
        .setParameter("since", since)
        .setParameter("except", except.id())
        .getResultStream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  /** Remembers the pack once: a request delivered again after a return keeps its first grant. */
  public void recordGrant(PackRequest request, String identityHash, LocalDate on) {
    if (em.find(PackGranted.class, request.id()) == null) {
      em.persist(new PackGranted(request.id(), identityHash, on));
    }
  }

  public void withdrawGrant(PackRequest request) {
    Optional.ofNullable(em.find(PackGranted.class, request.id())).ifPresent(em::remove);
  }

  /** The eligibility queue's length and the submission time of its longest waiting request. */
  public record QueueFigures(long length, Optional<Instant> oldestSubmittedAt) {}

  /** What the operators' gauges show of the eligibility queue ({@link #queue}'s requests). */
  public QueueFigures queueFigures() {
    long length =
        em.createQuery("select count(r) from PackRequest r where r.status = :status", Long.class)
            .setParameter("status", RequestStatus.SUBMITTED)
            .getSingleResult();
    Optional<Instant> oldest =
        em
            .createQuery(
                "select r.submittedAt from PackRequest r where r.status = :status"
                    + " order by r.submittedAt, r.id",
                Instant.class)
            .setParameter("status", RequestStatus.SUBMITTED)
            .setMaxResults(1)
            .getResultList()
            .stream()
            .findFirst();
    return new QueueFigures(length, oldest);
  }
}
