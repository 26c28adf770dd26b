package fr.packnum.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  @Test
  void frenchUnlessEnglishIsPreferred() {
    assertThat(Messages.localeFor(null)).isEqualTo(Messages.FRENCH);
    assertThat(Messages.localeFor("de-DE,de;q=0.9")).isEqualTo(Messages.FRENCH);
    assertThat(Messages.localeFor("en-GB,en;q=0.9,fr;q=0.5")).isEqualTo(Messages.ENGLISH);
    assertThat(Messages.localeFor("fr-FR,en;q=0.5")).isEqualTo(Messages.FRENCH);
    assertThat(Messages.localeFor("%%garbage")).isEqualTo(Messages.FRENCH);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"platform", "workshop", "households", "matching", "connectivity"})
  void everyProblemKeyHasATitleAndDetailInBothLanguages(String component) throws Exception {
    var french = new java.util.Properties();
    var english = new java.util.Properties();
    try (var fr =
            getClass().getResourceAsStream("/fr/packnum/" + component + "/messages.properties");
        var en =
            getClass()
                .getResourceAsStream("/fr/packnum/" + component + "/messages_en.properties")) {
      french.load(new java.io.InputStreamReader(fr, java.nio.charset.StandardCharsets.UTF_8));
      english.load(new java.io.InputStreamReader(en, java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(english.keySet()).isEqualTo(french.keySet());
    assertThat(
            french.stringPropertyNames().stream()
                .filter(k -> k.startsWith("problem.") && k.endsWith(".title")))
        .allSatisfy(k -> assertThat(french).containsKey(k.replace(".title", ".detail")));
  }

  @Test
  void validationProblemCountsFieldsInEachLanguage() {
    List<Problem.FieldError> errors = List.of(new Problem.FieldError("password", "x"));
    assertThat(Problems.of(Messages.FRENCH, 400, "validation", errors, 1).detail())
        .isEqualTo("Un champ est invalide.");
    assertThat(Problems.of(Messages.ENGLISH, 400, "validation", errors, 2).detail())
        .isEqualTo("2 fields are invalid.");
  }

  @Test
  void apostrophesSurviveMessageFormatting() {
    assertThat(Problems.of(Messages.FRENCH, 500, "internal", "ab12cd34").detail())
        .contains("(incident ab12cd34)")
        .contains("Rien n’a été enregistré");
  }

  @Test
  void problemJsonOmitsEmptyFieldList() {
    assertThat(Problems.json(Problems.of(Messages.ENGLISH, 404, "not-found")))
        .contains("\"type\":\"/problems/not-found\"")
        .doesNotContain("errors");
  }
}
