package fr.packnum.reporting.entity;

import fr.packnum.accounts.entity.Structure;
import fr.packnum.platform.entity.FlagConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A funding agreement between a partner (Emmaüs Connect, a city, a département, a foundation) and
 * the pack programme: for a period, the packs of some referring structures and territories (or of
 * the QPV only), what the partner pays per unit and up to which budget. A partner sees what its
 * conventions cover, and nothing else.
 */
@Entity
@Table(name = "reporting_conventions")
public class Convention {

  public static final int NAME_LENGTH = 200;

  /** A territory a convention covers. */
  @Embeddable
  public static class Territory {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private TerritoryKind kind;

    @Column(name = "code", nullable = false, length = 5)
    private String code;

    protected Territory() {}

    public Territory(TerritoryKind kind, String code) {
      this.kind = Objects.requireNonNull(kind);
      this.code = Objects.requireNonNull(code);
    }

    public TerritoryKind kind() {
      return kind;
    }

    public String code() {
      return code;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Territory that && kind == that.kind && code.equals(that.code);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, code);
    }
  }

  /** What the convention says; checked when built. */
  public record Terms(
      String name,
      LocalDate startsOn,
      LocalDate endsOn,
      Set<Long> structureIds,
      Set<Territory> territories,
      boolean qpvOnly,
      VatMode vatMode,
      Map<FundedItem, Long> unitPricesCents,
      Long budgetCapCents) {

    public Terms {
      name = name == null ? "" : name.strip();
      if (name.isEmpty() || name.length() > NAME_LENGTH) {
        throw new ConventionInvalid("name");
      }
      if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
        throw new ConventionInvalid("endsOn");
      }
      structureIds = Set.copyOf(structureIds == null ? Set.of() : structureIds);
      territories = Set.copyOf(territories == null ? Set.of() : territories);
      Objects.requireNonNull(vatMode);
      unitPricesCents = Map.copyOf(unitPricesCents == null ? Map.of() : unitPricesCents);
      if (unitPricesCents.isEmpty() || unitPricesCents.values().stream().anyMatch(p -> p < 0)) {
        throw new ConventionInvalid("unitPricesCents");
      }
      if (budgetCapCents != null && budgetCapCents <= 0) {
        throw new ConventionInvalid("budgetCapCents");
      }
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "partner_structure_id", nullable = false, updatable = false)
  private Structure partner;

  @Column(name = "name", nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "reporting_convention_structures",
      joinColumns = @JoinColumn(name = "convention_id"))
  @Column(name = "structure_id")
  private Set<Long> structureIds = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "reporting_convention_territories",
      joinColumns = @JoinColumn(name = "convention_id"))
  private Set<Territory> territories = new HashSet<>();

  @Convert(converter = FlagConverter.class)
  @Column(name = "qpv_only", nullable = false)
  private boolean qpvOnly;

  @Enumerated(EnumType.STRING)
  @Column(name = "vat_mode", nullable = false, length = 10)
  private VatMode vatMode;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "reporting_convention_prices",
      joinColumns = @JoinColumn(name = "convention_id"))
  @MapKeyColumn(name = "item", length = 30)
  @MapKeyEnumerated(EnumType.STRING)
  @Column(name = "unit_price_cents", nullable = false)
  private Map<FundedItem, Long> unitPricesCents = new EnumMap<>(FundedItem.class);

  @Column(name = "budget_cap_cents")
  private Long budgetCapCents;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Convention() {}

  /** A convention of {@code partner}, a structure of kind PARTNER. */
  public Convention(Structure partner, Terms terms, Instant now) {
    if (!partner.kind().equals(fr.packnum.accounts.entity.StructureKind.PARTNER)) {
      throw new ConventionInvalid("partnerStructureId");
    }
    this.partner = partner;
    this.createdAt = Objects.requireNonNull(now);
    apply(terms);
  }

  public void change(Terms terms) {
    apply(terms);
  }

  private void apply(Terms terms) {
    this.name = terms.name();
    this.startsOn = terms.startsOn();
    this.endsOn = terms.endsOn();
    this.structureIds.clear();
    this.structureIds.addAll(terms.structureIds());
    this.territories.clear();
    this.territories.addAll(terms.territories());
    this.qpvOnly = terms.qpvOnly();
    this.vatMode = terms.vatMode();
    this.unitPricesCents.clear();
    this.unitPricesCents.putAll(terms.unitPricesCents());
    this.budgetCapCents = terms.budgetCapCents();
  }

  public Terms terms() {
    return new Terms(
        name,
        startsOn,
        endsOn,
        structureIds,
        territories,
        qpvOnly,
        vatMode,
        unitPricesCents,
        budgetCapCents);
  }

  /**
   * Whether a pack referred by {@code structureId}, for a household of commune {@code inseeCode}
   * (in département {@code departement}), in a QPV or not, is covered.
   */
  public boolean covers(long structureId, String inseeCode, String departement, boolean inQpv) {
    return (structureIds.isEmpty() || structureIds.contains(structureId))
        && (territories.isEmpty()
            || territories.contains(new Territory(TerritoryKind.COMMUNE, inseeCode))
            || territories.contains(new Territory(TerritoryKind.DEPARTEMENT, departement)))
        && (!qpvOnly || inQpv);
  }

  /** The part of {@code from}–{@code to} inside the convention's period, if any. */
  public Optional<LocalDate[]> clip(LocalDate from, LocalDate to) {
    LocalDate start = from.isBefore(startsOn) ? startsOn : from;
    LocalDate end = to.isAfter(endsOn) ? endsOn : to;
    return end.isBefore(start) ? Optional.empty() : Optional.of(new LocalDate[] {start, end});
  }

  public boolean belongsTo(long partnerStructureId) {
    return partner.id() == partnerStructureId;
  }

  public Long id() {
    return id;
  }

  public Structure partner() {
    return partner;
  }

  public String name() {
    return name;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public VatMode vatMode() {
    return vatMode;
  }

  public Optional<Long> budgetCapCents() {
    return Optional.ofNullable(budgetCapCents);
  }

  public Map<FundedItem, Long> unitPricesCents() {
    return Map.copyOf(unitPricesCents);
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Convention that && id != null && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
