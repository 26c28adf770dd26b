package fr.packnum.reporting.control;

import fr.packnum.reporting.entity.VatMode;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of what the partner owes: what is funded (packs delivered, devices refurbished, hours of
 * support, months of connection, vouchers), how many and the convention's unit price in euro cents
 * (before or including VAT as the convention's {@link VatMode} says).
 */
public record BillingLine(String item, BigDecimal quantity, long unitPriceCents) {

  public BillingLine {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(quantity, "quantity");
  }
}
