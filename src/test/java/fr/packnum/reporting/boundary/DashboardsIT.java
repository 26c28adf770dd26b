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
    assertThat(count(figures.getJsonArray("packsByTerritory"), "territory", "Seine-Saint-Denis"))
        .as("the household lives in Montreuil (93048)")
        .isEqualTo(1);
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

  private static java.util.List<String> months(JsonObject figures) {
    return figures.getJsonArray("packsPerMonth").stream()
        .map(m -> m.asJsonObject().getString("month"))
        .toList();
  }

  @Test
  void theCoordinationsPeriodCountsOnlyThePacksAndFollowUpsWithinIt() {
    LocalDate from = today.minusDays(40);
    LocalDate yesterday = today.minusDays(1);
    String past = "api/dashboards/coordination?from=" + from + "&to=" + yesterday;
    String todayOnly = "api/dashboards/coordination?from=" + today + "&to=" + today;
    JsonObject byDefault = coordinator.get("api/dashboards/coordination").expect(200);
    assertThat(byDefault.getString("from"))
        .as("the last 12 months")
        .isEqualTo(YearMonth.from(today).minusMonths(11).atDay(1).toString());
    assertThat(byDefault.getString("to")).isEqualTo(today.toString());
    JsonObject pastBefore = coordinator.get(past).expect(200);
    JsonObject todayBefore = coordinator.get(todayOnly).expect(200);
    assertThat(pastBefore.getString("from")).isEqualTo(from.toString());
    assertThat(pastBefore.getString("to")).isEqualTo(yesterday.toString());
    assertThat(months(pastBefore))
        .as("every month of the period, none else")
        .first()
        .isEqualTo(YearMonth.from(from).toString());
    assertThat(months(pastBefore)).last().isEqualTo(YearMonth.from(yesterday).toString());
    assertThat(months(todayBefore)).containsExactly(YearMonth.from(today).toString());

    JsonObject request =
        Referrals.eligibleRequest(socialWorker, coordinator, StatementsIT.ANY_COMPUTER);
    JsonObject reservation = Packs.reserve(coordinator, request, Workshop.readyLaptop(technician));
    Packs.handOver(mediator.signIn(base), Packs.book(coordinator, reservation, mediator));

    JsonObject pastAfter = coordinator.get(past).expect(200);
    JsonObject todayAfter = coordinator.get(todayOnly).expect(200);
    assertThat(sum(pastAfter.getJsonArray("packsPerMonth")))
        .as("today's pack is outside a period that ended yesterday")
        .isEqualTo(sum(pastBefore.getJsonArray("packsPerMonth")));
    assertThat(sum(pastAfter.getJsonArray("followUps")))
        .isEqualTo(sum(pastBefore.getJsonArray("followUps")));
    assertThat(sum(todayAfter.getJsonArray("packsPerMonth")))
        .isEqualTo(sum(todayBefore.getJsonArray("packsPerMonth")) + 1);
    assertThat(sum(todayAfter.getJsonArray("followUps")))
        .as("the household equipped today is followed up")
        .isEqualTo(sum(todayBefore.getJsonArray("followUps")) + 1);
    assertThat(pastAfter.getJsonArray("stock"))
        .as("the stock is now's, whatever the period")
        .isEqualTo(todayAfter.getJsonArray("stock"));
    assertThat(pastAfter.getJsonNumber("eligibleRequests"))
        .isEqualTo(todayAfter.getJsonNumber("eligibleRequests"));
  }

  @Test
  void anImpossibleOrBackwardsPeriodIsRefusedInTheCallersLanguage() {
    Api.Reply impossible =
        coordinator.get(
            "api/dashboards/coordination?from=2026-02-30&to=2026-03-31", "Accept-Language", "en");
    assertThat(impossible.status()).isEqualTo(400);
    assertThat(impossible.header("Content-Type")).contains("application/problem+json");
    assertThat(impossible.body()).contains("\"from\"").contains("This day does not exist");
    Api.Reply backwards =
        coordinator.get("api/dashboards/coordination?from=2026-03-31&to=2026-01-01");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.header("Content-Type")).contains("application/problem+json");
    assertThat(backwards.body())
        .contains("\"to\"")
        .contains("La période se termine le jour de son début ou après");
    Api.Reply tooLong =
        coordinator.get("api/dashboards/coordination?from=1900-01-01&to=2026-01-01");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body()).contains("120 mois au plus");
    Api.Reply unreadable = coordinator.get("api/dashboards/coordination?to=31/03/2026");
    assertThat(unreadable.status()).isEqualTo(400);
    assertThat(unreadable.header("Content-Type")).contains("application/problem+json");
    assertThat(coordinator.get("api/dashboards/coordination?from=" + today).status())
        .as("up to today")
        .isEqualTo(200);
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
