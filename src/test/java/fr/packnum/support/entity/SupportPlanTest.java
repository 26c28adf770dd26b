package fr.packnum.support.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.packnum.accounts.entity.Structure;
import fr.packnum.accounts.entity.User;
import fr.packnum.platform.entity.Actor;
import fr.packnum.support.control.FollowUpSchedule;
import fr.packnum.testing.Handed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupportPlanTest {

  static final Instant HANDED_AT = Instant.parse("2026-12-03T09:00:00Z");
  static final LocalDate HANDED_ON = LocalDate.of(2026, 12, 3);
  static final Actor MEDIATOR = new Actor(21L, "Samia Médiatrice");
  static final SupportPlan.Retry THREE_TRIES = new SupportPlan.Retry(3, 2);
  static final CallReport WELL =
      new CallReport(true, true, true, true, false, "Tout fonctionne, utilise l’ENT du collège");

  private final Structure team = Handed.team(30L, HANDED_AT);
  private final User mediator = Handed.mediator(team, 21L, HANDED_AT);

  private SupportPlan plan() {
    return new SupportPlan(
        Handed.over(mediator, HANDED_AT), FollowUpSchedule.parse("J+7,M+1,M+3,M+6"), HANDED_ON);
  }

  private static FollowUpCall due(SupportPlan plan) {
    return plan.nextCall().orElseThrow();
  }

  private static Instant at(LocalDate day) {
    return day.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
  }

  @Test
  void callsAreScheduledFromTheHandoverDayOnEachMilestone() {
    SupportPlan plan = plan();

    assertThat(plan.calls())
        .extracting(FollowUpCall::milestone, FollowUpCall::dueOn, FollowUpCall::attempt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("J+7", LocalDate.of(2026, 12, 10), 1),
            org.assertj.core.groups.Tuple.tuple("M+1", LocalDate.of(2027, 1, 3), 1),
            org.assertj.core.groups.Tuple.tuple("M+3", LocalDate.of(2027, 3, 3), 1),
            org.assertj.core.groups.Tuple.tuple("M+6", LocalDate.of(2027, 6, 3), 1));
    assertThat(plan.status()).isEqualTo(PlanStatus.OPEN);
    assertThat(plan.structure()).as("followed up by the mediator's team").isEqualTo(team);
    assertThat(plan.requestReference()).isEqualTo("P-AAAAAA");
  }

  @Test
  void aCallNotReachedIsRetriedDaysLaterUntilTheAttemptsRunOut() {
    SupportPlan plan = plan();
    FollowUpCall first = due(plan);
    LocalDate day = first.dueOn();

    SupportPlan.Logged logged =
        plan.log(first, CallReport.notReached("messagerie"), THREE_TRIES, MEDIATOR, at(day), day);

    assertThat(first.status()).isEqualTo(CallStatus.NOT_REACHED);
    FollowUpCall retry = logged.retry().orElseThrow();
    assertThat(retry.milestone()).isEqualTo("J+7");
    assertThat(retry.attempt()).isEqualTo(2);
    assertThat(retry.dueOn()).isEqualTo(day.plusDays(2));
    assertThat(due(plan)).isSameAs(retry);

    FollowUpCall third =
        plan.log(
                retry, CallReport.notReached(null), THREE_TRIES, MEDIATOR, at(day), day.plusDays(2))
            .retry()
            .orElseThrow();
    SupportPlan.Logged last =
        plan.log(
            third, CallReport.notReached(null), THREE_TRIES, MEDIATOR, at(day), day.plusDays(4));

    assertThat(last.retry()).as("three attempts at most").isEmpty();
    assertThat(last.closed()).as("not the last milestone").isFalse();
    assertThat(due(plan).milestone()).isEqualTo("M+1");
  }

  @Test
  void theLastMilestoneReachedClosesThePlanWithTheFundersFigure() {
    SupportPlan plan = plan();
    for (int milestone = 0; milestone < 3; milestone++) {
      FollowUpCall call = due(plan);
      assertThat(
              plan.log(call, WELL, THREE_TRIES, MEDIATOR, at(call.dueOn()), call.dueOn()).closed())
          .isFalse();
    }
    FollowUpCall sixMonths = due(plan);
    assertThat(sixMonths.milestone()).isEqualTo("M+6");

    SupportPlan.Logged logged =
        plan.log(sixMonths, WELL, THREE_TRIES, MEDIATOR, at(sixMonths.dueOn()), sixMonths.dueOn());

    assertThat(logged.closed()).isTrue();
    assertThat(plan.status()).isEqualTo(PlanStatus.CLOSED);
    assertThat(plan.outcome()).contains(PlanOutcome.STILL_CONNECTED_AND_USING);
    assertThat(plan.closedOn()).contains(LocalDate.of(2027, 6, 3));
    assertThat(plan.nextCall()).isEmpty();
    assertThatThrownBy(() -> plan.deviceReturned(HANDED_ON)).isInstanceOf(PlanClosed.class);
  }

  @Test
  void theOutcomeSaysWhetherTheHouseholdStillUsesItAndIsConnected() {
    assertThat(closedAfter(new CallReport(true, true, false, true, false, null)))
        .isEqualTo(PlanOutcome.USING_WITHOUT_CONNECTION);
    assertThat(closedAfter(new CallReport(true, false, true, false, true, null)))
        .isEqualTo(PlanOutcome.NOT_USING);
    assertThat(closedAfter(CallReport.notReached(null))).isEqualTo(PlanOutcome.UNREACHABLE);
  }

  private PlanOutcome closedAfter(CallReport lastAnswer) {
    SupportPlan plan =
        new SupportPlan(Handed.over(mediator, HANDED_AT), FollowUpSchedule.parse("J+7"), HANDED_ON);
    plan.log(due(plan), lastAnswer, new SupportPlan.Retry(1, 1), MEDIATOR, HANDED_AT, HANDED_ON);
    return plan.outcome().orElseThrow();
  }

  @Test
  void aCallIsLoggedOnceAndOnlyInItsOwnPlan() {
    SupportPlan plan = plan();
    FollowUpCall call = due(plan);
    plan.log(call, WELL, THREE_TRIES, MEDIATOR, HANDED_AT, HANDED_ON);

    assertThatThrownBy(() -> plan.log(call, WELL, THREE_TRIES, MEDIATOR, HANDED_AT, HANDED_ON))
        .isInstanceOf(CallAlreadyLogged.class);
    SupportPlan another = plan();
    assertThatThrownBy(() -> another.log(call, WELL, THREE_TRIES, MEDIATOR, HANDED_AT, HANDED_ON))
        .isInstanceOf(CallNotFound.class);
  }

  @Test
  void aDeviceBroughtBackCancelsTheCallsStillDue() {
    SupportPlan plan = plan();
    FollowUpCall first = due(plan);
    plan.log(first, WELL, THREE_TRIES, MEDIATOR, HANDED_AT, HANDED_ON);

    plan.deviceReturned(LocalDate.of(2026, 12, 20));

    assertThat(plan.outcome()).contains(PlanOutcome.DEVICE_RETURNED);
    assertThat(plan.calls())
        .extracting(FollowUpCall::status)
        .containsExactly(
            CallStatus.REACHED, CallStatus.CANCELLED, CallStatus.CANCELLED, CallStatus.CANCELLED);
    assertThatThrownBy(
            () -> plan.log(plan.calls().get(1), WELL, THREE_TRIES, MEDIATOR, HANDED_AT, HANDED_ON))
        .isInstanceOf(PlanClosed.class);
  }

  @Test
  void aPlanStaysWithItsTeam() {
    SupportPlan plan = plan();
    User colleague = Handed.mediator(team, 22L, HANDED_AT);
    User elsewhere = Handed.mediator(Handed.team(31L, HANDED_AT), 23L, HANDED_AT);

    plan.assign(colleague);

    assertThat(plan.supportPerson()).isEqualTo(colleague);
    assertThatThrownBy(() -> plan.assign(elsewhere)).isInstanceOf(IllegalArgumentException.class);
    assertThat(List.of(plan.supportPerson())).containsExactly(colleague);
  }
}
