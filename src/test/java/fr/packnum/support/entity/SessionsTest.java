package fr.packnum.support.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.packnum.accounts.entity.Structure;
import fr.packnum.accounts.entity.User;
import fr.packnum.support.control.FollowUpSchedule;
import fr.packnum.testing.Handed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Workshops, seats, attendance and the skills self-assessment. */
class SessionsTest {

  static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

  private final Structure team = Handed.team(30L, NOW);
  private final User mediator = Handed.mediator(team, 21L, NOW);

  private SupportPlan plan(User by) {
    return Handed.withId(
        new SupportPlan(
            Handed.over(by, NOW), FollowUpSchedule.parse("J+7"), LocalDate.of(2026, 12, 3)),
        1L);
  }

  private SupportSession handoverSession() {
    return Handed.withId(
        SupportSession.handover("Remise du pack", NOW, 60, mediator, "EPN du centre"), 5L);
  }

  @Test
  void aSessionHasATitleASensibleLengthAndSeats() {
    assertThatThrownBy(() -> new SupportSession.Plan(" ", NOW, 90, 8, mediator))
        .isInstanceOf(SessionInvalid.class);
    assertThatThrownBy(() -> new SupportSession.Plan("Atelier", NOW, 0, 8, mediator))
        .isInstanceOf(SessionInvalid.class);
    assertThatThrownBy(() -> new SupportSession.Plan("Atelier", NOW, 90, 0, mediator))
        .isInstanceOf(SessionInvalid.class);
    assertThatThrownBy(
            () ->
                new SupportSession.Plan(
                    "Atelier", NOW, 90, SupportSession.MAX_CAPACITY + 1, mediator))
        .isInstanceOf(SessionInvalid.class);
    assertThat(new SupportSession.Plan("  Atelier e-mail ", NOW, 90, 8, mediator).title())
        .isEqualTo("Atelier e-mail");
  }

  @Test
  void theLastSeatIsTheLastAndACancelledSessionTakesNobody() {
    SupportSession handover = handoverSession();

    handover.requireSeat(0);
    assertThatThrownBy(() -> handover.requireSeat(1)).isInstanceOf(SessionFull.class);
    assertThatThrownBy(handover::cancel)
        .as("the hand-over session is the hand-over's own record")
        .isInstanceOf(SessionInvalid.class);
  }

  @Test
  void aHouseholdIsBookedOnlyInItsOwnTeamsSessionsWhileFollowedUp() {
    SupportSession session = handoverSession();
    SupportPlan ours = plan(mediator);
    SupportPlan theirs = plan(Handed.mediator(Handed.team(31L, NOW), 23L, NOW));

    Booking booking = new Booking(session, ours, NOW);

    assertThat(booking.status()).isEqualTo(BookingStatus.BOOKED);
    assertThatThrownBy(() -> new Booking(session, theirs, NOW)).isInstanceOf(SessionInvalid.class);
    ours.deviceReturned(LocalDate.of(2026, 12, 4));
    assertThatThrownBy(() -> new Booking(session, ours, NOW)).isInstanceOf(PlanClosed.class);
  }

  @Test
  void theAttendanceSheetCanBeCorrectedButNotOnACancelledSeat() {
    Booking booking = new Booking(handoverSession(), plan(mediator), NOW);

    booking.attended(false);
    assertThat(booking.status()).isEqualTo(BookingStatus.ABSENT);
    booking.attended(true);
    assertThat(booking.status()).isEqualTo(BookingStatus.ATTENDED);
    booking.cancel();
    assertThatThrownBy(() -> booking.attended(true)).isInstanceOf(SessionCancelled.class);
    assertThat(BookingStatus.CANCELLED.takesASeat()).isFalse();
    assertThat(BookingStatus.ABSENT.takesASeat()).isTrue();
  }

  @Test
  void theSelfAssessmentAnswersEachOfTheFiveTasksFromZeroToTwo() {
    Map<Skill, Integer> levels = new EnumMap<>(Skill.class);
    for (Skill skill : Skill.values()) {
      levels.put(skill, 1);
    }
    levels.put(Skill.EMAIL, 2);
    SkillsAssessment start =
        new SkillsAssessment(
            plan(mediator), AssessmentPhase.START, levels, Handed.COORDINATOR, LocalDate.now());

    assertThat(start.levels()).isEqualTo(levels);
    assertThat(start.doneAlone()).isEqualTo(1);

    levels.put(Skill.FILES, 3);
    levels.remove(Skill.VIDEO_CALL);
    assertThatThrownBy(() -> start.answer(levels, Handed.COORDINATOR, LocalDate.now()))
        .isInstanceOf(SkillsInvalid.class)
        .satisfies(
            e ->
                assertThat(((SkillsInvalid) e).fieldKeys())
                    .extracting(k -> k.field())
                    .containsExactly("levels.VIDEO_CALL", "levels.FILES"));
    assertThat(start.levels().get(Skill.FILES)).as("nothing half-written").isEqualTo(1);
  }
}
