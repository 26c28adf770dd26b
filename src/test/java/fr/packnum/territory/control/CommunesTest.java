package fr.packnum.territory.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.packnum.platform.control.ProblemException;
import fr.packnum.territory.entity.Area;
import fr.packnum.territory.entity.Commune;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommunesTest {

  final Communes communes = Communes.official();

  private static List<String> labels(List<Commune> found) {
    return found.stream().map(c -> c.name() + " " + c.departement()).toList();
  }

  @Test
  void holdsEveryCurrentCommuneAndArrondissementTheSourceCounts() {
    long current = communes.all().stream().filter(c -> !c.arrondissement()).count();
    long arrondissements = communes.all().stream().filter(Commune::arrondissement).count();

    assertThat(current).isEqualTo(communes.declaredCommunes()).isGreaterThan(34_000);
    assertThat(arrondissements).isEqualTo(communes.declaredArrondissements()).isEqualTo(45);
    assertThat(communes.source()).contains("decoupage-administratif", "Licence Ouverte");
  }

  @Test
  void parisLyonMarseilleArrondissementsAndOverseasDepartementsAreThere() {
    assertThat(communes.find("75101").orElseThrow().name()).isEqualTo("Paris 1er Arrondissement");
    assertThat(communes.find("75101").orElseThrow().parentCode()).isEqualTo("75056");
    assertThat(communes.find("69381").orElseThrow().arrondissement()).isTrue();
    assertThat(communes.find("13216").orElseThrow().postcodes()).contains("13016");
    assertThat(communes.find("97411").orElseThrow().departement()).isEqualTo("974");
    assertThat(communes.find("97611")).as("Mayotte").isPresent();
    assertThat(communes.find("2a004").orElseThrow().name()).isEqualTo("Ajaccio");
    assertThat(communes.area(Area.Level.DEPARTEMENT, "974").orElseThrow().name())
        .isEqualTo("La Réunion");
  }

  @Test
  void aMergedCommunesFormerCodeLeadsToTheCurrentOne() {
    // Annecy (74010) absorbed Annecy-le-Vieux (74011) in 2017.
    assertThat(communes.find("74011")).isEmpty();
    assertThat(communes.successor("74011").orElseThrow().name()).isEqualTo("Annecy");
    assertThat(communes.successor("93048")).as("a current code is no former one").isEmpty();
    assertThatThrownBy(() -> communes.require("inseeCode", "74011"))
        .isInstanceOf(CommuneMerged.class)
        .satisfies(
            e ->
                assertThat(((ProblemException) e).args())
                    .containsExactly("74011", "Annecy (74000)", "74010"));
    assertThatThrownBy(() -> communes.require("inseeCode", "99999"))
        .isInstanceOf(CommuneUnknown.class);
    assertThat(communes.require("inseeCode", "93048").name()).isEqualTo("Montreuil");
  }

  @Test
  void aNameFindsTheMostPopulatedFirstAccentsAndCaseAside() {
    assertThat(labels(communes.search("montreuil", 5))).first().isEqualTo("Montreuil 93");
    assertThat(labels(communes.search("MONTR", 3))).first().isEqualTo("Montreuil 93");
    assertThat(labels(communes.search("saint-denis", 10)))
        .startsWith("Saint-Denis 974", "Saint-Denis 93")
        .as("the Réunion's and the 93's, with their départements");
    assertThat(labels(communes.search("st denis", 2)))
        .containsExactly("Saint-Denis 974", "Saint-Denis 93");
    assertThat(labels(communes.search("ile saint denis", 3))).contains("L'Île-Saint-Denis 93");
    assertThat(communes.search("évry", 3).get(0).name()).startsWith("Évry");
    assertThat(communes.search("  ", 5)).isEmpty();
    assertThat(communes.search("montreuil", 0)).isEmpty();
    assertThat(communes.search("zzzzqx", 5)).isEmpty();
  }

  @Test
  void aPostcodeOrACodeFindsItsCommunes() {
    assertThat(labels(communes.search("93100", 5))).containsExactly("Montreuil 93");
    assertThat(communes.search("931", 50))
        .allSatisfy(c -> assertThat(c.postcodes()).anyMatch(p -> p.startsWith("931")))
        .hasSizeGreaterThan(3);
    assertThat(labels(communes.search("93048", 5))).containsExactly("Montreuil 93");
    assertThat(labels(communes.search("2A004", 5))).containsExactly("Ajaccio 2A");
    assertThat(communes.search("75001", 5).get(0).name()).isEqualTo("Paris");
  }

  @Test
  void aCommuneKnowsItsDepartementRegionAndEpci() {
    Commune montreuil = communes.find("93048").orElseThrow();
    assertThat(communes.levels(montreuil))
        .extracting(Area::level, Area::name)
        .contains(
            org.assertj.core.groups.Tuple.tuple(Area.Level.DEPARTEMENT, "Seine-Saint-Denis"),
            org.assertj.core.groups.Tuple.tuple(Area.Level.REGION, "Île-de-France"));
    assertThat(montreuil.epci()).isNotNull();
    assertThat(montreuil.label()).isEqualTo("Montreuil (93100)");
    assertThat(Communes.normalised("L’Haÿ-les-Roses")).isEqualTo("l hay les roses");
    assertThat(Communes.normalised("Ste-Marie")).isEqualTo("sainte marie");
  }

  @Test
  void communesHaveTheirCentreAndAnOperatorMayLoadTheirOwn() throws Exception {
    assertThat(communes.centre("93048").orElseThrow().latitude()).isBetween(48.8, 48.9);
    assertThat(communes.centre("97411").orElseThrow().latitude()).isNegative();
    assertThat(communes.centre("99999")).isEmpty();
    Communes own = Communes.official();

    int loaded =
        own.loadCentres(
            new java.io.StringReader("code;latitude;longitude\n93048;48,8600;2,4400\n\n"));

    assertThat(loaded).isEqualTo(1);
    assertThat(own.centre("93048")).contains(new Communes.Centre(48.86, 2.44));
    assertThatThrownBy(
            () -> own.loadCentres(new java.io.StringReader("93066;48.9;2.36\n99999;1;1\n")))
        .hasMessageContaining("Line 2");
    assertThat(own.centre("93066").orElseThrow().latitude())
        .as("all or nothing: the good line before the bad one is not loaded")
        .isNotEqualTo(48.9);
    assertThatThrownBy(() -> own.loadCentres(new java.io.StringReader("93048;95;2\n")))
        .hasMessageContaining("Line 1");
    own.loadCentres(new java.io.StringReader("93048;48.8635;2.4501\n"));
  }
}
