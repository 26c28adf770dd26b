package fr.packnum.households.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferencesTest {

  @Test
  void referencesAreReadableOnThePhoneAndSayWhatTheyName() {
    assertThat(References.household(reference -> false))
        .matches("F-[34679ACDEFGHJKMNPQRTUVWXY]{6}");
    assertThat(References.request(reference -> false)).matches("P-[34679ACDEFGHJKMNPQRTUVWXY]{6}");
    assertThat(References.ALPHABET)
        .doesNotContain("0", "O", "1", "I", "L", "2", "Z", "5", "S", "8", "B");
  }

  @Test
  void aReferenceAlreadyTakenIsNeverGiven() {
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < 3; i++) {
      taken.add(References.household(reference -> false));
    }
    int[] tries = {0};
    String given = References.household(reference -> tries[0]++ < 3 || taken.contains(reference));
    assertThat(tries[0]).isGreaterThanOrEqualTo(4);
    assertThat(taken).doesNotContain(given);
  }

  @Test
  void referencesAreNotSequentialAndRarelyCollide() {
    Random seeded = new Random(42);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      seen.add(References.next('F', seeded));
    }
    assertThat(seen).hasSizeGreaterThan(99_950);
  }
}
