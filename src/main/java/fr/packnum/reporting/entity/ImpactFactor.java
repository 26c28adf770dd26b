package fr.packnum.reporting.entity;

import fr.packnum.workshop.entity.DeviceType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the impact report counts for one device type: the manufacturing footprint of a new one, the
 * typical weight of one, the share of that footprint a reuse avoids, and where those figures come
 * from. Seeded by the migration with ADEME/Arcep and ADEME 2022 figures; coordinators edit them.
 */
@Entity
@Table(name = "reporting_impact_factors")
public class ImpactFactor {

  public static final int SOURCE_LENGTH = 1000;

  /** The figures, checked when built: every out-of-bounds field is named at once. */
  public record Terms(
      BigDecimal manufacturingKgCo2e,
      BigDecimal typicalWeightKg,
      BigDecimal avoidedShare,
      String source,
      int sourceYear) {

    public Terms {
      source = source == null ? "" : source.strip();
      List<String> wrong = new ArrayList<>();
      if (!within(manufacturingKgCo2e, 2, "999999.99")) {
        wrong.add("manufacturingKgCo2e");
      }
      if (!within(typicalWeightKg, 2, "9999.99")) {
        wrong.add("typicalWeightKg");
      }
      if (!within(avoidedShare, 4, "1")) {
        wrong.add("avoidedShare");
      }
      if (source.isEmpty() || source.length() > SOURCE_LENGTH) {
        wrong.add("source");
      }
      // A study of the 1990s would not describe today's devices; a year ahead is a typo.
      if (sourceYear < 1990 || sourceYear > 2100) {
        wrong.add("sourceYear");
      }
      if (!wrong.isEmpty()) {
        throw new ImpactFactorInvalid(wrong);
      }
    }

    /** Zero or more, at most {@code max}, with no more decimals than the column keeps. */
    private static boolean within(BigDecimal value, int scale, String max) {
      return value != null
          && value.signum() >= 0
          && value.compareTo(new BigDecimal(max)) <= 0
          && value.stripTrailingZeros().scale() <= scale;
    }
  }

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "device_type", length = 20, updatable = false)
  private DeviceType deviceType;

  @Column(name = "manufacturing_kg_co2e", nullable = false, precision = 8, scale = 2)
  private BigDecimal manufacturingKgCo2e;

  @Column(name = "typical_weight_kg", nullable = false, precision = 6, scale = 2)
  private BigDecimal typicalWeightKg;

  @Column(name = "avoided_share", nullable = false, precision = 5, scale = 4)
  private BigDecimal avoidedShare;

  @Column(name = "source", nullable = false, length = SOURCE_LENGTH)
  private String source;

  @Column(name = "source_year", nullable = false)
  private int sourceYear;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ImpactFactor() {}

  public ImpactFactor(DeviceType deviceType, Terms terms) {
    this.deviceType = Objects.requireNonNull(deviceType);
    change(terms);
  }

  /** New figures, e.g. from a newer study; the report of any period then uses them. */
  public void change(Terms terms) {
    this.manufacturingKgCo2e = terms.manufacturingKgCo2e();
    this.typicalWeightKg = terms.typicalWeightKg();
    this.avoidedShare = terms.avoidedShare();
    this.source = terms.source();
    this.sourceYear = terms.sourceYear();
  }

  public Terms terms() {
    return new Terms(manufacturingKgCo2e, typicalWeightKg, avoidedShare, source, sourceYear);
  }

  public DeviceType deviceType() {
    return deviceType;
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImpactFactor that && deviceType == that.deviceType;
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(deviceType);
  }
}
