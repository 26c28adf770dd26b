package fr.packnum.connectivity.boundary;

import fr.packnum.accounts.entity.Role;
import fr.packnum.connectivity.entity.Offer;
import fr.packnum.connectivity.entity.OfferKind;
import fr.packnum.connectivity.entity.OfferTerms;
import fr.packnum.households.entity.Situation;
import fr.packnum.territory.boundary.Territory;
import fr.packnum.territory.entity.InseeCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An offer as the catalogue shows it: prices in cents, what it costs over a year, its conditions
 * and coverage (communes named), and what the caller may do with it.
 */
public record OfferView(
    long id,
    String operator,
    String name,
    OfferKind kind,
    int monthlyPriceCents,
    Integer priceAfterPromotionCents,
    int promotionalMonths,
    int commitmentMonths,
    int setupFeeCents,
    long costOverYearCents,
    Set<Situation> eligibleSituations,
    BigDecimal maxQuotientFamilial,
    boolean openToAll,
    boolean national,
    Set<String> departements,
    List<Place> communes,
    String howToSubscribe,
    LocalDate validFrom,
    LocalDate validTo,
    boolean active,
    long version,
    Set<Action> actions) {

  /** What a caller may do with an offer. */
  public enum Action {
    EDIT,
    DEACTIVATE,
    ACTIVATE
  }

  /** A commune by its INSEE code and name. */
  public record Place(String code, String name) {}

  static OfferView of(Offer offer, Role role) {
    OfferTerms terms = offer.terms();
    Set<Action> actions = EnumSet.noneOf(Action.class);
    if (role == Role.COORDINATOR) {
      actions.add(Action.EDIT);
      actions.add(offer.isActive() ? Action.DEACTIVATE : Action.ACTIVATE);
    }
    return new OfferView(
        offer.id(),
        terms.operator(),
        terms.name(),
        terms.kind(),
        terms.monthlyPriceCents(),
        terms.priceAfterPromotionCents(),
        terms.promotionalMonths(),
        terms.commitmentMonths(),
        terms.setupFeeCents(),
        terms.costOverHorizonCents(),
        terms.eligibleSituations(),
        terms.maxQuotientFamilial(),
        terms.openToAll(),
        terms.national(),
        terms.departements(),
        terms.communes().stream()
            .map(code -> new Place(code, Territory.communeName(new InseeCode(code))))
            .toList(),
        terms.howToSubscribe(),
        terms.validFrom(),
        terms.validTo(),
        offer.isActive(),
        offer.version(),
        actions);
  }
}
