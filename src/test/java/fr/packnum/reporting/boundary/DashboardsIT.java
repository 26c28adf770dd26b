package fr.packnum.reporting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Days;
import fr.packnum.testing.Packs;
import fr.packnum.testing.Referrals;
import fr.packnum.testing.Server;
import fr.packnum.testing.Workshop;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The dashboards over HTTP: a pack handed over moves the coordination's figures (packs this month,
 * hand-overs to come) and its partner's convention figures and budget used; another partner's
 * convention is "not found", a technician reaches no dashboard.
 */
class DashboardsIT {

  final URL base = Server.base();
  final Api admin = Accounts.admin(base);
  final long ccas = Accounts.structure(admin, "CCAS");
  final Api socialWorker = Accounts.user(admin, "SOCIAL_WORKER", ccas).signIn(base);
  final Api coordinator = Accounts.user(admin, "COORDINATOR").signIn(base);
  final Api technician = Accounts.user(admin, "TECHNICIAN").signIn(base);
  final Accounts.NewUser mediator = Accounts.user(admin, "SUPPORT");
  final Accounts.NewUser partner = Accounts.user(admin, "PARTNER");
  final LocalDate today = Days.today();

  /** 150 € a pack before VAT, for the test's CCAS only, this year, up to 1 000 €. */
  private long convention() {
    return coordinator
        .post(
            "api/conventions",
            "{\"partnerStructureId\":"
                + partner.structureId()
                + ",\"name\":\"Convention tableau de bord\",\"startsOn\":\""
                + today.withDayOfYear(1)
                + "\",\"endsOn\":\""
                + today.withDayOfYear(1).plusYears(1).minusDays(1)
                + "\",\"structureIds\":["
                + ccas
                + "],\"vatMode\":\"EXCLUDED\",\"unitPricesCents\":{\"PACK_DELIVERED\":15000},"
                + "\"budgetCapCents\":100000}")
        .expect(201)
        .getJsonNumber("id")
        .longValue();
  }

  private static long count(JsonArray counts, String name, String key) {
    return counts.stream()
        .map(JsonObject.class::cast)
        .filter(c -> c.getString(name).equals(key))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("count")
        .longValue();
  }

  private static long sum(JsonArray counts) {
    return counts.stream()
        .map(JsonObject.class::cast)
        .mapToLong(c -> c.getJsonNumber("count").longValue())
        .sum();
  }

  @Test
  void aPackHandedOverCountsOnTheCoordinationDashboardAndOnItsPartnersConvention() {
    String month = YearMonth.from(today).toString();
    JsonObject before = coordinator.get("api/dashboards/coordination").expect(200);
    assertThat(before.getJsonArray("packsPerMonth")).hasSize(12);
    assertThat(before.getJsonArray("handoversToCome")).hasSize(14);
    assertThat(
            before.getJsonArray("stock").stream()
                .map(line -> line.asJsonObject().getString("status")))
        .containsExactly(
            "RECEIVED", "IN_DIAGNOSIS", "IN_REFURBISHMENT", "READY", "RESERVED", "RETURNED");

    JsonObject request =
        Referrals.eligibleRequest(socialWorker, coordinator, StatementsIT.ANY_COMPUTER);
    JsonObject queued = coordinator.get("api/dashboards/coordination").expect(200);
    assertThat(queued.getJsonNumber("eligibleRequests").longValue())
        .isEqualTo(before.getJsonNumber("eligibleRequests").longValue() + 1);
    assertThat(queued.getJsonNumber("oldestWaitDays").longValue()).isNotNegative();

    JsonObject reservation = Packs.reserve(coordinator, request, Workshop.readyLaptop(technician));
    JsonObject handover = Packs.book(coordinator, reservation, mediator);
    JsonObject booked = coordinator.get("api/dashboards/coordination").expect(200);
    assertThat(sum(booked.getJsonArray("handoversToCome")))
        .as("tomorrow's hand-over is to come")
        .isEqualTo(sum(before.getJsonArray("handoversToCome")) + 1);

    Packs.handOver(mediator.signIn(base), handover);
    JsonObject after = coordinator.get("api/dashboards/coordination").expect(200);
    assertThat(count(after.getJsonArray("packsPerMonth"), "month", month))
        .isEqualTo(count(before.getJsonArray("packsPerMonth"), "month", month) + 1);
    assertThat(sum(after.getJsonArray("handoversToCome")))
        .isEqualTo(sum(before.getJsonArray("handoversToCome")));
    assertThat(sum(after.getJsonArray("followUps")))
        .as("a support plan opens at the hand-over")
        .isEqualTo(sum(before.getJsonArray("followUps")) + 1);

    long convention = convention();
    JsonObject figures =
        partner.signIn(base).get("api/dashboards/partner?conventionId=" + convention).expect(200);
    assertThat(figures.getBoolean("started")).isTrue();
    assertThat(figures.getString("to")).isEqualTo(today.toString());
    assertThat(figures.getInt("packsDelivered")).isEqualTo(1);
    assertThat(figures.getJsonNumber("amountCents").longValue()).isEqualTo(15_000);
    assertThat(figures.getJsonNumber("dueCents").longValue()).as("with 20 % VAT").isEqualTo(18_000);
    assertThat(figures.getJsonNumber("budgetUsedPercent").doubleValue()).isEqualTo(18.0);
    assertThat(count(figures.getJsonArray("packsPerMonth"), "month", month)).isEqualTo(1);
    assertThat(figures.getJsonArray("packsPerMonth")).hasSize(today.getMonthValue());
    assertThat(sum(figures.getJsonArray("packsByTerritory"))).isEqualTo(1);
    JsonObject line = figures.getJsonArray("lines").getJsonObject(0);
    assertThat(line.getString("item")).isEqualTo("PACK_DELIVERED");
    assertThat(line.getJsonNumber("amountCents").longValue()).isEqualTo(15_000);
    assertThat(figures.toString())
        .as("counts only: no household")
        .doesNotContain(request.getString("householdReference"));
    assertThat(
            coordinator
                .get("api/dashboards/partner?conventionId=" + convention)
                .expect(200)
                .getInt("packsDelivered"))
        .isEqualTo(1);
  }

  @Test
  void anotherPartnersConventionIsNotFoundAndATechnicianReachesNoDashboard() {
    long convention = convention();
    Api other = Accounts.user(admin, "PARTNER").signIn(base);

    Api.Reply refused =
        other.get("api/dashboards/partner?conventionId=" + convention, "Accept-Language", "en");
    assertThat(refused.status()).isEqualTo(404);
    assertThat(other.get("api/dashboards/coordination").status()).isEqualTo(403);
    assertThat(technician.get("api/dashboards/coordination").status()).isEqualTo(403);
    assertThat(technician.get("api/dashboards/partner?conventionId=" + convention).status())
        .isEqualTo(403);
    assertThat(coordinator.get("api/dashboards/partner").status())
        .as("which convention")
        .isEqualTo(400);
  }
}
