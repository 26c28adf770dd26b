package fr.packnum.support.control;

import fr.packnum.accounts.entity.Role;
import fr.packnum.accounts.entity.User;
import fr.packnum.households.boundary.WaitingList;
import fr.packnum.matching.entity.Handover;
import fr.packnum.matching.entity.PackHandedOver;
import fr.packnum.matching.entity.PackReturned;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.entity.Actor;
import fr.packnum.support.entity.AssessmentPhase;
import fr.packnum.support.entity.Booking;
import fr.packnum.support.entity.CallReport;
import fr.packnum.support.entity.FollowUpCall;
import fr.packnum.support.entity.Milestone;
import fr.packnum.support.entity.PlanStatus;
import fr.packnum.support.entity.Skill;
import fr.packnum.support.entity.SkillsAssessment;
import fr.packnum.support.entity.SupportPlan;
import fr.packnum.support.entity.SupportSession;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The follow-up's use cases, inside the caller's transaction. A hand-over done opens the
 * household's plan (its hand-over session attended, its calls scheduled, the request IN_FOLLOW_UP);
 * calls are logged and retried; households are booked into workshops and marked present or absent;
 * the last milestone's call closes the plan and the request with its outcome; a device brought back
 * closes the plan too.
 */
@ApplicationScoped
public class Plans {

  @Inject PlanStore plans;
  @Inject SessionStore sessions;
  @Inject WaitingList waitingList;

  @Inject
  @ConfigProperty(name = "packnum.support.follow-up", defaultValue = FollowUpSchedule.DEFAULT)
  String followUp;

  @Inject
  @ConfigProperty(name = "packnum.support.call-attempts", defaultValue = "3")
  int callAttempts;

  @Inject
  @ConfigProperty(name = "packnum.support.retry-days", defaultValue = "2")
  int retryDays;

  @Inject
  @ConfigProperty(name = "packnum.support.handover-minutes", defaultValue = "60")
  int handoverMinutes;

  private List<Milestone> schedule;
  private SupportPlan.Retry retry;

  @PostConstruct
  void configure() {
    schedule = FollowUpSchedule.parse(followUp);
    retry = new SupportPlan.Retry(callAttempts, retryDays);
  }

  /** The schedule in force, for the pages that show it. */
  public List<Milestone> schedule() {
    return schedule;
  }

  void onHandedOver(@Observes PackHandedOver done) {
    Handover handover = done.handover();
    LocalDate day = FrenchCalendar.dayOf(done.at());
    SupportPlan plan = new SupportPlan(handover, schedule, day);
    plans.add(plan);
    SupportSession session =
        SupportSession.handover(
            HANDOVER_TITLE + " " + plan.requestReference(),
            done.at(),
            handoverMinutes,
            handover.supportPerson(),
            placeLabel(handover.place()));
    sessions.add(session);
    sessions.add(Booking.attendedHandover(session, plan, done.at()));
    waitingList.followUpStarted(plan.request().id(), done.actor(), done.at());
  }

  void onReturned(@Observes PackReturned returned) {
    plans
        .ofHandover(returned.handover().id())
        .filter(plan -> plan.status() == PlanStatus.OPEN)
        .ifPresent(
            plan -> {
              plan.deviceReturned(FrenchCalendar.dayOf(returned.at()));
              sessions.bookingsOf(plan.id()).stream()
                  .filter(b -> b.session().startsAt().isAfter(returned.at()))
                  .forEach(Booking::cancel);
            });
  }

  /**
   * Logs a call; the last milestone's closes the plan and the request. Needing help with a {@code
   * sessionId} books the household into that session at once.
   */
  public SupportPlan.Logged logCall(
      long planId,
      long callId,
      PlanScope scope,
      CallReport report,
      Long sessionId,
      Actor actor,
      Instant now) {
    FollowUpCall call = plans.call(planId, callId, scope);
    SupportPlan plan = call.plan();
    SupportPlan.Logged logged =
        plan.log(call, report, retry, actor, now, FrenchCalendar.dayOf(now));
    if (sessionId != null && report.reached() && report.needsHelp() && !logged.closed()) {
      book(sessionId, planId, scope, now);
    }
    plans.flush();
    if (logged.closed()) {
      waitingList.followUpClosed(
          plan.request().id(), plan.outcome().orElseThrow().name(), actor, now);
    }
    return logged;
  }

  /** A seat in a session of the plan's team; the last seat goes to one household only. */
  public Booking book(long sessionId, long planId, PlanScope scope, Instant now) {
    SupportSession session = sessions.locked(sessionId, scope);
    SupportPlan plan = plans.get(planId, scope);
    Optional<Booking> existing = sessions.booking(sessionId, planId);
    if (existing.isPresent()) {
      return existing.get(); // booked twice, from the call and the session's page: one seat
    }
    session.requireSeat(sessions.seatsTaken(sessionId));
    Booking booking = new Booking(session, plan, now);
    sessions.add(booking);
    return booking;
  }

  /** The attendance sheet: who came. */
  public Booking attendance(long sessionId, long bookingId, PlanScope scope, boolean came) {
    sessions.get(sessionId, scope);
    Booking booking =
        sessions.bookings(sessionId).stream()
            .filter(b -> b.id() == bookingId)
            .findFirst()
            .orElseThrow(BookingNotFound::new);
    booking.attended(came);
    sessions.flush();
    return booking;
  }

  /** The self-assessment of {@code phase}, answered or answered again. */
  public SkillsAssessment assess(
      long planId,
      PlanScope scope,
      AssessmentPhase phase,
      Map<Skill, Integer> levels,
      Actor actor,
      LocalDate today) {
    SupportPlan plan = plans.locked(planId, scope);
    Optional<SkillsAssessment> existing = plans.assessment(planId, phase);
    if (existing.isPresent()) {
      existing.get().answer(levels, actor, today);
      plans.flush();
      return existing.get();
    }
    SkillsAssessment assessment = new SkillsAssessment(plan, phase, levels, actor, today);
    plans.add(assessment);
    return assessment;
  }

  /** Hands a plan to another support person of its team. */
  public SupportPlan assign(long planId, PlanScope scope, User person) {
    SupportPlan plan = plans.locked(planId, scope);
    if (person.role() != Role.SUPPORT
        || !person.maySignIn()
        || !person.structure().equals(plan.structure())) {
      throw new NotInTheTeam();
    }
    plan.assign(person);
    return plan;
  }

  private static String placeLabel(Handover.Place place) {
    return place.structure() != null ? place.structure().name() : place.address();
  }

  static final String HANDOVER_TITLE = "Remise du pack";
}
