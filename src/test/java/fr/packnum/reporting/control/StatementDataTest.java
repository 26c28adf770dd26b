package fr.packnum.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.reporting.entity.Convention;
import fr.packnum.reporting.entity.FundedItem;
import fr.packnum.reporting.entity.TerritoryKind;
import fr.packnum.reporting.entity.VatMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The covered packs' WHERE clause, composed of its parts, each with its own parameters. */
class StatementDataTest {

  static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  static final LocalDate TO = LocalDate.of(2026, 3, 31);

  private static Convention.Terms terms(Set<Long> structures, boolean qpvOnly) {
    return terms(
        structures,
        Set.of(
            new Convention.Territory(TerritoryKind.COMMUNE, "35238"),
            new Convention.Territory(TerritoryKind.DEPARTEMENT, "93")),
        qpvOnly);
  }

  private static Convention.Terms terms(
      Set<Long> structures, Set<Convention.Territory> territories, boolean qpvOnly) {
    return new Convention.Terms(
        "Test",
        FROM,
        TO,
        structures,
        territories,
        qpvOnly,
        VatMode.EXEMPT,
        Map.of(FundedItem.PACK_DELIVERED, 15_000L),
        null);
  }

  @Test
  void theCoverageOfAPeriodIsTheHandOversOfThePeriodInTheScopeWithTheirParametersInOrder() {
    StatementData.Coverage coverage =
        StatementData.Coverage.of(terms(Set.of(12L, 3L), true), FROM, TO);
    assertThat(coverage.where())
        .isEqualTo(
            " ho.status = 'DONE' AND ho.done_at >= ? AND ho.done_at < ?"
                + " AND r.structure_id IN (?, ?) AND (h.insee_code IN (?)"
                + " OR SUBSTR(h.insee_code, 1, 2) IN (?) OR SUBSTR(h.insee_code, 1, 3) IN (?))"
                + " AND h.in_qpv = 1");
    assertThat(coverage.parameters())
        .containsExactly(
            StatementData.utc(FROM),
            StatementData.utc(TO.plusDays(1)),
            3L,
            12L,
            "35238",
            "93",
            "93");
  }

  @Test
  void atAnyTimeThePeriodAndItsParametersAreLeftOutAndNothingElse() {
    StatementData.Clause anyTime =
        StatementData.Coverage.of(terms(Set.of(12L, 3L), false), FROM, TO).anyTime();
    assertThat(anyTime.sql())
        .isEqualTo(
            "ho.status = 'DONE' AND r.structure_id IN (?, ?) AND (h.insee_code IN (?)"
                + " OR SUBSTR(h.insee_code, 1, 2) IN (?) OR SUBSTR(h.insee_code, 1, 3) IN (?))");
    assertThat(anyTime.parameters()).containsExactly(3L, 12L, "35238", "93", "93");
    assertThat(
            StatementData.Coverage.of(terms(Set.of(), Set.of(), false), FROM, TO).anyTime().sql())
        .as("a national convention")
        .isEqualTo("ho.status = 'DONE'");
  }
}
