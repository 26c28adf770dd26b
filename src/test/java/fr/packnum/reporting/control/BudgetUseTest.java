package fr.packnum.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.reporting.entity.FundedItem;
import fr.packnum.reporting.entity.VatMode;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetUseTest {

  private static final Map<FundedItem, Long> PRICES =
      Map.of(FundedItem.PACK_DELIVERED, 15_000L, FundedItem.SUPPORT_HOUR, 3_333L);
  private static final Map<FundedItem, BigDecimal> QUANTITIES =
      Map.of(
          FundedItem.PACK_DELIVERED,
          BigDecimal.valueOf(3),
          FundedItem.SUPPORT_HOUR,
          new BigDecimal("1.50"),
          FundedItem.VOUCHER,
          BigDecimal.TEN);

  @Test
  void pricesBeforeVatOweTheVatRoundedToTheCentOnTopAsTheBillingSheetDoes() {
    BudgetUse use = BudgetUse.of(PRICES, QUANTITIES, VatMode.EXCLUDED, 100_000L);

    assertThat(use.amountCents()).as("3 × 150 € + 1,5 h × 33,33 €").isEqualTo(50_000L);
    assertThat(use.dueCents()).as("499,995 € + 100,00 € VAT").isEqualTo(60_000L);
    assertThat(use.usedPercent()).isEqualByComparingTo("60.0");
  }

  @Test
  void exemptOrVatIncludedPricesOweTheirSumAndAnUnfundedItemCountsForNothing() {
    assertThat(BudgetUse.of(PRICES, QUANTITIES, VatMode.EXEMPT, 200_000L).dueCents())
        .isEqualTo(50_000L);
    BudgetUse included = BudgetUse.of(PRICES, QUANTITIES, VatMode.INCLUDED, 200_000L);
    assertThat(included.dueCents()).isEqualTo(50_000L);
    assertThat(included.usedPercent()).isEqualByComparingTo("25.0");
  }

  @Test
  void withoutACapNoShareIsUsed() {
    assertThat(BudgetUse.of(PRICES, Map.of(), VatMode.EXEMPT, null).usedPercent()).isNull();
  }
}
