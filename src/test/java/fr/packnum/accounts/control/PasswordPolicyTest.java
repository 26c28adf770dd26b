package fr.packnum.accounts.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void refusesElevenCharactersAndNamesTheField() {
    assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "elevenchars", "marie"))
        .isInstanceOfSatisfying(
            PasswordTooWeak.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.fieldKeys().get(0).field())
                    .isEqualTo("newPassword"));
  }

  @Test
  void acceptsTwelveCharactersHardToGuess() {
    assertThatCode(() -> PasswordPolicy.check("password", "Vx7#qp2Lm9zR", "marie"))
        .doesNotThrowAnyException();
    assertThatCode(() -> PasswordPolicy.check("password", "Une phrase de passe solide", "marie"))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesPasswordsOfTheHundredThousandMostCommonAndTheirVariants() {
    for (String common :
        java.util.List.of(
            "iloveyou1234",
            "Passw0rd!Passw0rd!",
            "correcthorsebatterystaple",
            "marseille2024!",
            "abcdefghijkl",
            "Motdepasse2026",
            "PackNum-2026!",
            "twelve chars")) {
      assertThatThrownBy(() -> PasswordPolicy.check("password", common, "marie"))
          .as(common)
          .isInstanceOf(PasswordTooWeak.class);
    }
  }

  @Test
  void countsCharactersNotBytes() {
    assertThatCode(() -> PasswordPolicy.check("password", "éèàùâêîôûçœæ", "marie"))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesPasswordsContainingTheUsernameOrCommonOnes() {
    assertThatThrownBy(() -> PasswordPolicy.check("password", "xx-marie.dupont-xx", "marie.dupont"))
        .isInstanceOf(PasswordTooWeak.class);
    assertThatThrownBy(() -> PasswordPolicy.check("password", "Azertyuiop12", "marie"))
        .isInstanceOf(PasswordTooWeak.class);
  }

  @Test
  void refusesMoreThan128Characters() {
    assertThatThrownBy(() -> PasswordPolicy.check("password", "x".repeat(129), "marie"))
        .isInstanceOf(PasswordTooWeak.class);
  }
}
