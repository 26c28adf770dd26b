package fr.packnum.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {

  private final UtcInstantConverter converter = new UtcInstantConverter();

  @Test
  void storesTheUtcWallClockWhateverTheServersZone() {
    TimeZone original = TimeZone.getDefault();
    try {
      Instant instant =
          Instant.parse("2026-03-29T01:30:00Z"); // the night Paris moves to summer time
      TimeZone.setDefault(TimeZone.getTimeZone("Europe/Paris"));
      var stored = converter.convertToDatabaseColumn(instant);
      String column = stored.toString(); // the wall-clock value JDBC writes in this zone
      assertThat(column).startsWith("2026-03-29 01:30:00");
      // Another instance, in another zone, reads the same wall-clock value from the column.
      TimeZone.setDefault(TimeZone.getTimeZone("America/Cayenne"));
      var read = java.sql.Timestamp.valueOf(column);
      assertThat(converter.convertToEntityAttribute(read)).isEqualTo(instant);
    } finally {
      TimeZone.setDefault(original);
    }
  }

  @Test
  void nullStaysNull() {
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
    assertThat(converter.convertToEntityAttribute(null)).isNull();
  }
}
