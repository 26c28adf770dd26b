package fr.packnum.support.boundary;

import fr.packnum.support.control.PlanScope;
import fr.packnum.support.entity.SupportPlace;
import fr.packnum.support.entity.SupportPlan;
import fr.packnum.support.entity.Voucher;
import fr.packnum.support.entity.VoucherStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A pass numérique voucher as a counter sees it when the serial is typed or scanned. The plan it
 * was issued to (its id and request reference) shows only to the team that follows the household up
 * and to the coordination; never the household's name, which no counter needs to redeem it.
 */
public record VoucherView(
    String serial,
    VoucherStatus status,
    int valueCents,
    LocalDate expiresOn,
    boolean expired,
    long bookId,
    String funder,
    LocalDate issuedOn,
    Long planId,
    String requestReference,
    LocalDate redeemedOn,
    Long redeemedPlaceId,
    String redeemedPlace,
    Set<Action> actions,
    long version) {

  /** What the caller may do with the voucher now. */
  public enum Action {
    ISSUE,
    REDEEM
  }

  static VoucherView of(Voucher v, PlanScope scope, LocalDate today) {
    Optional<SupportPlan> plan = v.plan().filter(p -> scope.reaches(p.structure().id()));
    boolean expired = v.expired(today);
    Set<Action> actions = EnumSet.noneOf(Action.class);
    if (!expired && v.status() == VoucherStatus.RECEIVED) {
      if (scope.reaches(v.book().structure().id())) {
        actions.add(Action.ISSUE);
      }
    }
    if (!expired && v.status() == VoucherStatus.ISSUED) {
      actions.add(Action.REDEEM);
    }
    return new VoucherView(
        v.serial(),
        v.status(),
        v.valueCents(),
        v.expiresOn(),
        expired,
        v.book().id(),
        v.book().funder(),
        v.issuedOn().orElse(null),
        plan.map(SupportPlan::id).orElse(null),
        plan.map(SupportPlan::requestReference).orElse(null),
        v.redeemedOn().orElse(null),
        v.redeemedAt().map(SupportPlace::id).orElse(null),
        v.redeemedAt().map(SupportPlace::name).orElse(null),
        actions,
        v.version());
  }
}
