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
  void acceptsTwelveCharacters() {
    assertThatCode(() -> PasswordPolicy.check("password", "twelve chars", "marie"))
        .doesNotThrowAnyException();
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
