package fr.packnum.connectivity.boundary;

import fr.packnum.connectivity.entity.Subscription;
import fr.packnum.connectivity.entity.SubscriptionStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** A household's internet line as the request page shows it, with what may be done next. */
public record SubscriptionView(
    long id,
    long requestId,
    String requestReference,
    long offerId,
    String operator,
    String offerName,
    SubscriptionStatus status,
    LocalDate requestedOn,
    LocalDate activeFrom,
    LocalDate promotionEndsOn,
    LocalDate endedOn,
    String refusalReason,
    boolean unpaid,
    LocalDate unpaidSince,
    String helpedBy,
    Set<Action> actions,
    long version) {

  /** The steps the line's status allows. */
  public enum Action {
    ACTIVATE,
    REFUSE,
    END,
    REPORT_UNPAID,
    PAID_AGAIN
  }

  static SubscriptionView of(Subscription s) {
    Set<Action> actions = EnumSet.noneOf(Action.class);
    if (s.status() == SubscriptionStatus.REQUESTED) {
      actions.add(Action.ACTIVATE);
      actions.add(Action.REFUSE);
    } else if (s.status() == SubscriptionStatus.ACTIVE) {
      actions.add(Action.END);
      actions.add(s.unpaid() ? Action.PAID_AGAIN : Action.REPORT_UNPAID);
    }
    return new SubscriptionView(
        s.id(),
        s.request().id(),
        s.requestReference(),
        s.offer().id(),
        s.offer().terms().operator(),
        s.offer().terms().name(),
        s.status(),
        s.requestedOn(),
        s.activeFrom().orElse(null),
        s.promotionEndsOn().orElse(null),
        s.endedOn().orElse(null),
        s.refusalReason().orElse(null),
        s.unpaid(),
        s.unpaidSince().orElse(null),
        s.helpedBy().name(),
        actions,
        s.version());
  }
}
