package fr.packnum.reporting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Server;
import jakarta.json.JsonObject;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** Conventions over HTTP: the coordination records them; each partner reads its own only. */
class ConventionsIT {

  final URL base = Server.base();
  final Api admin = Accounts.admin(base);
  final Api coordinator = Accounts.user(admin, "COORDINATOR").signIn(base);
  final Accounts.NewUser partnerA = Accounts.user(admin, "PARTNER");
  final Accounts.NewUser partnerB = Accounts.user(admin, "PARTNER");
  final long ccas = Accounts.structure(admin, "CCAS");

  private String convention(long partnerStructure, String extra) {
    return "{\"partnerStructureId\":"
        + partnerStructure
        + ",\"name\":\"Packs solidaires 2026\",\"startsOn\":\"2026-01-01\","
        + "\"endsOn\":\"2026-12-31\",\"structureIds\":["
        + ccas
        + "],\"territories\":[{\"kind\":\"COMMUNE\",\"code\":\"93048\"},"
        + "{\"kind\":\"DEPARTEMENT\",\"code\":\"93\"}],\"qpvOnly\":true,\"vatMode\":\"EXEMPT\","
        + "\"unitPricesCents\":{\"PACK_DELIVERED\":15000,\"SUPPORT_HOUR\":4500},"
        + "\"budgetCapCents\":3000000"
        + extra
        + "}";
  }

  @Test
  void theCoordinationRecordsAConventionThatOnlyItsPartnerReads() {
    Api.Reply created = coordinator.post("api/conventions", convention(partnerA.structureId(), ""));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location")).contains("/api/conventions/");
    JsonObject view = created.json();
    String path = "api/conventions/" + view.getInt("id");
    assertThat(view.getJsonArray("territories").getJsonObject(0).getString("name"))
        .isEqualTo("Montreuil");
    assertThat(view.getJsonArray("territories").getJsonObject(1).getString("name"))
        .isEqualTo("Seine-Saint-Denis");
    assertThat(view.getJsonObject("unitPricesCents").getInt("PACK_DELIVERED")).isEqualTo(15000);

    Api a = partnerA.signIn(base);
    Api b = partnerB.signIn(base);
    assertThat(a.get(path).expect(200).getString("name")).isEqualTo("Packs solidaires 2026");
    assertThat(b.get(path).status()).as("another partner's convention").isEqualTo(404);
    assertThat(b.get("api/conventions").expect(200).getInt("total")).isZero();
    assertThat(a.get("api/conventions").expect(200).getInt("total")).isEqualTo(1);
    assertThat(a.post("api/conventions", convention(partnerA.structureId(), "")).status())
        .isEqualTo(403);
    assertThat(a.get("api/households").status()).as("no household for a partner").isEqualTo(403);

    assertThat(coordinator.get(path).expect(200).getInt("version"))
        .as("the version answered at creation is the one committed")
        .isEqualTo(view.getInt("version"));
    Api.Reply changed =
        coordinator.put(
            path,
            convention(partnerA.structureId(), ",\"version\":" + view.getInt("version"))
                .replace("Packs solidaires 2026", "Packs solidaires 2026 (avenant)"));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(coordinator.get(path).expect(200).getInt("version"))
        .isEqualTo(changed.json().getInt("version"));
    assertThat(
            coordinator
                .put(
                    path,
                    convention(partnerA.structureId(), ",\"version\":" + view.getInt("version")))
                .status())
        .as("edited meanwhile")
        .isEqualTo(409);
  }

  @Test
  void aConventionThatCannotBeIsRefusedFieldByFieldInTheCallersLanguage() {
    Api.Reply backwards =
        coordinator.post(
            "api/conventions",
            convention(partnerA.structureId(), "").replace("2026-12-31", "2025-12-31"),
            "Accept-Language",
            "en");
    assertThat(backwards.status()).isEqualTo(422);
    assertThat(backwards.header("Content-Type")).contains("application/problem+json");
    assertThat(backwards.body()).contains("endsOn").contains("The period ends on or after");

    Api.Reply notAPartner = coordinator.post("api/conventions", convention(ccas, ""));
    assertThat(notAPartner.status()).isEqualTo(422);
    assertThat(notAPartner.body()).contains("partnerStructureId");

    Api.Reply badTerritory =
        coordinator.post(
            "api/conventions", convention(partnerA.structureId(), "").replace("\"93\"", "\"9Z\""));
    assertThat(badTerritory.status()).isEqualTo(422);
    Api.Reply unknownCommune =
        coordinator.post(
            "api/conventions", convention(partnerA.structureId(), "").replace("93048", "99999"));
    assertThat(unknownCommune.status()).isEqualTo(422);
    Api.Reply noPrice =
        coordinator.post(
            "api/conventions",
            convention(partnerA.structureId(), "")
                .replace(
                    "\"unitPricesCents\":{\"PACK_DELIVERED\":15000,\"SUPPORT_HOUR\":4500}",
                    "\"unitPricesCents\":{}"));
    assertThat(noPrice.status()).isEqualTo(422);
    assertThat(noPrice.body()).contains("au moins un prix unitaire");
  }
}
