package fr.packnum.reporting.boundary;

import fr.packnum.reporting.entity.Convention;
import fr.packnum.reporting.entity.FundedItem;
import fr.packnum.reporting.entity.TerritoryKind;
import fr.packnum.reporting.entity.VatMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A convention as its partner and the coordination read it. */
public record ConventionView(
    long id,
    long partnerStructureId,
    String partner,
    String name,
    LocalDate startsOn,
    LocalDate endsOn,
    List<Long> structureIds,
    List<TerritoryView> territories,
    boolean qpvOnly,
    VatMode vatMode,
    Map<FundedItem, Long> unitPricesCents,
    Long budgetCapCents,
    long version) {

  /** A commune (INSEE code) or a département, with its name. */
  public record TerritoryView(TerritoryKind kind, String code, String name) {}

  static ConventionView of(Convention c) {
    Convention.Terms terms = c.terms();
    return new ConventionView(
        c.id(),
        c.partner().id(),
        c.partner().name(),
        c.name(),
        c.startsOn(),
        c.endsOn(),
        terms.structureIds().stream().sorted().toList(),
        terms.territories().stream()
            .sorted(Comparator.comparing(Convention.Territory::kind).thenComparing(t -> t.code()))
            .map(t -> new TerritoryView(t.kind(), t.code(), name(t)))
            .toList(),
        terms.qpvOnly(),
        c.vatMode(),
        new TreeMap<>(c.unitPricesCents()),
        c.budgetCapCents().orElse(null),
        c.version());
  }

  private static String name(Convention.Territory territory) {
    return territory.kind() == TerritoryKind.COMMUNE
        ? fr.packnum.territory.boundary.Territory.communeName(
            new fr.packnum.territory.entity.InseeCode(territory.code()))
        : fr.packnum.territory.boundary.Territory.departementName(territory.code());
  }
}
