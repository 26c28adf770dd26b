package fr.packnum.connectivity.boundary;

import fr.packnum.accounts.entity.Role;
import fr.packnum.connectivity.control.OfferRanking;
import fr.packnum.connectivity.entity.Offer;
import fr.packnum.platform.control.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The offers a household may take, cheapest first over the horizon, and those left out with each
 * reason in French and English. Names the household by its reference and commune only.
 */
public record HouseholdOffersView(
    long householdId,
    String householdReference,
    String commune,
    String communeName,
    String departement,
    Integer budgetCents,
    LocalDate on,
    int horizonMonths,
    List<RankedView> offers,
    List<ExcludedView> excluded) {

  public record Text(String fr, String en) {
    static Text of(String key, List<Object> args) {
      Object[] values = args.toArray();
      return new Text(
          Messages.text(Messages.FRENCH, key, values),
          Messages.text(Messages.ENGLISH, key, values));
    }
  }

  public record RankedView(
      int rank, OfferView offer, long costOverHorizonCents, int dearestMonthCents) {}

  public record ReasonView(OfferRanking.Reason reason, Text explanation) {}

  public record ExcludedView(OfferView offer, List<ReasonView> reasons) {}

  record Subject(
      long householdId,
      String reference,
      String commune,
      String communeName,
      String departement,
      Integer budgetCents,
      LocalDate on,
      int horizonMonths) {}

  static HouseholdOffersView of(
      Subject subject, OfferRanking.Ranking ranking, Map<Long, Offer> offers, Role role) {
    List<OfferRanking.Ranked> ranked = ranking.offers();
    return new HouseholdOffersView(
        subject.householdId(),
        subject.reference(),
        subject.commune(),
        subject.communeName(),
        subject.departement(),
        subject.budgetCents(),
        subject.on(),
        subject.horizonMonths(),
        IntStream.range(0, ranked.size())
            .mapToObj(
                i ->
                    new RankedView(
                        i + 1,
                        OfferView.of(offers.get(ranked.get(i).offer().id()), role),
                        ranked.get(i).costOverHorizonCents(),
                        ranked.get(i).dearestMonthCents()))
            .toList(),
        ranking.excluded().stream()
            .map(
                e ->
                    new ExcludedView(
                        OfferView.of(offers.get(e.offer().id()), role),
                        e.exclusions().stream()
                            .map(x -> new ReasonView(x.reason(), Text.of(x.key(), x.args())))
                            .toList()))
            .toList());
  }
}
