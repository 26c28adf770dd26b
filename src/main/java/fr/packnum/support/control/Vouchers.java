package fr.packnum.support.control;

import fr.packnum.accounts.control.StructureStore;
import fr.packnum.accounts.entity.Structure;
import fr.packnum.platform.entity.Actor;
import fr.packnum.support.entity.SupportPlace;
import fr.packnum.support.entity.SupportPlan;
import fr.packnum.support.entity.Voucher;
import fr.packnum.support.entity.VoucherBook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * The pass numérique's use cases, inside the caller's transaction: a book received by a team, a
 * voucher issued by the team to a household it follows up, a voucher redeemed at any place. The
 * voucher's row is locked while it changes, so a serial is issued once and redeemed once.
 */
@ApplicationScoped
public class Vouchers {

  @Inject VoucherStore vouchers;
  @Inject PlanStore plans;
  @Inject PlaceStore places;
  @Inject StructureStore structures;

  /** The team a book is sent to: an active structure. */
  public Structure team(long structureId) {
    return structures.getActive(structureId);
  }

  public VoucherBook receive(VoucherBook.Receipt receipt, Actor actor) {
    VoucherBook book = new VoucherBook(receipt, actor);
    vouchers.add(book, book.vouchers());
    return book;
  }

  /**
   * Issues {@code serial} to the household of {@code planId}: the voucher's book and the plan both
   * in the caller's reach (a support person's team), the plan still open.
   */
  public Voucher issue(String serial, long planId, PlanScope scope, Actor actor, LocalDate today) {
    Voucher voucher = vouchers.locked(serial);
    if (!scope.reaches(voucher.book().structure().id())) {
      throw new VoucherNotFound();
    }
    SupportPlan plan = plans.get(planId, scope);
    voucher.issue(plan, actor, today);
    vouchers.flush();
    return voucher;
  }

  /** Redeems {@code serial} at {@code placeId}: any team's voucher, at any place, once. */
  public Voucher redeem(String serial, long placeId, Actor actor, LocalDate today) {
    SupportPlace place = places.get(placeId);
    Voucher voucher = vouchers.locked(serial);
    voucher.redeem(place, actor, today);
    vouchers.flush();
    return voucher;
  }
}
