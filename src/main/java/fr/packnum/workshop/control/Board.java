package fr.packnum.workshop.control;

import fr.packnum.workshop.entity.DeviceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The workshop board: for every status (an empty one included), how many devices are in it and how
 * many whole days the one longest in it has waited.
 */
public record Board(Map<DeviceStatus, Column> columns) {

  /** One status: its devices and the days the oldest has waited ({@code null} when empty). */
  public record Column(long count, Long oldestDays) {
    public static final Column EMPTY = new Column(0, null);
  }

  public Board {
    columns = Collections.unmodifiableMap(new EnumMap<>(columns));
  }

  /** The board of {@code counts} (the store's per-status figures) as seen at {@code now}. */
  public static Board of(Map<DeviceStatus, DeviceStore.StatusCount> counts, Instant now) {
    Map<DeviceStatus, Column> columns = new EnumMap<>(DeviceStatus.class);
    for (DeviceStatus status : DeviceStatus.values()) {
      DeviceStore.StatusCount count = counts.get(status);
      columns.put(
          status,
          count == null || count.count() == 0
              ? Column.EMPTY
              : new Column(
                  count.count(), Math.max(0, Duration.between(count.oldestSince(), now).toDays())));
    }
    return new Board(columns);
  }
}
