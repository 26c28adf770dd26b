package fr.packnum.support.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.packnum.platform.control.Messages;
import fr.packnum.support.entity.Service;
import fr.packnum.territory.boundary.Territory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lines of a places file checked against the standard, from the fixture (the standard's published
 * example, "exemple-valide.csv" of LaMednum/standard-mediation-num, then places around Montreuil
 * and two lines that break the standard): each bad line refused with its number and reason, the
 * others read.
 */
class PlaceLinesTest {

  static final String FIXTURE = "/fr/packnum/support/lieux-mediation-numerique.csv";

  final PlaceLines lines = new PlaceLines(new Territory());

  static byte[] fixture() throws IOException {
    try (InputStream in = PlaceLinesTest.class.getResourceAsStream(FIXTURE)) {
      return in.readAllBytes();
    }
  }

  /** The fixture read and checked: accepted lines and refusals. */
  List<PlaceLines.Checked> read(byte[] file) {
    List<PlaceLines.Checked> checked = new ArrayList<>();
    PlacesCsv.read(
        file,
        new PlacesCsv.Lines() {
          @Override
          public void line(int number, Map<String, String> cells) {
            checked.add(lines.check(number, cells));
          }

          @Override
          public void refused(PlaceLines.Refusal refusal) {
            checked.add(new PlaceLines.Checked(refusal.line(), null, List.of(refusal)));
          }
        });
    return checked;
  }

  static String french(PlaceLines.Refusal refusal) {
    return Messages.text(Locale.FRENCH, refusal.key(), refusal.args().toArray());
  }

  @Test
  void theStandardsExampleAndTheGoodLinesAreReadTheBadOnesRefusedWithTheirLineAndReason()
      throws IOException {
    List<PlaceLines.Checked> checked = read(fixture());

    assertThat(checked)
        .filteredOn(PlaceLines.Checked::accepted)
        .extracting(c -> c.line() + " " + c.description().standardId())
        .containsExactly(
            "2 structure-1",
            "3 fixture-epn-montreuil",
            "4 fixture-france-services-bagnolet",
            "6 fixture-mediatheque-vincennes");
    List<PlaceLines.Refusal> refusals =
        checked.stream().flatMap(c -> c.refusals().stream()).toList();
    assertThat(refusals)
        .extracting(PlaceLines.Refusal::line, PlaceLines.Refusal::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(5, "code_insee"),
            org.assertj.core.groups.Tuple.tuple(7, "latitude"));
    assertThat(french(refusals.get(0))).contains("99999").contains("code INSEE");
    assertThat(french(refusals.get(1))).contains("148.86").contains("latitude entre -90 et 90");
  }

  @Test
  void theExampleIsDescribedAsTheStandardSays() throws IOException {
    PlaceLines.Checked example = read(fixture()).get(0);
    var place = example.description();
    assertThat(place.name()).isEqualTo("Anonymal");
    assertThat(place.inseeCode().value()).isEqualTo("51454");
    assertThat(place.position().latitude()).isEqualTo(43.52609);
    assertThat(place.position().longitude()).isEqualTo(5.41423);
    assertThat(place.services())
        .containsExactly(Service.ADMINISTRATIVE_PROCEDURES, Service.EVERYDAY_TOOLS);
    assertThat(place.openingHours()).isEqualTo("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00");
    assertThat(place.updatedOn()).hasToString("2022-06-02");
    assertThat(place.pivot()).isEqualTo("43493312300029");
  }

  Map<String, String> good() {
    Map<String, String> cells = new HashMap<>();
    cells.put("id", "epn-1");
    cells.put("nom", "EPN");
    cells.put("commune", "Montreuil");
    cells.put("code_insee", "93048");
    cells.put("adresse", "1 place Jean-Jaurès");
    cells.put("latitude", "48,8620");
    cells.put("longitude", "2.4430");
    cells.put("services", "Maitrise des outils numeriques du quotidien");
    return cells;
  }

  @Test
  void aGoodLineReadsWithCommaDecimalsAndAccentsAside() {
    PlaceLines.Checked checked = lines.check(2, good());
    assertThat(checked.refusals()).isEmpty();
    assertThat(checked.description().position().latitude()).isEqualTo(48.862);
    assertThat(checked.description().services()).containsExactly(Service.EVERYDAY_TOOLS);
    assertThat(checked.description().postcode()).isEqualTo("93100");
  }

  @Test
  void eachBreachIsAReasonOfItsOwn() {
    Map<String, String> cells = good();
    cells.remove("id");
    cells.put("nom", " ");
    cells.put("code_insee", "2C001");
    cells.put("latitude", "");
    cells.put("services", "Réparation de vélos");
    cells.put("horaires", "tous les jours");
    cells.put("date_maj", "15/09/2026");
    PlaceLines.Checked checked = lines.check(12, cells);

    assertThat(checked.accepted()).isFalse();
    assertThat(checked.refusals()).allMatch(r -> r.line() == 12);
    assertThat(checked.refusals())
        .extracting(PlaceLines.Refusal::field, PlaceLines.Refusal::key)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("id", "support.line.required"),
            org.assertj.core.groups.Tuple.tuple("nom", "support.line.required"),
            org.assertj.core.groups.Tuple.tuple("code_insee", "commune.unknown"),
            org.assertj.core.groups.Tuple.tuple("latitude", "support.line.coordinatesMissing"),
            org.assertj.core.groups.Tuple.tuple("services", "support.line.service"),
            org.assertj.core.groups.Tuple.tuple("horaires", "support.hours.syntax"),
            org.assertj.core.groups.Tuple.tuple("date_maj", "support.line.date"));
  }

  @Test
  void aMergedCommunesFormerCodeNamesItsSuccessor() {
    Map<String, String> cells = good();
    cells.put("code_insee", "49149"); // Chemillé-Melay, merged into Chemillé-en-Anjou in 2015
    PlaceLines.Checked checked = lines.check(3, cells);
    assertThat(checked.refusals())
        .singleElement()
        .extracting(PlaceLines.Refusal::key)
        .isEqualTo("commune.merged");
  }

  @Test
  void coordinatesOffTheEarthOrNotNumbersAreRefused() {
    for (String[] position :
        List.of(
            new String[] {"48.86", "-181"},
            new String[] {"NaN", "2.44"},
            new String[] {"quarante-huit", "2.44"},
            new String[] {"-90.5", "2.44"})) {
      Map<String, String> cells = good();
      cells.put("latitude", position[0]);
      cells.put("longitude", position[1]);
      assertThat(lines.check(4, cells).refusals())
          .as(String.join(";", position))
          .singleElement()
          .extracting(PlaceLines.Refusal::key)
          .isEqualTo("support.line.coordinates");
    }
  }

  @Test
  void aLineOfTheWrongWidthIsRefusedByNumberAndTheFileWithoutTheColumnsIsRefusedWhole() {
    String file =
        "id;nom;adresse;code_insee;latitude;longitude;services\n"
            + "a;A;1 rue;93048;48.86;2.44;Loisirs et créations numériques\n"
            + "\n"
            + "b;B;1 rue;93048;48.86\n"
            + "c;\"C\nsur deux lignes\";1 rue;93048;48.86;2.44;Loisirs et créations numériques\n"
            + "d;D;1 rue;93048;48.86;2.44;Loisirs et créations numériques";
    List<PlaceLines.Checked> checked = read(file.getBytes(StandardCharsets.UTF_8));
    assertThat(checked)
        .extracting(c -> c.line() + (c.accepted() ? " ok" : " " + c.refusals().get(0).key()))
        .containsExactly("2 ok", "4 support.line.width", "5 ok", "7 ok");

    assertThatThrownBy(() -> read("nom,adresse\nA,1 rue".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            PlacesFileUnreadable.class,
            refused ->
                assertThat(refused.fieldKeys().get(0).args().get(0).toString())
                    .contains("id", "code_insee", "latitude"));
  }
}
