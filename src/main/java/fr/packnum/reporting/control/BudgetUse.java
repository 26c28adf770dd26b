package fr.packnum.reporting.control;

import fr.packnum.reporting.entity.FundedItem;
import fr.packnum.reporting.entity.VatMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * How much of a convention's budget its figures so far have used: the amount of each funded item
 * (quantity × unit price), the total due as the statement's billing sheet computes it (VAT added to
 * prices before VAT, rounded to the cent as an invoice is) and its share of the budget cap.
 *
 * @param amountCents the sum of the lines, in the convention's prices (before VAT, or including it)
 * @param dueCents what the partner owes: with the VAT when prices are before VAT
 * @param usedPercent due ÷ cap in percent, one decimal; null without a cap
 */
public record BudgetUse(long amountCents, long dueCents, Long capCents, BigDecimal usedPercent) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The use of {@code capCents} by {@code quantities} at {@code unitPricesCents}. */
  public static BudgetUse of(
      Map<FundedItem, Long> unitPricesCents,
      Map<FundedItem, BigDecimal> quantities,
      VatMode vatMode,
      Long capCents) {
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<FundedItem, Long> price : unitPricesCents.entrySet()) {
      total = total.add(amount(quantities.get(price.getKey()), price.getValue()));
    }
    BigDecimal euros = total.movePointLeft(2);
    BigDecimal due =
        vatMode == VatMode.EXCLUDED
            ? euros.add(euros.multiply(VatMode.RATE).setScale(2, RoundingMode.HALF_UP))
            : euros;
    long dueCents = due.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    BigDecimal used =
        capCents == null || capCents == 0
            ? null
            : BigDecimal.valueOf(dueCents)
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(capCents), 1, RoundingMode.HALF_UP);
    return new BudgetUse(
        total.setScale(0, RoundingMode.HALF_UP).longValueExact(), dueCents, capCents, used);
  }

  /** A line's amount in cents, unrounded (hours of support are fractional). */
  public static BigDecimal amount(BigDecimal quantity, long unitPriceCents) {
    return (quantity == null ? BigDecimal.ZERO : quantity)
        .multiply(BigDecimal.valueOf(unitPriceCents));
  }
}
