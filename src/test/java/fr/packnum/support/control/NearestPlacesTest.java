package fr.packnum.support.control;

import static fr.packnum.support.entity.Service.ADMINISTRATIVE_PROCEDURES;
import static fr.packnum.support.entity.Service.EVERYDAY_TOOLS;
import static fr.packnum.support.entity.Service.INTERNET_ACCESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.packnum.support.entity.SupportPlace;
import fr.packnum.territory.boundary.Territory;
import fr.packnum.territory.entity.GeoPoint;
import fr.packnum.territory.entity.InseeCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nearest places to Montreuil's centre, from real positions around it (town halls, a médiathèque,
 * the basilica of Saint-Denis, place Bellecour in Lyon). The expected distances were computed
 * apart, with the spherical law of cosines on the same mean Earth radius, and are checked to 100 m.
 */
class NearestPlacesTest {

  static final GeoPoint MONTREUIL = new Territory().centre(new InseeCode("93048")).orElseThrow();

  static final List<SupportPlace> PLACES =
      List.of(
          Places.at("lyon-bellecour", "69382", 45.7578, 4.8320, EVERYDAY_TOOLS),
          Places.at("basilique-saint-denis", "93066", 48.9356, 2.3598, EVERYDAY_TOOLS),
          Places.at("mairie-rosny", "93064", 48.8745, 2.4860, ADMINISTRATIVE_PROCEDURES),
          Places.at("mairie-bagnolet", "93006", 48.8693, 2.4183, EVERYDAY_TOOLS),
          Places.at(
              "mediatheque-vincennes", "94080", 48.8478, 2.4372, EVERYDAY_TOOLS, INTERNET_ACCESS),
          Places.at("mairie-montreuil", "93048", 48.8620, 2.4430, ADMINISTRATIVE_PROCEDURES));

  @Test
  void montreuilsCentreIsWhereTheShippedListSays() {
    assertThat(MONTREUIL.latitude()).isCloseTo(48.8635, within(1e-9));
    assertThat(MONTREUIL.longitude()).isCloseTo(2.4501, within(1e-9));
  }

  @Test
  void placesComeNearestFirstWithTheirDistancesTo100Metres() {
    List<NearestPlaces.Nearby> nearest = NearestPlaces.from(MONTREUIL, PLACES, null, 10);

    assertThat(nearest)
        .extracting(n -> n.place().standardId())
        .containsExactly(
            "mairie-montreuil",
            "mediatheque-vincennes",
            "mairie-bagnolet",
            "mairie-rosny",
            "basilique-saint-denis",
            "lyon-bellecour");
    assertThat(nearest)
        .extracting(NearestPlaces.Nearby::kilometres)
        .satisfiesExactly(
            km -> assertThat(km).isCloseTo(0.545, within(0.1)),
            km -> assertThat(km).isCloseTo(1.985, within(0.1)),
            km -> assertThat(km).isCloseTo(2.414, within(0.1)),
            km -> assertThat(km).isCloseTo(2.897, within(0.1)),
            km -> assertThat(km).isCloseTo(10.385, within(0.1)),
            km -> assertThat(km).isCloseTo(389.19, within(0.1)));
  }

  @Test
  void aServiceAskedForLeavesOutThePlacesWithoutItAndTheLimitCuts() {
    assertThat(NearestPlaces.from(MONTREUIL, PLACES, EVERYDAY_TOOLS, 2))
        .extracting(n -> n.place().standardId())
        .containsExactly("mediatheque-vincennes", "mairie-bagnolet");
    assertThat(NearestPlaces.from(MONTREUIL, PLACES, INTERNET_ACCESS, 10))
        .extracting(n -> n.place().standardId())
        .containsExactly("mediatheque-vincennes");
  }

  @Test
  void aDistanceIsTheSameBothWaysAndZeroToItself() {
    GeoPoint lyon = new GeoPoint(45.7578, 4.8320);
    assertThat(MONTREUIL.kilometresTo(lyon)).isCloseTo(lyon.kilometresTo(MONTREUIL), within(1e-9));
    assertThat(lyon.kilometresTo(lyon)).isZero();
  }
}
