package fr.packnum.territory.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InseeCodeTest {

  @Test
  void accepts_mainland_overseas_and_corsican_codes_and_prints_as_its_value() {
    assertThat(new InseeCode("93048").value()).isEqualTo("93048");
    assertThat(new InseeCode("97411")).hasToString("97411");
    assertThat(new InseeCode("2A004").value()).isEqualTo("2A004");
    assertThat(new InseeCode("2B033").value()).isEqualTo("2B033");
  }

  @Test
  void refuses_anything_but_five_characters_of_a_commune_code() {
    for (String bad : new String[] {null, "", "9304", "930481", "2C004", "A3048", " 93048"}) {
      assertThatThrownBy(() -> new InseeCode(bad))
          .as(String.valueOf(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Not an INSEE commune code");
    }
  }
}
