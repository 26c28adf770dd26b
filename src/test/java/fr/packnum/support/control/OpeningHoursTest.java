package fr.packnum.support.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.packnum.platform.control.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The "horaires" of the places standard (OpenStreetMap opening_hours) told day by day in French,
 * from strings as the standard's files write them; what is not the syntax, or not a week, is
 * refused with a message that says why and where.
 */
class OpeningHoursTest {

  /** French typography: a no-break space before ":" and ";". Written here with plain spaces. */
  private static String french(String horaires) {
    return OpeningHours.parse(horaires).text(Locale.FRENCH).replace('\u00a0', ' ');
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '§',
      value = {
        "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00 § lundi : 09:00–12:00, 14:00–18:30 ;"
            + " mardi : 09:00–12:00, 14:00–18:30 ; mercredi : 09:00–12:00, 14:00–18:30 ;"
            + " jeudi : 09:00–12:00, 14:00–18:30 ; vendredi : 09:00–12:00, 14:00–18:30 ;"
            + " samedi : 08:30–12:00 ; dimanche : fermé",
        "Mo,We 10:00-12:00; PH off § lundi : 10:00–12:00 ; mardi : fermé ;"
            + " mercredi : 10:00–12:00 ; jeudi : fermé ; vendredi : fermé ; samedi : fermé ;"
            + " dimanche : fermé ; jours fériés : fermé",
        "Mo-Fr 09:00-17:00; We off § lundi : 09:00–17:00 ; mardi : 09:00–17:00 ;"
            + " mercredi : fermé ; jeudi : 09:00–17:00 ; vendredi : 09:00–17:00 ;"
            + " samedi : fermé ; dimanche : fermé",
        "Tu-Sa 10:00-18:00; Th 14:00-20:00 § lundi : fermé ; mardi : 10:00–18:00 ;"
            + " mercredi : 10:00–18:00 ; jeudi : 14:00–20:00 ; vendredi : 10:00–18:00 ;"
            + " samedi : 10:00–18:00 ; dimanche : fermé",
        "Mo 09:00-12:00, Mo 14:00-17:00 § lundi : 09:00–12:00, 14:00–17:00 ; mardi : fermé ;"
            + " mercredi : fermé ; jeudi : fermé ; vendredi : fermé ; samedi : fermé ;"
            + " dimanche : fermé",
        "Sa-Mo 10:00-13:00 § lundi : 10:00–13:00 ; mardi : fermé ; mercredi : fermé ;"
            + " jeudi : fermé ; vendredi : fermé ; samedi : 10:00–13:00 ; dimanche : 10:00–13:00",
        "24/7 § lundi : 00:00–24:00 ; mardi : 00:00–24:00 ; mercredi : 00:00–24:00 ;"
            + " jeudi : 00:00–24:00 ; vendredi : 00:00–24:00 ; samedi : 00:00–24:00 ;"
            + " dimanche : 00:00–24:00",
      })
  void aWeekIsToldDayByDayInFrench(String horaires, String expected) {
    assertThat(french(horaires.strip())).isEqualTo(expected.strip());
  }

  @Test
  void theFrenchTextKeepsANoBreakSpaceBeforeColonsAndSemicolons() {
    assertThat(OpeningHours.parse("Mo 09:00-12:00").text(Locale.FRENCH))
        .startsWith("lundi\u00a0: 09:00–12:00\u00a0; mardi\u00a0: fermé");
  }

  @Test
  void theSameWeekReadsInEnglish() {
    assertThat(OpeningHours.parse("Mo-Fr 09:00-12:00; PH off").text(Locale.ENGLISH))
        .startsWith("Monday: 09:00–12:00; Tuesday: 09:00–12:00;")
        .endsWith("Saturday: closed; Sunday: closed; public holidays: closed");
  }

  @Test
  void eachDayCarriesItsOpenings() {
    OpeningHours hours = OpeningHours.parse("Mo-Fr 09:00-12:00,14:00-17:00");
    assertThat(hours.days()).hasSize(7);
    assertThat(hours.days().get(0).spans())
        .extracting(OpeningHours.Span::text)
        .containsExactly("09:00–12:00", "14:00–17:00");
    assertThat(hours.days().get(6).closed()).isTrue();
    assertThat(hours.publicHolidays()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '§',
      value = {
        "lundi 9h-12h § support.hours.syntax",
        "Mo-Fr 09:00-12:00 ;; Xy § support.hours.syntax",
        "Mo-Fr 09:00-12:00; Jan-Mar Sa 10:00-12:00 § support.hours.unsupported",
        "Mo-Fr sunrise-sunset § support.hours.unsupported",
        "Sa[1] 10:00-12:00 § support.hours.unsupported",
        "Mo-Fr 09:00-17:00; SH off § support.hours.unsupported",
        "Mo 12:00-14:00 off § support.hours.unsupported",
      })
  void whatIsNotAWeekInTheSyntaxIsRefusedAndSaysWhy(String horaires, String key) {
    assertThatThrownBy(() -> OpeningHours.parse(horaires.strip()))
        .isInstanceOfSatisfying(
            HoursUnreadable.class,
            refused -> {
              assertThat(refused.reasonKey()).isEqualTo(key);
              String message =
                  Messages.text(Locale.FRENCH, refused.reasonKey(), refused.reasonArgument());
              assertThat(message)
                  .doesNotContain("{0}")
                  .startsWith(
                      key.endsWith("syntax")
                          ? "Horaires illisibles à partir du caractère"
                          : "PackNum ne sait pas montrer la règle «");
            });
  }

  @Test
  void aSyntaxErrorNamesWhereItIs() {
    assertThatThrownBy(() -> OpeningHours.parse("Mo-Fr 09:00-12:00; lundi"))
        .isInstanceOfSatisfying(
            HoursUnreadable.class,
            refused -> assertThat((Integer) refused.reasonArgument()).isGreaterThan(15));
  }

  @Test
  void anUnsupportedRuleIsNamedAsWritten() {
    assertThatThrownBy(() -> OpeningHours.parse("Mo-Fr 09:00-12:00; Jan-Mar Sa 10:00-12:00"))
        .isInstanceOfSatisfying(
            HoursUnreadable.class,
            refused -> assertThat(refused.reasonArgument().toString()).contains("Jan-Mar"));
  }

  @Test
  void noHoursAtAllIsNoError() {
    assertThat(OpeningHours.check(null)).isEmpty();
    assertThat(OpeningHours.check(" ")).isEmpty();
    assertThat(OpeningHours.check("Mo-Fr 09:00-12:00")).isEmpty();
    assertThat(OpeningHours.check("n'importe quoi")).isPresent();
  }
}
