package fr.packnum.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The business gauges of {@code /metrics} (MicroProfile Metrics, application scope). Each component
 * registers its own figures, read from the database so that every instance of a cluster answers the
 * same; a component's figures come from one query, kept {@link #MAX_AGE} so that a scrape is not a
 * load.
 */
@ApplicationScoped
public class Gauges {

  /** How long one reading of a component's figures serves the gauges. */
  public static final Duration MAX_AGE = Duration.ofSeconds(5);

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry registry;

  @Inject Clock clock;

  /** One reading of {@code read}, shared by the gauges made from it for {@link #MAX_AGE}. */
  public <T> Snapshot<T> reading(Supplier<T> read) {
    return Snapshot.of(read, MAX_AGE, clock);
  }

  /**
   * Registers the gauge {@code name} (dotted; Prometheus writes {@code packnum_x_y} followed by the
   * unit), whose value is {@code figure} of {@code reading}.
   */
  public <T> void register(
      String name,
      String description,
      String unit,
      Snapshot<T> reading,
      Function<T, ? extends Number> figure,
      Tag... tags) {
    Metadata metadata =
        Metadata.builder().withName(name).withDescription(description).withUnit(unit).build();
    registry.gauge(metadata, () -> figure.apply(reading.get()), tags);
  }
}
