package fr.packnum.support.control;

import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.PagedQuery;
import fr.packnum.support.entity.Voucher;
import fr.packnum.support.entity.VoucherBook;
import fr.packnum.support.entity.VoucherStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Voucher books and their vouchers in the database; a voucher is found by its serial. */
@ApplicationScoped
public class VoucherStore {

  @PersistenceContext EntityManager em;

  /** A book and its vouchers; a serial already known is refused before the unique constraint. */
  public void add(VoucherBook book, List<Voucher> vouchers) {
    List<String> serials = vouchers.stream().map(Voucher::serial).toList();
    Optional<String> taken =
        em.createQuery(
                "select v.serial from Voucher v where v.serial in :serials order by v.serial",
                String.class)
            .setParameter("serials", serials)
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    if (taken.isPresent()) {
      throw new VoucherSerialTaken(taken.get());
    }
    em.persist(book);
    vouchers.forEach(em::persist);
    em.flush(); // the unique serial, when another instance recorded the same book meanwhile
  }

  public void flush() {
    em.flush();
  }

  /** The voucher of {@code serial}, whoever's it is: any team redeems at its place. */
  public Voucher get(String serial) {
    return em.createQuery("select v from Voucher v where v.serial = :serial", Voucher.class)
        .setParameter("serial", serial)
        .getResultStream()
        .findFirst()
        .orElseThrow(VoucherNotFound::new);
  }

  /**
   * The voucher with its row locked until the transaction ends ({@code SELECT … FOR UPDATE}): two
   * counters redeeming one serial at once, on one instance or two, are served in turn, and the
   * second reads it REDEEMED.
   */
  public Voucher locked(String serial) {
    Long id =
        em.createQuery("select v.id from Voucher v where v.serial = :serial", Long.class)
            .setParameter("serial", serial)
            .getResultStream()
            .findFirst()
            .orElseThrow(VoucherNotFound::new);
    Voucher voucher = em.find(Voucher.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (voucher == null) {
      throw new VoucherNotFound();
    }
    return voucher;
  }

  public VoucherBook book(long id) {
    return Optional.ofNullable(em.find(VoucherBook.class, id)).orElseThrow(VoucherNotFound::new);
  }

  /** The books the caller reaches, the latest received first. */
  public Page<VoucherBook> books(PlanScope scope, int offset, int size) {
    return PagedQuery.of(VoucherBook.class, "b")
        .where("b.structure.id = :team", "team", scope.structureId())
        .page(em, "b.receivedOn desc, b.id desc", offset, size);
  }

  /** For each book, how many of its vouchers are in each status (every status, zeros included). */
  public Map<Long, Map<VoucherStatus, Long>> counts(List<Long> bookIds) {
    Map<Long, Map<VoucherStatus, Long>> counts = new HashMap<>();
    for (Long id : bookIds) {
      Map<VoucherStatus, Long> zero = new EnumMap<>(VoucherStatus.class);
      for (VoucherStatus status : VoucherStatus.values()) {
        zero.put(status, 0L);
      }
      counts.put(id, zero);
    }
    if (bookIds.isEmpty()) {
      return counts;
    }
    em.createQuery(
            "select v.book.id, v.status, count(v) from Voucher v where v.book.id in :ids"
                + " group by v.book.id, v.status",
            Object[].class)
        .setParameter("ids", bookIds)
        .getResultList()
        .forEach(row -> counts.get((Long) row[0]).put((VoucherStatus) row[1], (Long) row[2]));
    return counts;
  }

  /** A household's vouchers, in the order they were issued. */
  public Page<Voucher> ofPlan(long planId, int offset, int size) {
    return PagedQuery.of(Voucher.class, "v")
        .where("v.plan.id = :plan", "plan", planId)
        .page(em, "v.issuedOn, v.serial", offset, size);
  }
}
