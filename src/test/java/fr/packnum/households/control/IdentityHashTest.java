package fr.packnum.households.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IdentityHashTest {

  static final IdentityHash HASH =
      new IdentityHash("a-test-key-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8));

  @Test
  void theSamePersonWrittenDifferentlyHasTheSameHash() {
    String reference = HASH.of("Awa Diallo", "06 12 34 56 78");
    assertThat(HASH.of("DIALLO  Awa", "+33 6 12 34 56 78")).isEqualTo(reference);
    assertThat(HASH.of("awa diallo", "06.12.34.56.78")).isEqualTo(reference);
    assertThat(HASH.of("Awa Dialló", "0033612345678")).isEqualTo(reference);
    assertThat(HASH.of("Awa-Diallo", "(0)6 12 34 56 78")).isEqualTo(reference);
  }

  @Test
  void anotherPersonOrAnotherNumberHasAnotherHash() {
    String reference = HASH.of("Awa Diallo", "06 12 34 56 78");
    assertThat(HASH.of("Awa Diallo", "06 12 34 56 79")).isNotEqualTo(reference);
    assertThat(HASH.of("Aya Diallo", "06 12 34 56 78")).isNotEqualTo(reference);
  }

  @Test
  void withoutTheKeyTheHashCannotBeRecomputed() {
    IdentityHash otherKey =
        new IdentityHash("another-key-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8));
    assertThat(otherKey.of("Awa Diallo", "06 12 34 56 78"))
        .isNotEqualTo(HASH.of("Awa Diallo", "06 12 34 56 78"));
    assertThat(HASH.of("Awa Diallo", "06 12 34 56 78")).hasSize(64).doesNotContain("Diallo");
  }

  @Test
  void aShortKeyIsRefused() {
    assertThatThrownBy(() -> new IdentityHash(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
