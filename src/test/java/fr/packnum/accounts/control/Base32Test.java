package fr.packnum.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Base32Test {

  @Test
  void encodesTheRfc4648Vectors() {
    assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    assertThat(Base32.encode("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
  }

  @Test
  void decodesWhatPeopleTypeWithSpacesDashesAndLowerCase() {
    assertThat(new String(Base32.decode("mzxw 6ytb-oi=="), StandardCharsets.US_ASCII))
        .isEqualTo("foobar");
  }

  @Test
  void refusesCharactersOutsideTheAlphabet() {
    assertThatThrownBy(() -> Base32.decode("MZXW1")).isInstanceOf(IllegalArgumentException.class);
  }
}
