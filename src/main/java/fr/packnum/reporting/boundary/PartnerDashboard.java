package fr.packnum.reporting.boundary;

import fr.packnum.reporting.control.BudgetUse;
import fr.packnum.reporting.control.CoordinationFigures.MonthCount;
import fr.packnum.reporting.control.StatementData;
import fr.packnum.reporting.control.StatementFigures;
import fr.packnum.reporting.entity.Convention;
import fr.packnum.reporting.entity.FundedItem;
import fr.packnum.reporting.entity.VatMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A convention's figures from its start to {@code to} (today, or its end once over), as its
 * partner's dashboard shows them: packs, follow-up, what each funded item amounts to, the budget
 * used, and the packs per month and per département its charts draw. Counts and amounts only.
 */
public record PartnerDashboard(
    long conventionId,
    String convention,
    String partner,
    LocalDate startsOn,
    LocalDate endsOn,
    boolean started,
    LocalDate to,
    long packsDelivered,
    long packsInQpv,
    BigDecimal supportHours,
    long vouchersIssued,
    long vouchersRedeemed,
    long stillConnectedAtM6,
    long followUpsClosed,
    List<Line> lines,
    VatMode vatMode,
    long amountCents,
    long dueCents,
    Long budgetCapCents,
    BigDecimal budgetUsedPercent,
    List<MonthCount> packsPerMonth,
    List<TerritoryCount> packsByTerritory) {

  /** A funded item: its quantity so far, its unit price and their product, in cents. */
  public record Line(FundedItem item, BigDecimal quantity, long unitPriceCents, long amountCents) {}

  /** Packs handed over in a territory (a département, by name). */
  public record TerritoryCount(String territory, long count) {}

  static PartnerDashboard notStarted(Convention c) {
    List<Line> lines = new ArrayList<>();
    for (FundedItem item : FundedItem.values()) {
      Long price = c.unitPricesCents().get(item);
      if (price != null) {
        lines.add(new Line(item, BigDecimal.ZERO, price, 0));
      }
    }
    return new PartnerDashboard(
        c.id(),
        c.name(),
        c.partner().name(),
        c.startsOn(),
        c.endsOn(),
        false,
        null,
        0,
        0,
        BigDecimal.ZERO,
        0,
        0,
        0,
        0,
        lines,
        c.vatMode(),
        0,
        0,
        c.budgetCapCents().orElse(null),
        c.budgetCapCents().isPresent() ? BigDecimal.ZERO : null,
        List.of(),
        List.of());
  }

  static PartnerDashboard of(
      Convention c, LocalDate to, StatementData.Totals totals, BudgetUse budget) {
    StatementFigures figures = totals.figures();
    List<Line> lines = new ArrayList<>();
    Map<FundedItem, Long> prices = c.unitPricesCents();
    for (FundedItem item : FundedItem.values()) {
      Long price = prices.get(item);
      if (price != null) {
        BigDecimal quantity = totals.quantities().getOrDefault(item, BigDecimal.ZERO);
        lines.add(
            new Line(
                item,
                quantity,
                price,
                BudgetUse.amount(quantity, price)
                    .setScale(0, RoundingMode.HALF_UP)
                    .longValueExact()));
      }
    }
    // every month of the period so far, a month without a pack included
    List<MonthCount> months = new ArrayList<>();
    for (YearMonth month = YearMonth.from(c.startsOn());
        !month.isAfter(YearMonth.from(to));
        month = month.plusMonths(1)) {
      months.add(new MonthCount(month.toString(), figures.packsPerMonth().getOrDefault(month, 0L)));
    }
    List<TerritoryCount> territories = new ArrayList<>();
    figures
        .packsByTerritory()
        .forEach((name, count) -> territories.add(new TerritoryCount(name, count)));
    return new PartnerDashboard(
        c.id(),
        c.name(),
        c.partner().name(),
        c.startsOn(),
        c.endsOn(),
        true,
        to,
        figures.packsDelivered(),
        figures.packsInQpv(),
        figures.supportHours(),
        figures.vouchersIssued(),
        figures.vouchersRedeemed(),
        figures.stillConnectedAtM6(),
        figures.followUpsClosed(),
        lines,
        c.vatMode(),
        budget.amountCents(),
        budget.dueCents(),
        budget.capCents(),
        budget.usedPercent(),
        months,
        territories);
  }
}
