package fr.packnum.support.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Server;
import fr.packnum.testing.SupportPlaces;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The support places over HTTP: the standard's file imported (its bad lines answered by number and
 * reason, the rest imported) and imported again (updated, not doubled); the places nearest to
 * Montreuil in order; the GeoJSON export; a place entered and edited by hand; who may do what. Each
 * test imports the fixture under identifiers of its own.
 */
class SupportPlacesIT {

  final URL base = Server.base();
  final Api admin = Accounts.admin(base);
  final Api coordinator = Accounts.user(admin, "COORDINATOR").signIn(base);

  static String fixture(String prefix) {
    return SupportPlaces.fixture(prefix);
  }

  Api.Binary importFile(Api api, String csv) {
    return SupportPlaces.importFile(api, csv);
  }

  static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  long total(String q) {
    return coordinator
        .get("api/support-places?q=" + q)
        .expect(200)
        .getJsonNumber("total")
        .longValue();
  }

  @Test
  void theFileIsImportedExceptItsBadLinesWhichAreNamedAndImportingAgainUpdates() {
    String prefix = Accounts.unique("imp");
    long before = total("Robert-Desnos");

    Api.Binary first = importFile(coordinator, fixture(prefix));
    assertThat(first.status()).as(first.text()).isEqualTo(200);
    JsonObject report = json(first.text());
    assertThat(report.getInt("created")).isEqualTo(4);
    assertThat(report.getInt("updated")).isZero();
    assertThat(report.getInt("refused")).isEqualTo(2);
    JsonArray reasons = report.getJsonArray("reasons");
    assertThat(reasons).hasSize(2);
    assertThat(reasons.getJsonObject(0).getInt("line")).isEqualTo(5);
    assertThat(reasons.getJsonObject(0).getString("field")).isEqualTo("code_insee");
    assertThat(reasons.getJsonObject(0).getString("reason")).contains("99999", "code INSEE");
    assertThat(reasons.getJsonObject(1).getInt("line")).isEqualTo(7);
    assertThat(reasons.getJsonObject(1).getString("reason")).contains("148.86");
    assertThat(total("Robert-Desnos")).isEqualTo(before + 1);

    Api.Binary again = importFile(coordinator, fixture(prefix).replace("PH off", "Sa off"));
    assertThat(again.status()).as(again.text()).isEqualTo(200);
    JsonObject second = json(again.text());
    assertThat(second.getInt("created")).isZero();
    assertThat(second.getInt("updated")).isEqualTo(4);
    assertThat(second.getInt("refused")).isEqualTo(2);
    assertThat(total("Robert-Desnos")).isEqualTo(before + 1);

    // in English, the reasons are English
    Api.Binary english =
        coordinator
            .header("Accept-Language", "en")
            .binary(
                "POST",
                "api/support-places/import",
                fixture(prefix).getBytes(StandardCharsets.UTF_8),
                "text/csv");
    assertThat(json(english.text()).getJsonArray("reasons").getJsonObject(1).getString("reason"))
        .contains("latitude between -90 and 90");
  }

  @Test
  void aFileWithoutTheStandardsColumnsIsRefusedWhole() {
    Api.Binary refused = importFile(coordinator, "nom;adresse\nA;1 rue\n");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(json(refused.text()).getString("type"))
        .isEqualTo("/problems/support-places-file-unreadable");
  }

  @Test
  void theNearestPlacesToMontreuilComeInOrderWithTheirDistance() {
    String prefix = Accounts.unique("near");
    assertThat(importFile(coordinator, fixture(prefix)).status()).isEqualTo(200);

    Api socialWorker =
        Accounts.user(admin, "SOCIAL_WORKER", Accounts.structure(admin, "CCAS")).signIn(base);
    JsonObject nearest =
        socialWorker.get("api/support-places/nearest?insee=93048&limit=50").expect(200);
    assertThat(nearest.getString("communeName")).isEqualTo("Montreuil");
    List<JsonObject> ours = ours(nearest.getJsonArray("places"), prefix);
    assertThat(ours)
        .extracting(p -> p.getString("standardId"))
        .startsWith(
            prefix + "-epn-montreuil",
            prefix + "-mediatheque-vincennes",
            prefix + "-france-services-bagnolet");
    assertThat(ours.get(0).getJsonNumber("distanceKm").doubleValue()).isCloseTo(0.740, within(0.1));
    assertThat(ours.get(1).getJsonNumber("distanceKm").doubleValue()).isCloseTo(1.985, within(0.1));
    assertThat(ours.get(2).getJsonNumber("distanceKm").doubleValue()).isCloseTo(2.414, within(0.1));
    double previous = 0;
    for (JsonValue place : nearest.getJsonArray("places")) {
      double km = place.asJsonObject().getJsonNumber("distanceKm").doubleValue();
      assertThat(km).isGreaterThanOrEqualTo(previous);
      previous = km;
    }

    JsonObject administrative =
        socialWorker
            .get(
                "api/support-places/nearest?insee=93048&limit=50&service=ADMINISTRATIVE_PROCEDURES")
            .expect(200);
    assertThat(ours(administrative.getJsonArray("places"), prefix))
        .extracting(p -> p.getString("standardId"))
        .contains(prefix + "-epn-montreuil", prefix + "-france-services-bagnolet")
        .doesNotContain(prefix + "-mediatheque-vincennes");

    assertThat(socialWorker.get("api/support-places/nearest?insee=99999").status()).isEqualTo(422);
  }

  private static List<JsonObject> ours(JsonArray places, String prefix) {
    return places.stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> p.getString("standardId").startsWith(prefix + "-"))
        .toList();
  }

  @Test
  void theExportIsAGeoJsonFeatureCollectionOfPointsInLongitudeLatitude() {
    String prefix = Accounts.unique("geo");
    assertThat(importFile(coordinator, fixture(prefix)).status()).isEqualTo(200);

    Api support = Accounts.user(admin, "SUPPORT").signIn(base);
    Api.Binary export =
        support
            .header("Accept", "application/geo+json")
            .binary("GET", "api/support-places/export.geojson", null, null);
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.contentType()).startsWith("application/geo+json");
    JsonObject collection = json(export.text());
    assertThat(collection.getString("type")).isEqualTo("FeatureCollection");
    JsonObject epn =
        collection.getJsonArray("features").stream()
            .map(JsonValue::asJsonObject)
            .filter(f -> f.getString("id").equals(prefix + "-epn-montreuil"))
            .findFirst()
            .orElseThrow();
    assertThat(epn.getString("type")).isEqualTo("Feature");
    JsonObject geometry = epn.getJsonObject("geometry");
    assertThat(geometry.getString("type")).isEqualTo("Point");
    JsonArray coordinates = geometry.getJsonArray("coordinates");
    assertThat(coordinates.getJsonNumber(0).doubleValue()).isEqualTo(2.4405); // longitude
    assertThat(coordinates.getJsonNumber(1).doubleValue()).isEqualTo(48.8614); // latitude
    JsonObject properties = epn.getJsonObject("properties");
    assertThat(properties.getString("nom")).isEqualTo("EPN de la bibliothèque Robert-Desnos");
    assertThat(properties.getString("code_insee")).isEqualTo("93048");
    assertThat(properties.getString("horaires")).isEqualTo("Tu-Sa 10:00-12:30,14:00-18:00; PH off");
    for (JsonValue feature : collection.getJsonArray("features")) {
      JsonArray point =
          feature.asJsonObject().getJsonObject("geometry").getJsonArray("coordinates");
      assertThat(point).hasSize(2);
      assertThat(point.getJsonNumber(0).doubleValue()).isBetween(-180.0, 180.0);
      assertThat(point.getJsonNumber(1).doubleValue()).isBetween(-90.0, 90.0);
    }
  }

  @Test
  void aCoordinatorEntersAndEditsAPlaceWhoseHoursReadInFrench() {
    String id = Accounts.unique("hand");
    String place =
        "{\"standardId\":\""
            + id
            + "\",\"name\":\"Point numérique de la mairie\","
            + "\"inseeCode\":\"93048\",\"address\":\"Place Jean-Jaurès\","
            + "\"latitude\":48.8620,\"longitude\":2.4430,"
            + "\"openingHours\":\"Mo-Fr 09:00-12:00,14:00-17:00; PH off\","
            + "\"services\":[\"ADMINISTRATIVE_PROCEDURES\"]";
    Api.Reply created = coordinator.post("api/support-places", place + "}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location")).contains("/api/support-places/");
    JsonObject view = created.json();
    assertThat(view.getString("communeName")).isEqualTo("Montreuil");
    assertThat(view.getString("postcode")).isEqualTo("93100");
    assertThat(view.getJsonObject("hours").getString("text").replace('\u00a0', ' '))
        .startsWith("lundi : 09:00–12:00, 14:00–17:00 ; mardi :")
        .endsWith("samedi : fermé ; dimanche : fermé ; jours fériés : fermé");
    long placeId = view.getJsonNumber("id").longValue();
    long version = view.getJsonNumber("version").longValue();

    Api.Reply again = coordinator.post("api/support-places", place + "}");
    assertThat(again.status()).isEqualTo(409);

    Api.Reply edited =
        coordinator.put(
            "api/support-places/" + placeId,
            place.replace("Mo-Fr", "Mo-Sa") + ",\"version\":" + version + "}");
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    assertThat(edited.json().getString("openingHours")).startsWith("Mo-Sa");
    Api.Reply stale =
        coordinator.put("api/support-places/" + placeId, place + ",\"version\":" + version + "}");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().getString("type")).isEqualTo("/problems/stale-version");

    Api.Reply invalid =
        coordinator.post(
            "api/support-places",
            place.replace(id, id + "-x").replace("93048", "99999").replace("48.8620", "91") + "}");
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.body()).contains("inseeCode", "latitude");
  }

  @Test
  void theDirectoryIsReadBySupportAndSocialWorkersAndKeptByTheCoordinationOnly() {
    Api technician = Accounts.user(admin, "TECHNICIAN").signIn(base);
    Api support = Accounts.user(admin, "SUPPORT").signIn(base);
    Api socialWorker =
        Accounts.user(admin, "SOCIAL_WORKER", Accounts.structure(admin, "CCAS")).signIn(base);

    assertThat(technician.get("api/support-places").status()).isEqualTo(403);
    assertThat(technician.get("api/support-places/nearest?insee=93048").status()).isEqualTo(403);
    assertThat(importFile(technician, fixture(Accounts.unique("tech"))).status()).isEqualTo(403);
    assertThat(support.get("api/support-places").status()).isEqualTo(200);
    assertThat(socialWorker.get("api/support-places?service=EVERYDAY_TOOLS").status())
        .isEqualTo(200);
    assertThat(importFile(support, fixture(Accounts.unique("sup"))).status()).isEqualTo(403);
    assertThat(importFile(socialWorker, fixture(Accounts.unique("sw"))).status()).isEqualTo(403);
  }
}
