package fr.packnum.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.workshop.entity.DeviceStatus;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BoardTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void everyStatusHasAColumnAndAnEmptyOneHasNoOldest() {
    Board board = Board.of(Map.of(), NOW);
    assertThat(board.columns()).containsOnlyKeys(DeviceStatus.values());
    assertThat(board.columns().values()).allMatch(c -> c.count() == 0 && c.oldestDays() == null);
  }

  @Test
  void aColumnCountsItsDevicesAndTheWholeDaysTheOldestHasWaited() {
    Board board =
        Board.of(
            Map.of(
                DeviceStatus.values()[0],
                new DeviceStore.StatusCount(4, Instant.parse("2026-11-28T10:00:01Z")),
                DeviceStatus.values()[1],
                new DeviceStore.StatusCount(1, Instant.parse("2026-11-28T10:00:00Z"))),
            NOW);
    assertThat(board.columns().get(DeviceStatus.values()[0])).isEqualTo(new Board.Column(4, 2L));
    assertThat(board.columns().get(DeviceStatus.values()[1])).isEqualTo(new Board.Column(1, 3L));
  }

  @Test
  void aDeviceArrivedTodayHasWaitedNoDayEvenWithAClockSlightlyBehind() {
    Board board =
        Board.of(
            Map.of(DeviceStatus.values()[0], new DeviceStore.StatusCount(1, NOW.plusSeconds(2))),
            NOW);
    assertThat(board.columns().get(DeviceStatus.values()[0]).oldestDays()).isZero();
  }
}
