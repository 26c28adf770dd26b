package fr.packnum.territory.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Referrals;
import fr.packnum.testing.Referrals.Person;
import fr.packnum.testing.Server;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The territory over HTTP: the commune lookups the pickers type against, communes checked and named
 * wherever they are entered, and the households' statistics by département and EPCI.
 */
class TerritoryIT {

  final URL base = Server.base();
  final Api admin = Accounts.admin(base);
  final long structure = Accounts.structure(admin, "CCAS");
  final Api socialWorker = Accounts.user(admin, "SOCIAL_WORKER", structure).signIn(base);

  private static List<String> names(JsonArray communes) {
    return communes.getValuesAs(JsonObject.class).stream()
        .map(c -> c.getString("name") + " " + c.getJsonObject("departement").getString("code"))
        .toList();
  }

  @Test
  void aNameOrAPostcodeFindsTheCommuneWithItsDepartement() {
    JsonArray montreuil = socialWorker.get("api/communes?q=montreuil").array(200);
    assertThat(names(montreuil)).first().isEqualTo("Montreuil 93");
    JsonObject first = montreuil.getJsonObject(0);
    assertThat(first.getString("code")).isEqualTo("93048");
    assertThat(first.getString("label")).isEqualTo("Montreuil (93100)");
    assertThat(first.getJsonObject("departement").getString("name")).isEqualTo("Seine-Saint-Denis");
    assertThat(first.getJsonObject("region").getString("name")).isEqualTo("Île-de-France");
    assertThat(names(socialWorker.get("api/communes?q=93100").array(200)))
        .containsExactly("Montreuil 93");
    assertThat(names(socialWorker.get("api/communes?q=saint-denis").array(200)))
        .contains("Saint-Denis 93", "Saint-Denis 974");
    assertThat(socialWorker.get("api/communes/97411").expect(200).getString("name"))
        .isEqualTo("Saint-Denis");
    Api.Reply unknown = socialWorker.get("api/communes/99999", "Accept-Language", "en");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().getString("title")).isEqualTo("Commune not found");
    assertThat(socialWorker.get("api/communes?q=montreuil&limit=0").status()).isEqualTo(400);
  }

  @Test
  void aHouseholdsCommuneIsCheckedAndNamedAndAMergedOnesSuccessorProposed() {
    Api.Reply merged =
        socialWorker.post(
            "api/households",
            Referrals.householdJson(Person.next(), "", "", true).replace("93048", "74011"));
    assertThat(merged.status()).isEqualTo(422);
    assertThat(merged.json().getString("type")).isEqualTo("/problems/commune-merged");
    assertThat(merged.body()).contains("inseeCode", "Annecy (74000)", "74010");
    Api.Reply unknown =
        socialWorker.post(
            "api/households",
            Referrals.householdJson(Person.next(), "", "", true).replace("93048", "93999"));
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.json().getString("type")).isEqualTo("/problems/commune-unknown");

    long id = Referrals.household(socialWorker, Person.next(), "");

    JsonObject household = socialWorker.get("api/households/" + id).expect(200);
    assertThat(household.getString("inseeCode")).isEqualTo("93048");
    assertThat(household.getString("communeName")).isEqualTo("Montreuil");
    Api.Reply structureMerged =
        admin.post(
            "api/structures",
            "{\"name\":\""
                + Accounts.unique("EPN ")
                + "\",\"kind\":\"EPN\",\"inseeCode\":\"74011\"}");
    assertThat(structureMerged.status()).isEqualTo(422);
    JsonObject structure =
        admin
            .post(
                "api/structures",
                "{\"name\":\""
                    + Accounts.unique("EPN ")
                    + "\",\"kind\":\"EPN\",\"inseeCode\":\"2A004\"}")
            .expect(201);
    assertThat(structure.getString("communeName")).isEqualTo("Ajaccio");
  }

  @Test
  void householdStatisticsAreRolledUpByDepartementAndEpci() {
    Referrals.household(socialWorker, Person.next(), "");
    Referrals.household(socialWorker, Person.next(), "");
    socialWorker
        .post(
            "api/households",
            Referrals.householdJson(Person.next(), "", "", true).replace("93048", "2A004"))
        .expect(201);

    JsonObject mine = socialWorker.get("api/households/statistics").expect(200);

    assertThat(mine.getJsonArray("byDepartement").toString())
        .isEqualTo(
            "[{\"code\":\"2A\",\"count\":1,\"name\":\"Corse-du-Sud\"},"
                + "{\"code\":\"93\",\"count\":2,\"name\":\"Seine-Saint-Denis\"}]");
    assertThat(mine.getJsonArray("byEpci").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("name"), e -> e.getInt("count"))
        .contains(org.assertj.core.groups.Tuple.tuple("Métropole du Grand Paris", 2));
    // Over the whole programme, the sample households (Montreuil) are counted in the 93.
    Api coordinator = Accounts.user(admin, "COORDINATOR").signIn(base);
    JsonObject all = coordinator.get("api/households/statistics").expect(200);
    assertThat(
            all.getJsonArray("byDepartement").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("code").equals("93"))
                .findFirst()
                .orElseThrow()
                .getInt("count"))
        .isGreaterThanOrEqualTo(6);
  }
}
