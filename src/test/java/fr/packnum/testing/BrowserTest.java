package fr.packnum.testing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.platform.control.FrenchCalendar;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrowserTest {

  @ParameterizedTest
  @ValueSource(strings = {"2026-01-15", "2026-07-15", "2026-03-29", "2026-10-25"})
  void chromiumRunsOnAnotherDayThanFranceAtEveryMinuteOfTheFrenchDay(String day) {
    ZonedDateTime midnight = LocalDate.parse(day).atStartOfDay(FrenchCalendar.ZONE);
    IntStream.range(0, 24 * 60)
        .mapToObj(minute -> midnight.plusMinutes(minute).toInstant())
        .forEach(
            now ->
                assertThat(now.atZone(Browser.zoneOnAnotherDay(now)).toLocalDate())
                    .as("Chromium's day at %s", now)
                    .isNotEqualTo(now.atZone(FrenchCalendar.ZONE).toLocalDate()));
  }
}
