package fr.packnum.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlagConverterTest {

  private final FlagConverter converter = new FlagConverter();

  @Test
  void stores_yes_as_one_no_as_zero_and_nothing_as_null() {
    assertThat(converter.convertToDatabaseColumn(true)).isEqualTo(1);
    assertThat(converter.convertToDatabaseColumn(false)).isEqualTo(0);
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
  }

  @Test
  void reads_any_non_zero_as_yes() {
    assertThat(converter.convertToEntityAttribute(1)).isTrue();
    assertThat(converter.convertToEntityAttribute(2)).isTrue();
    assertThat(converter.convertToEntityAttribute(0)).isFalse();
    assertThat(converter.convertToEntityAttribute(null)).isNull();
  }
}
