package fr.packnum.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

  @Test
  void hashesWithPbkdf2Sha512And210000IterationsInJakartaSecurityFormat() {
    String hash = PasswordHashing.hash("Un mot de passe assez long".toCharArray());
    String[] parts = hash.split(":");
    assertThat(parts).hasSize(4);
    assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA512");
    assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(210_000);
    assertThat(java.util.Base64.getDecoder().decode(parts[2])).hasSize(32);
    assertThat(java.util.Base64.getDecoder().decode(parts[3])).hasSize(64);
  }

  @Test
  void verifiesTheRightPasswordOnlyAndSaltsEachHash() {
    String first = PasswordHashing.hash("Correct horse battery".toCharArray());
    String second = PasswordHashing.hash("Correct horse battery".toCharArray());
    assertThat(first).isNotEqualTo(second);
    assertThat(PasswordHashing.verify("Correct horse battery".toCharArray(), first)).isTrue();
    assertThat(PasswordHashing.verify("Correct horse batterY".toCharArray(), first)).isFalse();
  }

  @Test
  void readsTheIterationCountFromTheStoredHash() {
    String stored = PasswordHashing.hash("Correct horse battery".toCharArray());
    String tampered = stored.replace(":210000:", ":209999:");
    assertThat(PasswordHashing.verify("Correct horse battery".toCharArray(), tampered)).isFalse();
  }

  @Test
  void malformedHashesNeverMatch() {
    assertThat(PasswordHashing.verify("x".toCharArray(), null)).isFalse();
    assertThat(PasswordHashing.verify("x".toCharArray(), "plain")).isFalse();
    assertThat(PasswordHashing.verify("x".toCharArray(), "PBKDF2WithHmacSHA512:abc:zz:zz"))
        .isFalse();
  }
}
